import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { CONCERN_CHANNELS, CONCERN_CHANNEL_LABELS, CONCERN_SEVERITY_LABELS, type ConcernChannel, type ConcernSummary } from '../../../shared/contracts/concerns';
import { NO_ISSUES_LABEL, type ReportEntryInput, type ReportInput, type ReportView } from '../../../shared/contracts/opinion-reports';
import { describeError } from '../utils/errors';
import { useFileOpinionReportMutation, useRefileOpinionReportMutation } from './api';
import { monthLabel, recentMonths, shiftMonth, useOpinionReportsText, vietnamMonth } from './messages';
import { ScanUpload, type ScanFile } from './ScanUpload';

/** One entry being written: a concern of the register, or a new one in short form. */
interface Draft {
  key: number;
  mode: 'register' | 'new';
  concernId: number | null;
  topicId: number | null;
  channel: ConcernChannel | null;
  summary: string;
  actions: string;
  result: string;
}

let nextKey = 1;
const blankDraft = (): Draft => ({ key: nextKey++, mode: 'new', concernId: null, topicId: null, channel: null, summary: '', actions: '', result: '' });

const draftsOf = (report: ReportView | undefined): Draft[] =>
  (report?.entries ?? []).map((entry) => ({
    key: nextKey++,
    mode: entry.concernId ? 'register' : 'new',
    concernId: entry.concernId ?? null,
    topicId: entry.concernId ? null : entry.topicId,
    channel: entry.concernId ? null : entry.channel,
    summary: entry.summary ?? '',
    actions: entry.actions ?? '',
    result: entry.result ?? '',
  }));

/** What the server receives: for a concern of the register its id and the unit's words; for a new one its short form. */
const inputOf = (draft: Draft): ReportEntryInput =>
  draft.mode === 'register'
    ? { concernId: draft.concernId, summary: draft.summary, actions: draft.actions, result: draft.result }
    : { topicId: draft.topicId, ...(draft.channel ? { channel: draft.channel } : {}), summary: draft.summary, actions: draft.actions, result: draft.result };

export interface ReportFormProps {
  /** The units the person files for (a new report). */
  units: Array<{ id: number; name: string }>;
  topics: Array<{ id: number; code: string; title: string }>;
  /** The register's concerns the person sees, to pick from. */
  concerns: ConcernSummary[];
  /** A report filed before (returned, or still open to edits): refiled with PUT, its unit and month kept. */
  report?: ReportView;
  onDone: (report: ReportView) => void;
  onCancel: () => void;
}

/**
 * Filing the monthly opinion report, or filing a returned one again: entries (each a concern of the
 * register or a new one: topic, channel, summary, what was done, result), or "Không có vấn đề phát
 * sinh"; an optional signed PDF. The server decides (a month not begun, a unit not one's own, an
 * entry half written): its message is shown as it comes.
 */
