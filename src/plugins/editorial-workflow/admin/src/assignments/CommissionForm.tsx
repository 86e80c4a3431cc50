import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import type { UnitKind } from '../../../shared/contracts/stats';
import { describeError } from '../utils/errors';
import { useCommissionMutation, useGetAssignmentChoicesQuery } from './api';
import { fromVietnamLocal, vietnamLocalIn } from './time';

const FROM_EVENT = 'event';

/**
 * Commissioning coverage (giao viết bài): a line of information (from an event, the event's by
 * default), a due time, a note, and the units, one by one or by kind. The server decides who may
 * and refuses bad input in Vietnamese (shown as it comes).
 */
export const CommissionForm = ({ eventId, onDone }: { eventId?: number; onDone: (id: number) => void }) => {
  const choices = useGetAssignmentChoicesQuery();
  const [commission, { isLoading }] = useCommissionMutation();
  const [lineId, setLineId] = React.useState<string>(eventId ? FROM_EVENT : '');
  const [due, setDue] = React.useState(vietnamLocalIn(72));
  const [note, setNote] = React.useState('');
  const [unitIds, setUnitIds] = React.useState<number[]>([]);
  const [kinds, setKinds] = React.useState<UnitKind[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((entry) => entry !== value));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const body = {
      dueAt: due ? fromVietnamLocal(due) : '',
      note: note || undefined,
      unitIds,
      unitKinds: kinds,
      ...(lineId && lineId !== FROM_EVENT ? { lineId: Number(lineId) } : {}),
    };
    const result = await commission({ eventId, body });
    if ('error' in result) return setError(describeError(result.error).message ?? 'Không giao được nhiệm vụ.');
    onDone(result.data.id);
  };

  if (choices.error) return <Typography textColor="danger600">{describeError(choices.error).message ?? 'Bạn không giao viết bài được.'}</Typography>;
  if (!choices.data) return <Typography>Đang tải…</Typography>;
  const units = choices.data.units.filter((unit) => unit.kind !== 'department');

  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-commission-form">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta">{eventId ? 'Giao viết bài đưa tin sự kiện' : 'Giao viết bài'}</Typography>
        <Field.Root name="ew-commission-line">
          <Field.Label>Tuyến thông tin</Field.Label>
          <SingleSelect value={lineId} onChange={(value: string | number) => setLineId(String(value))} data-testid="ew-commission-line" placeholder="Chọn tuyến thông tin">
            {eventId ? <SingleSelectOption value={FROM_EVENT}>Tuyến thông tin của sự kiện</SingleSelectOption> : null}
            {choices.data.lines.map((line) => (
              <SingleSelectOption key={line.id} value={String(line.id)}>{`${line.code} · ${line.label}`}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="ew-commission-due">
          <Field.Label>Hạn gửi bài (giờ Việt Nam)</Field.Label>
          <Field.Input type="datetime-local" value={due} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDue(event.target.value)} data-testid="ew-commission-due" />
        </Field.Root>
        <Field.Root name="ew-commission-note">
          <Field.Label>Ghi chú</Field.Label>
          <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} data-testid="ew-commission-note" />
        </Field.Root>
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography fontWeight="bold">Cả loại đơn vị (các đơn vị đang hoạt động)</Typography>
          <Flex gap={4} wrap="wrap">
            {choices.data.kinds.filter((kind) => kind.kind !== 'department').map((kind) => (
              <Checkbox key={kind.kind} checked={kinds.includes(kind.kind)} onCheckedChange={(on: boolean | 'indeterminate') => setKinds(toggle(kinds, kind.kind, on === true))} data-testid={`ew-commission-kind-${kind.kind}`}>
                {`${kind.label} (${kind.count})`}
              </Checkbox>
            ))}
          </Flex>
          <Typography fontWeight="bold">Hoặc chọn từng đơn vị</Typography>
          <Box maxHeight="240px" overflow="auto" data-testid="ew-commission-units">
            <Flex direction="column" alignItems="flex-start" gap={1}>
              {units.map((unit) => (
                <Checkbox key={unit.id} checked={unitIds.includes(unit.id)} onCheckedChange={(on: boolean | 'indeterminate') => setUnitIds(toggle(unitIds, unit.id, on === true))} data-testid={`ew-commission-unit-${unit.id}`}>
                  {unit.name}
                </Checkbox>
              ))}
            </Flex>
          </Box>
        </Flex>
        {error ? <Typography textColor="danger600" data-testid="ew-commission-error">{error}</Typography> : null}
        <Flex>
          <Button type="submit" loading={isLoading} data-testid="ew-commission-submit">Giao viết bài</Button>
        </Flex>
      </Flex>
    </Box>
  );
};
