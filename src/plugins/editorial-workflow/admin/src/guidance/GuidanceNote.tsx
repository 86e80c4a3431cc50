import * as React from 'react';
import { Badge, Box, Button, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import type { GuidanceReceipt } from '../../../shared/contracts/guidance';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useGetGuidanceQuery, useGetGuidanceReceiptsQuery, useRemindGuidanceMutation } from './api';

/** An instant in Vietnam time: `08:30 02/12/2026`. */
export function vietnamTime(iso: string | null): string {
  if (!iso) return '—';
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

const columns: Array<Column<GuidanceReceipt>> = [
  { key: 'unit', header: 'Đơn vị', cell: (row) => <Typography>{`${row.unitCode} · ${row.unitName}`}</Typography> },
  { key: 'read', header: 'Đọc lần đầu', cell: (row) => <Typography>{row.firstReadAt ? `${vietnamTime(row.firstReadAt)} (${row.firstReadByName ?? ''})` : 'Chưa đọc'}</Typography> },
  { key: 'reminded', header: 'Đã nhắc', cell: (row) => <Typography>{row.remindCount > 0 ? `${row.remindCount} lần, gần nhất ${vietnamTime(row.remindedAt)}` : '—'}</Typography> },
];

/** The Office's view of who has read a note, and who has not after N days; one press reminds the unread units. */
function Receipts({ id }: { id: number }) {
  const [days, setDays] = React.useState(3);
  const receipts = useGetGuidanceReceiptsQuery({ id, days });
  const [remind, reminding] = useRemindGuidanceMutation();
  const [result, setResult] = React.useState<string | null>(null);
  const data = receipts.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-guidance-receipts">
      <Flex gap={3} alignItems="flex-end">
        <Field.Root name="ew-guidance-days">
          <Field.Label>Sau số ngày</Field.Label>
          <NumberInput value={days} onValueChange={(value: number | undefined) => setDays(Math.max(1, Math.min(365, value ?? 1)))} />
        </Field.Root>
        <Button
          variant="secondary"
          disabled={!data || data.unread.length === 0}
          loading={reminding.isLoading}
          onClick={async () => {
            const answer = await remind(id);
            if ('data' in answer && answer.data) setResult(`Đã nhắc ${answer.data.reminded} đơn vị (${answer.data.notified} người).`);
          }}
          data-testid="ew-guidance-remind"
        >
          Nhắc các đơn vị chưa đọc
        </Button>
      </Flex>
      {result ? <Typography textColor="success600">{result}</Typography> : null}
      {reminding.error ? <Typography textColor="danger600">{describeError(reminding.error).message ?? 'Không nhắc được.'}</Typography> : null}
      {data ? (
        <>
          <Typography>
            {`Đã đọc: ${data.read.length} đơn vị · Chưa đọc: ${data.unread.length} · Không đọc trong ${data.days} ngày: ${data.notReadInTime.length}${data.daysPassed ? '' : ' (chưa hết hạn)'}`}
          </Typography>
          <SimpleTable columns={columns} rows={data.notReadInTime} rowKey={(row) => row.unitId} />
          <Typography variant="sigma">Đã đọc</Typography>
          <SimpleTable columns={columns} rows={data.read} rowKey={(row) => row.unitId} />
        </>
      ) : null}
    </Flex>
  );
}

/** One note: its text (opening it records the reader's unit's first reading, on the server), and for the Office its receipts. */
export function GuidanceNote({ id, onClose }: { id: number; onClose: () => void }) {
  const note = useGetGuidanceQuery(id);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-guidance-note">
      {note.error ? (
        <Typography textColor="danger600" role="alert">
          {describeError(note.error).message ?? 'Không mở được định hướng.'}
        </Typography>
      ) : !note.data ? (
        <Typography textColor="neutral600">Đang tải…</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Flex justifyContent="space-between">
            <Typography variant="beta">{note.data.title}</Typography>
            <Button variant="tertiary" onClick={onClose}>
              Đóng
            </Button>
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {`Gửi lúc ${vietnamTime(note.data.sentAt)}${note.data.sentByName ? ` bởi ${note.data.sentByName}` : ''} · ${note.data.readCount}/${note.data.recipientCount} đơn vị đã đọc`}
          </Typography>
          {note.data.readByMyUnit ? <Badge variant="success">Đơn vị của bạn đã đọc</Badge> : null}
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{note.data.body}</Typography>
          {note.data.canManage ? <Receipts id={id} /> : null}
        </Flex>
      )}
    </Box>
  );
}