export const ReportForm = ({ units, topics, concerns, report, onDone, onCancel }: ReportFormProps) => {
  const say = useOpinionReportsText();
  const { toggleNotification } = useNotification();
  const [file, filing] = useFileOpinionReportMutation();
  const [refile, refiling] = useRefileOpinionReportMutation();
  const [unitId, setUnitId] = React.useState<number | undefined>(report?.unit.id ?? units[0]?.id);
  // The report due now is last month's (before the due day of this one).
  const [period, setPeriod] = React.useState<string>(report?.period ?? shiftMonth(vietnamMonth(), -1));
  const [noIssues, setNoIssues] = React.useState<boolean>(report?.noIssues ?? false);
  const [drafts, setDrafts] = React.useState<Draft[]>(() => {
    const existing = draftsOf(report);
    return existing.length > 0 || report?.noIssues ? existing : [blankDraft()];
  });
  const [scan, setScan] = React.useState<ScanFile | null>(report?.signedScan ? { id: report.signedScan.id, name: report.signedScan.name } : null);
  const [error, setError] = React.useState<string | null>(null);
  const busy = filing.isLoading || refiling.isLoading;

  const change = (key: number, patch: Partial<Draft>) => setDrafts((list) => list.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const content = { noIssues, entries: noIssues ? [] : drafts.map(inputOf), signedScanId: scan?.id ?? null };
    try {
      const body: ReportInput = report ? content : { ...content, unitId, period };
      const saved = report ? await refile({ documentId: report.documentId, body }).unwrap() : await file(body).unwrap();
      toggleNotification({ type: 'success', message: say('form.done', 'Đã gửi báo cáo dư luận tháng {month} của {unit}.', { month: monthLabel(saved.period), unit: saved.unit.name }) });
      onDone(saved);
    } catch (failure) {
      setError(describeError(failure).message ?? say('form.error', 'Không gửi được báo cáo. Hãy thử lại.'));
    }
  };

  const select = <T extends string | number>(name: string, label: string, value: T | null | undefined, options: Array<[T, string]>, set: (value: T) => void, col = 4) => (
    <Grid.Item col={col} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={value === null || value === undefined ? undefined : String(value)}
          placeholder={say('form.choose', 'Chọn')}
          onChange={(next: string | number) => {
            const option = options.find(([candidate]) => String(candidate) === String(next));
            if (option) set(option[0]);
          }}
          data-testid={name}
        >
          {options.map(([optionValue, optionLabel]) => (
            <SingleSelectOption key={String(optionValue)} value={String(optionValue)}>{optionLabel}</SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  const area = (name: string, label: string, value: string, set: (value: string) => void) => (
    <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <Textarea value={value} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set(event.target.value)} data-testid={name} />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-opinion-form">
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h2">
            {report
              ? say('form.refileTitle', 'Gửi lại báo cáo tháng {month} của {unit}', { month: monthLabel(report.period), unit: report.unit.name })
              : say('form.title', 'Gửi báo cáo dư luận hằng tháng')}
          </Typography>
          {report?.receiptStatus === 'returned' && report.returnReason ? (
            <Typography textColor="danger600" data-testid="ew-opinion-form-reason">
              {say('form.returnedBecause', 'Văn phòng trả lại: {reason}', { reason: report.returnReason })}
            </Typography>
          ) : null}
          {!report ? (
            <Grid.Root gap={3}>
              {select('ew-opinion-form-unit', say('form.unit', 'Đơn vị báo cáo'), unitId, units.map((unit) => [unit.id, unit.name]), setUnitId, 6)}
              {select('ew-opinion-form-period', say('form.period', 'Tháng báo cáo'), period, recentMonths().map((month) => [month, say('month', 'Tháng {month}', { month: monthLabel(month) })]), setPeriod, 6)}
            </Grid.Root>
          ) : null}
          <Checkbox checked={noIssues} onCheckedChange={(checked: boolean | 'indeterminate') => setNoIssues(checked === true)} data-testid="ew-opinion-form-no-issues">
            {NO_ISSUES_LABEL}
          </Checkbox>
          {!noIssues ? (
            <Flex direction="column" alignItems="stretch" gap={3}>
              {drafts.map((draft, index) => (
                <Box key={draft.key} padding={4} hasRadius borderColor="neutral200" data-testid="ew-opinion-entry">
                  <Flex justifyContent="space-between" paddingBottom={2}>
                    <Typography fontWeight="bold">{say('entry.title', 'Mục {n}', { n: index + 1 })}</Typography>
                    <Button variant="danger-light" size="S" onClick={() => setDrafts((list) => list.filter((item) => item.key !== draft.key))}>
                      {say('entry.remove', 'Bỏ mục này')}
                    </Button>
                  </Flex>
                  <Grid.Root gap={3}>
                    {select(
                      'ew-opinion-entry-mode',
                      say('entry.mode', 'Vấn đề'),
                      draft.mode,
                      [['new', say('entry.modeNew', 'Vấn đề mới')], ['register', say('entry.modeRegister', 'Vấn đề đã có trong danh mục')]],
                      (mode) => change(draft.key, { mode })
                    )}
                    {draft.mode === 'register'
                      ? select(
                          'ew-opinion-entry-concern',
                          say('entry.concern', 'Chọn vấn đề'),
                          draft.concernId,
                          concerns.map((concern) => [concern.id, `${concern.title} (${CONCERN_SEVERITY_LABELS[concern.severity]})`]),
                          (concernId) => change(draft.key, { concernId }),
                          8
                        )
                      : (
                        <>
                          {select('ew-opinion-entry-topic', say('entry.topic', 'Lĩnh vực'), draft.topicId, topics.map((topic) => [topic.id, `${topic.code} ${topic.title}`]), (topicId) => change(draft.key, { topicId }))}
                          {select('ew-opinion-entry-channel', say('entry.channel', 'Nơi phát hiện'), draft.channel, CONCERN_CHANNELS.map((channel) => [channel, CONCERN_CHANNEL_LABELS[channel]]), (channel) => change(draft.key, { channel }))}
                        </>
                      )}
                    {area('ew-opinion-entry-summary', say('entry.summary', 'Nội dung dư luận'), draft.summary, (summary) => change(draft.key, { summary }))}
                    {area('ew-opinion-entry-actions', say('entry.actions', 'Việc đã làm'), draft.actions, (actions) => change(draft.key, { actions }))}
                    {area('ew-opinion-entry-result', say('entry.result', 'Kết quả'), draft.result, (result) => change(draft.key, { result }))}
                  </Grid.Root>
                </Box>
              ))}
              <Box>
                <Button variant="secondary" onClick={() => setDrafts((list) => [...list, blankDraft()])} data-testid="ew-opinion-entry-add">
                  {say('entry.add', 'Thêm mục')}
                </Button>
              </Box>
            </Flex>
          ) : null}
          <ScanUpload value={scan} onChange={setScan} />
          {error ? <Typography textColor="danger600" role="alert" data-testid="ew-opinion-form-error">{error}</Typography> : null}
          <Flex gap={2}>
            <Button type="submit" loading={busy} data-testid="ew-opinion-form-submit">
              {report ? say('form.refile', 'Gửi lại') : say('form.submit', 'Gửi báo cáo')}
            </Button>
            <Button variant="tertiary" onClick={onCancel}>{say('form.cancel', 'Huỷ')}</Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
};
