import * as React from 'react';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { CoverageLine, CoverageView } from '../../../shared/contracts/plan-coverage';

const MONTHS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
/** Lines with no item all year: the Office's first call to make. */
const UNCOVERED_BACKGROUND = '#fdf4dc';
const COLUMNS = 2 + 12 + 1;

export const percent = (share: number) => `${Math.round(share * 100)}%`;

const LineRow = ({ line }: { line: CoverageLine }) => (
  <Tr
    data-testid={line.uncovered ? 'ew-coverage-uncovered' : 'ew-coverage-line'}
    data-code={line.code}
    style={line.uncovered ? { background: UNCOVERED_BACKGROUND } : undefined}
  >
    <Td>
      <Typography fontWeight="semiBold">{line.code}</Typography>
    </Td>
    <Td style={{ maxWidth: 420, whiteSpace: 'normal' }}>
      <Typography>{line.text}</Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {[line.form, line.department?.name].filter(Boolean).join(' · ')}
        {line.uncovered ? ' · ' : ''}
        {line.uncovered ? <Badge variant="warning">Chưa có tin bài trong năm</Badge> : null}
      </Typography>
    </Td>
    {line.months.map((n, index) => (
      <Td key={MONTHS[index]}>
        <Typography textColor={n > 0 ? 'neutral800' : 'neutral400'}>{n}</Typography>
      </Td>
    ))}
    <Td>
      <Typography fontWeight="bold">{line.total}</Typography>
    </Td>
  </Tr>
);

/**
 * The plan's sections and subsections as heading rows, its lines against the twelve months of the
 * year (items first published), the uncovered lines tinted and marked.
 */
export const CoverageGrid = ({ view }: { view: CoverageView }) => {
  const rows = view.sections.reduce((sum, section) => sum + 1 + section.subsections.reduce((n, sub) => n + 1 + sub.lines.length, 0), 0);
  return (
    <Table colCount={COLUMNS} rowCount={rows + 2} data-testid="ew-coverage-grid">
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Mã</Typography></Th>
          <Th><Typography variant="sigma">Tuyến thông tin</Typography></Th>
          {MONTHS.map((month) => (
            <Th key={month}><Typography variant="sigma">{month}</Typography></Th>
          ))}
          <Th><Typography variant="sigma">Cả năm</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {view.sections.map((section) => (
          <React.Fragment key={section.code}>
            <Tr>
              <Td><Typography variant="delta">{section.code}</Typography></Td>
              <Td colSpan={COLUMNS - 1} style={{ whiteSpace: 'normal' }}>
                <Typography variant="delta">{section.title}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  Quý {view.quarter}: {section.covered}/{section.lines} tuyến có tin bài ({percent(section.share)})
                </Typography>
              </Td>
            </Tr>
            {section.subsections.map((subsection) => (
              <React.Fragment key={subsection.code}>
                <Tr>
                  <Td><Typography fontWeight="semiBold" textColor="neutral700">{subsection.code}</Typography></Td>
                  <Td colSpan={COLUMNS - 1} style={{ whiteSpace: 'normal' }}>
                    <Typography fontWeight="semiBold" textColor="neutral700">{subsection.title}</Typography>
                  </Td>
                </Tr>
                {subsection.lines.map((line) => (
                  <LineRow key={line.id} line={line} />
                ))}
              </React.Fragment>
            ))}
          </React.Fragment>
        ))}
        <Tr>
          <Td />
          <Td><Typography fontWeight="bold">Tổng (lượt tin bài theo tuyến)</Typography></Td>
          {view.totals.months.map((n, index) => (
            <Td key={MONTHS[index]}><Typography fontWeight="bold">{n}</Typography></Td>
          ))}
          <Td><Typography fontWeight="bold">{view.totals.items}</Typography></Td>
        </Tr>
      </Tbody>
    </Table>
  );
};
