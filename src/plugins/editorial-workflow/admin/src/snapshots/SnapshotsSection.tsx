import * as React from 'react';
import { Box, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SnapshotEntry } from '../../../shared/contracts/snapshots';
import { describeError } from '../utils/errors';
import { historyActionMessage } from '../utils/labels';
import { vietnamDateTime } from '../pages/queue/vietnam-time';
import { useGetItemSnapshotsQuery, useGetSnapshotDiffQuery } from './api';
import { defaultComparison, type Side } from './choice';
import { DiffView } from './DiffView';
import { useSnapshotText } from './messages';

const sideValue = (side: Side) => String(side);
const parseSide = (value: string | number): Side => (String(value) === 'draft' ? 'draft' : Number(value));

/** One snapshot in the list and in the pickers: its version, its step and when, in Vietnam time. */
function useSnapshotLabel() {
  const { formatMessage } = useIntl();
  const say = useSnapshotText();
  return React.useCallback(
    (entry: SnapshotEntry) =>
      say('entry', 'v{version} · {action} · {at}', { version: entry.version, action: formatMessage(historyActionMessage(entry.action)), at: vietnamDateTime(entry.actedAt) }),
    [formatMessage, say]
  );
}

const Publication = ({ entry }: { entry: SnapshotEntry }) => {
  const say = useSnapshotText();
  const publication = entry.publication;
  if (!publication) return null;
  return (
    <Typography variant="pi" textColor="success600" tag="p" data-testid="ew-snapshot-online">
      {publication.onlineUntil
        ? say('online.period', 'Trực tuyến từ {from} đến {until}', { from: vietnamDateTime(publication.onlineFrom), until: vietnamDateTime(publication.onlineUntil) })
        : say('online.now', 'Trực tuyến từ {from}, đang đăng', { from: vietnamDateTime(publication.onlineFrom) })}
      {publication.approvedByName ? ` · ${say('approvedBy', 'duyệt: {name}', { name: publication.approvedByName })}` : ''}
    </Typography>
  );
};

const Comparison = ({ documentId, chain }: { documentId: string; chain: SnapshotEntry[] }) => {
  const say = useSnapshotText();
  const label = useSnapshotLabel();
  const initial = React.useMemo(() => defaultComparison(chain), [chain]);
  const [from, setFrom] = React.useState<number | undefined>(initial?.from);
  const [to, setTo] = React.useState<Side>(initial?.to ?? 'draft');
  // A new snapshot (a transition while the panel is open) keeps the person's choice if it still exists.
  React.useEffect(() => {
    if (from === undefined || !chain.some((entry) => entry.id === from)) setFrom(initial?.from);
  }, [chain, from, initial]);
  const { data, error, isFetching } = useGetSnapshotDiffQuery({ documentId, from: from ?? 0, to }, { skip: from === undefined });
  const newestFirst = [...chain].reverse();

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-compare">
      <Field.Root name="ew-compare-from">
        <Field.Label>{say('compare.from', 'Phiên bản gốc')}</Field.Label>
        <SingleSelect data-testid="ew-compare-from" value={from === undefined ? undefined : sideValue(from)} onChange={(value: string | number) => setFrom(Number(value))}>
          {newestFirst.map((entry) => (
            <SingleSelectOption key={entry.id} value={sideValue(entry.id)}>
              {label(entry)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="ew-compare-to">
        <Field.Label>{say('compare.to', 'So với')}</Field.Label>
        <SingleSelect data-testid="ew-compare-to" value={sideValue(to)} onChange={(value: string | number) => setTo(parseSide(value))}>
          <SingleSelectOption value="draft">{say('compare.draft', 'Bản nháp hiện tại')}</SingleSelectOption>
          {newestFirst.map((entry) => (
            <SingleSelectOption key={entry.id} value={sideValue(entry.id)}>
              {label(entry)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {error ? (
        <Typography variant="pi" textColor="danger600" data-testid="ew-diff-error">
          {describeError(error).message ?? say('error.diff', 'Không so sánh được hai phiên bản.')}
        </Typography>
      ) : !data || isFetching ? (
        <Loader small>{say('loading', 'Đang tải…')}</Loader>
      ) : (
        <DiffView diff={data} />
      )}
    </Flex>
  );
};

/**
 * "Lịch sử phiên bản" and "So sánh thay đổi" in the workflow side panel: the content kept at each
 * step (the published ones with their time online and approver), and what changed between two of
 * them or since one, field by field and the texts word by word. Whoever sees the panel sees them:
 * the server answers with the item's scope.
 */
export const SnapshotsSection = ({ documentId }: { documentId: string }) => {
  const say = useSnapshotText();
  const label = useSnapshotLabel();
  const { data: chain, error, isLoading } = useGetItemSnapshotsQuery(documentId);

  return (
    <Box data-testid="ew-snapshots">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {say('title', 'Lịch sử phiên bản')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        {error ? (
          <Typography variant="pi" textColor="danger600" data-testid="ew-snapshots-error">
            {describeError(error).message ?? say('error.load', 'Không tải được các phiên bản của tin bài.')}
          </Typography>
        ) : isLoading || !chain ? (
          <Loader small>{say('loading', 'Đang tải…')}</Loader>
        ) : chain.length === 0 ? (
          <Typography variant="pi" textColor="neutral600" data-testid="ew-snapshots-empty">
            {say('empty', 'Chưa có phiên bản nào được lưu: phiên bản được lưu mỗi khi tin bài chuyển bước.')}
          </Typography>
        ) : (
          <>
            <Flex direction="column" alignItems="stretch" gap={1} tag="ol" style={{ listStyle: 'none', padding: 0, maxHeight: 200, overflowY: 'auto' }}>
              {[...chain].reverse().map((entry) => (
                <Box key={entry.id} tag="li" data-testid="ew-snapshot" data-snapshot-id={entry.id}>
                  <Typography variant="pi" tag="p">
                    {label(entry)} · {entry.actorName}
                  </Typography>
                  <Publication entry={entry} />
                </Box>
              ))}
            </Flex>
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {say('compare.title', 'So sánh thay đổi')}
            </Typography>
            <Comparison documentId={documentId} chain={chain} />
          </>
        )}
      </Flex>
    </Box>
  );
};
