import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import {
  COMMENTER_GROUPS,
  COMMENTER_GROUP_LABELS,
  COMMENT_STANCES,
  COMMENT_STANCE_LABELS,
  COMMENT_STATUSES,
  COMMENT_STATUS_LABELS,
} from '../../../shared/contracts/consultations';
import type { FeedbackQuery } from '../../../shared/contracts/feedback';
import { describeError } from '../utils/errors';
import { useGetFeedbackConsultationsQuery, useGetFeedbackQueueQuery } from './api';
import { CommentCard } from './CommentCard';
import { SummaryPanel } from './SummaryPanel';
import { vietnamTime } from './labels';

const PAGE_SIZE = 20;
const ALL = 'all';
type Filters = Pick<FeedbackQuery, 'status' | 'stance' | 'group' | 'unclassified'>;

/**
 * "Ý kiến góp ý dự thảo": the public's comments on the consultations of one's department, oldest
 * first, filtered by status, stance, group or unclassified; each handled in its card; the summary
 * of feedback below. The Office and the leadership read; scope is the server's.
 */
const FeedbackApp = () => {
  const consultations = useGetFeedbackConsultationsQuery();
  const [chosen, setChosen] = React.useState<string | null>(null);
  const [filters, setFilters] = React.useState<Partial<Filters>>({});
  const [page, setPage] = React.useState(1);
  const documentId = chosen ?? consultations.data?.[0]?.documentId ?? null;
  const queue = useGetFeedbackQueueQuery({ documentId: documentId ?? '', query: { ...filters, page, pageSize: PAGE_SIZE } }, { skip: !documentId });
  const data = queue.data;
  const setFilter = (key: keyof Filters, value: string) => {
    setPage(1);
    setFilters((current) => ({ ...current, [key]: value === ALL ? undefined : key === 'unclassified' ? value === 'true' : value }));
  };
  const select = (key: keyof Filters, label: string, options: Array<[string, string]>) => (
    <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
      <Field.Root name={`ew-feedback-${key}`}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={filters[key] === undefined ? ALL : String(filters[key])} onChange={(next: string | number) => setFilter(key, String(next))} data-testid={`ew-feedback-filter-${key}`}>
          <SingleSelectOption value={ALL}>Tất cả</SingleSelectOption>
          {options.map(([value, text]) => (
            <SingleSelectOption key={value} value={value}>
              {text}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Page.Main>
      <Page.Title>Ý kiến góp ý dự thảo</Page.Title>
      <Layouts.Header title="Ý kiến góp ý dự thảo" subtitle="Ý kiến của học sinh, giáo viên, phụ huynh, cán bộ quản lý và người dân đối với các dự thảo lấy ý kiến: phân loại, gộp ý kiến trùng, trả lời và tổng hợp." />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {consultations.error ? (
            <Typography textColor="danger600" role="alert">{describeError(consultations.error).message ?? 'Không tải được danh sách dự thảo.'}</Typography>
          ) : !consultations.data ? (
            <Typography textColor="neutral600">Đang tải…</Typography>
          ) : consultations.data.length === 0 ? (
            <Typography textColor="neutral600" data-testid="ew-feedback-none">Không có dự thảo lấy ý kiến nào thuộc phạm vi của bạn.</Typography>
          ) : (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
              <Field.Root name="ew-feedback-consultation">
                <Field.Label>Dự thảo lấy ý kiến</Field.Label>
                <SingleSelect value={documentId ?? ''} onChange={(value: string | number) => { setChosen(String(value)); setPage(1); }} data-testid="ew-feedback-consultation">
                  {consultations.data.map((row) => (
                    <SingleSelectOption key={row.documentId} value={row.documentId}>
                      {`${row.title} · ${row.department?.name ?? 'chưa có phòng phụ trách'} · ${row.total} ý kiến (${row.unclassified} chưa phân loại)${row.closesAt ? ` · ${row.closed ? 'đã kết thúc' : 'kết thúc'} ${vietnamTime(row.closesAt)}` : ''}`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Box paddingTop={4}>
                <Grid.Root gap={3}>
                  {select('status', 'Tình trạng', COMMENT_STATUSES.map((value) => [value, COMMENT_STATUS_LABELS[value]]))}
                  {select('stance', 'Phân loại', COMMENT_STANCES.map((value) => [value, COMMENT_STANCE_LABELS[value]]))}
                  {select('group', 'Đối tượng', COMMENTER_GROUPS.map((value) => [value, COMMENTER_GROUP_LABELS[value]]))}
                  {select('unclassified', 'Đã phân loại?', [['true', 'Chưa phân loại'], ['false', 'Đã phân loại']])}
                </Grid.Root>
              </Box>
            </Box>
          )}
          {queue.error ? <Typography textColor="danger600" role="alert">{describeError(queue.error).message ?? 'Không tải được ý kiến góp ý.'}</Typography> : null}
          {data ? (
            <>
              {data.results.length === 0 ? <Typography textColor="neutral600">Không có ý kiến nào.</Typography> : null}
              {data.results.map((comment) => (
                <CommentCard
                  key={`${comment.id}-${comment.status}-${comment.answeredAt ?? ''}`}
                  comment={comment}
                  lines={data.lines}
                  canWork={data.canWork}
                  others={data.results.filter((other) => other.id !== comment.id && other.status !== 'merged')}
                />
              ))}
              {data.pagination.pageCount > 1 ? (
                <Flex gap={2} justifyContent="flex-end">
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Trang trước</Button>
                  <Typography>{`Trang ${page}/${data.pagination.pageCount}`}</Typography>
                  <Button variant="tertiary" disabled={page >= data.pagination.pageCount} onClick={() => setPage(page + 1)}>Trang sau</Button>
                </Flex>
              ) : null}
              <SummaryPanel documentId={data.consultation.documentId} />
            </>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default FeedbackApp;
