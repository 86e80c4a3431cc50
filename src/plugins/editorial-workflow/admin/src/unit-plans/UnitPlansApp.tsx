import * as React from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { UNIT_PLAN_STATUS_LABELS, type UnitPlanRow, type UnitPlanStatus } from '../../../shared/contracts/unit-plans';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../shared/contracts/stats';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { vietnamTime } from '../concerns/messages';
import { vietnamDate, vietnamToday } from '../comm-scripts/dates';
import { useGetUnitPlansQuery, useSetUnitPlanDeadlineMutation } from './api';
import { PlanUpload } from './PlanUpload';
import { useUnitPlansExport } from './useUnitPlansExport';

const ALL = 'all';
const VARIANT: Record<UnitPlanStatus, 'success' | 'warning' | 'danger' | 'secondary'> = { 'on-time': 'success', late: 'warning', missing: 'secondary' };

/**
 * "Kế hoạch của đơn vị" (the plan's III.3 duty): each unit's plan for the year, on time, late or
 * missing against the year's due date. The Office sees every active unit, filters by kind, sets the
 * due date and exports; a unit's author files and refiles their unit's plan (PDF, DOCX or ODT).
 */
const UnitPlansApp = () => {
  const thisYear = Number(vietnamToday().slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const [kind, setKind] = React.useState<UnitKind | undefined>(undefined);
  const view = useGetUnitPlansQuery({ year, kind });
  const [setDeadline, settingDeadline] = useSetUnitPlanDeadlineMutation();
  const [dueOn, setDueOn] = React.useState('');
  const [deadlineError, setDeadlineError] = React.useState<string | null>(null);
  const exporter = useUnitPlansExport();
  const data = view.data;

  const saveDeadline = async (event: React.FormEvent) => {
    event.preventDefault();
    setDeadlineError(null);
    try {
      await setDeadline({ year, dueOn }).unwrap();
      setDueOn('');
    } catch (failure) {
      setDeadlineError(describeError(failure).message ?? 'Không lưu được hạn nộp.');
    }
  };

  const columns: Array<Column<UnitPlanRow>> = [
    {
      key: 'unit',
      header: 'Đơn vị',
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{row.unit.name}</Typography>
          <Typography variant="pi" textColor="neutral600">{`${row.unit.code} · ${UNIT_KIND_LABELS[row.unit.kind as UnitKind] ?? row.unit.kind}`}</Typography>
        </Flex>
      ),
    },
    {
      key: 'status',
      header: 'Tình trạng',
      cell: (row) => (
        <Flex gap={1}>
          <Badge variant={row.overdue ? 'danger' : VARIANT[row.status]} data-testid="ew-unit-plan-status">{UNIT_PLAN_STATUS_LABELS[row.status]}</Badge>
          {row.overdue ? <Badge variant="danger">Quá hạn</Badge> : null}
        </Flex>
      ),
    },
    {
      key: 'filed',
      header: 'Nộp lúc (giờ Việt Nam)',
      cell: (row) =>
        row.firstFiledAt ? (
          <Flex direction="column" alignItems="flex-start">
            <Typography>{vietnamTime(row.firstFiledAt)}</Typography>
            {row.lastFiledAt && row.lastFiledAt !== row.firstFiledAt ? <Typography variant="pi" textColor="neutral600">{`Nộp lại: ${vietnamTime(row.lastFiledAt)}`}</Typography> : null}
            {row.filedByName ? <Typography variant="pi" textColor="neutral600">{row.filedByName}</Typography> : null}
          </Flex>
        ) : (
          <Typography textColor="neutral600">—</Typography>
        ),
    },
    {
      key: 'file',
      header: 'Tệp kế hoạch',
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          {row.file ? (
            <a href={row.file.url} target="_blank" rel="noreferrer">
              {row.file.name}
            </a>
          ) : null}
          {row.canFile ? <PlanUpload unitId={row.unit.id} year={year} refile={row.file !== null} /> : null}
        </Flex>
      ),
    },
  ];

  return (
    <Page.Main>
      <Page.Title>Kế hoạch truyền thông của đơn vị</Page.Title>
      <Layouts.Header
        title="Kế hoạch truyền thông của đơn vị"
        subtitle={data ? `Năm ${data.year} · hạn nộp: ${data.dueOn ? vietnamDate(data.dueOn) : 'Văn phòng Sở chưa đặt'}` : undefined}
        primaryAction={data?.office ? <Button variant="secondary" loading={exporter.busy} onClick={() => void exporter.download(year, kind)}>Xuất Excel</Button> : undefined}
      />
      <Layouts.Content>
        <Flex direction="column" gap={4} alignItems="stretch">
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Field.Root name="year">
              <Field.Label>Năm</Field.Label>
              <SingleSelect value={String(year)} onChange={(value: string | number) => setYear(Number(value))}>
                {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((option) => (
                  <SingleSelectOption key={option} value={String(option)}>{String(option)}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {data?.office ? (
              <Field.Root name="kind">
                <Field.Label>Loại đơn vị</Field.Label>
                <SingleSelect value={kind ?? ALL} onChange={(value: string | number) => setKind(value === ALL ? undefined : (value as UnitKind))}>
                  <SingleSelectOption value={ALL}>Tất cả</SingleSelectOption>
                  {UNIT_KINDS.map((option) => (
                    <SingleSelectOption key={option} value={option}>{UNIT_KIND_LABELS[option]}</SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            ) : null}
            {data?.office ? (
              <Flex tag="form" onSubmit={saveDeadline} gap={2} alignItems="flex-end">
                <Field.Root name="dueOn">
                  <Field.Label>{`Đặt hạn nộp năm ${year}`}</Field.Label>
                  <TextInput type="date" value={dueOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDueOn(event.target.value)} />
                </Field.Root>
                <Button type="submit" variant="secondary" loading={settingDeadline.isLoading} disabled={dueOn === ''}>Lưu hạn nộp</Button>
              </Flex>
            ) : null}
          </Flex>
          {deadlineError ? <Typography textColor="danger600" role="alert">{deadlineError}</Typography> : null}
          {data ? (
            <Typography>
              {`${data.counts.units} đơn vị · ${data.counts.onTime} nộp đúng hạn · ${data.counts.late} nộp trễ hạn · ${data.counts.missing} chưa nộp`}
            </Typography>
          ) : null}
          {view.error ? <Typography textColor="danger600">{describeError(view.error).message ?? 'Không tải được danh sách.'}</Typography> : null}
          <Box>{data ? <SimpleTable columns={columns} rows={data.rows} rowKey={(row) => row.unit.id} rowProps={() => ({ 'data-testid': 'ew-unit-plan-row' })} /> : null}</Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default UnitPlansApp;
