import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { CoverageDepartmentShare, CoverageView } from '../../../shared/contracts/plan-coverage';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useGetPlanCoverageQuery } from './api';
import { CoverageGrid, percent } from './CoverageGrid';
import { useCoverageExport } from './useCoverageExport';

/** This year in Vietnam (UTC+7), whatever the browser's zone. */
const vietnamYear = () => new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear();

const Figure = ({ label, value, testId }: { label: string; value: React.ReactNode; testId: string }) => (
  <Grid.Item col={3} s={6} direction="column" alignItems="flex-start">
    <Typography variant="pi" textColor="neutral600">{label}</Typography>
    <Typography variant="alpha" data-testid={testId}>{value}</Typography>
  </Grid.Item>
);

const departmentColumns = (quarter: number): Array<Column<CoverageDepartmentShare>> => [
  { key: 'department', header: 'Phòng phụ trách', cell: (row) => <Typography>{row.department?.name ?? '(chưa giao phòng)'}</Typography> },
  { key: 'lines', header: 'Số tuyến', cell: (row) => <Typography>{row.lines}</Typography> },
  { key: 'covered', header: `Có tin bài quý ${quarter}`, cell: (row) => <Typography>{row.covered}</Typography> },
  { key: 'share', header: 'Tỷ lệ', cell: (row) => <Typography fontWeight="bold">{percent(row.share)}</Typography> },
];

const Summary = ({ view }: { view: CoverageView }) => (
  <Flex direction="column" alignItems="stretch" gap={4}>
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Grid.Root gap={4}>
        <Figure label="Số tuyến thông tin" value={view.totals.lines} testId="ew-coverage-lines" />
        <Figure label={`Có tin bài quý ${view.quarter}`} value={`${view.totals.covered} (${percent(view.totals.share)})`} testId="ew-coverage-quarter" />
        <Figure label={`Chưa có tin bài năm ${view.year}`} value={view.totals.uncovered} testId="ew-coverage-uncovered-count" />
        <Figure label="Lượt tin bài theo tuyến" value={view.totals.items} testId="ew-coverage-items" />
      </Grid.Root>
    </Box>
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-coverage-departments">
      <Typography variant="delta" tag="h2">Tỷ lệ tuyến có tin bài quý {view.quarter}, theo phòng phụ trách</Typography>
      <Box paddingTop={3}>
        <SimpleTable columns={departmentColumns(view.quarter)} rows={view.byDepartment} rowKey={(row) => row.department?.id ?? 0} />
      </Box>
    </Box>
  </Flex>
);

/**
 * "Độ phủ kế hoạch": the plan's lines against the months of a year, the lines nobody has covered
 * highlighted, the quarter's shares by section (in the grid) and by department, and the xlsx of
 * the same figures. A year and a department to choose; the rest follows the workflow.
 */
const PlanCoverageApp = () => {
  const [year, setYear] = React.useState(vietnamYear);
  const [department, setDepartment] = React.useState<number | undefined>(undefined);
  const query = { year, department };
  const coverage = useGetPlanCoverageQuery(query);
  const { download, busy } = useCoverageExport();
  const years = Array.from({ length: 6 }, (_, i) => vietnamYear() + 1 - i);
  const view = coverage.data;

  return (
    <Page.Main>
      <Page.Title>Độ phủ kế hoạch</Page.Title>
      <Layouts.Header
        title="Độ phủ kế hoạch"
        subtitle="Số tin bài đăng lần đầu theo từng tuyến thông tin của Kế hoạch thông tin, tuyên truyền, theo tháng (giờ Việt Nam); tuyến chưa có tin bài trong năm được tô màu."
        primaryAction={
          <Button onClick={() => download(query)} loading={busy} disabled={!view} data-testid="ew-coverage-export">
            Xuất Excel
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end">
            <Field.Root name="year">
              <Field.Label>Năm</Field.Label>
              <SingleSelect value={String(year)} onChange={(value: string | number) => setYear(Number(value))} data-testid="ew-coverage-year">
                {years.map((y) => (
                  <SingleSelectOption key={y} value={String(y)}>{String(y)}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="department">
              <Field.Label>Phòng phụ trách</Field.Label>
              <SingleSelect
                value={department === undefined ? 'all' : String(department)}
                onChange={(value: string | number) => setDepartment(value === 'all' ? undefined : Number(value))}
                data-testid="ew-coverage-department"
              >
                <SingleSelectOption value="all">Tất cả các phòng</SingleSelectOption>
                {(view?.departments ?? []).map((row) => (
                  <SingleSelectOption key={row.id} value={String(row.id)}>{row.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
          {coverage.error ? (
            <Typography textColor="danger600" role="alert">{describeError(coverage.error).message ?? 'Không tải được dữ liệu.'}</Typography>
          ) : !view ? (
            <Typography textColor="neutral600">Đang tải…</Typography>
          ) : (
            <>
              <Summary view={view} />
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={2}>
                <CoverageGrid view={view} />
              </Box>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PlanCoverageApp;
