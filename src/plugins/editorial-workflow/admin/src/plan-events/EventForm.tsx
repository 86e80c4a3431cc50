import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../../shared/contracts/plan';
import { describeError } from '../utils/errors';
import { useCreatePlanEventMutation, useGetAssignmentChoicesQuery } from '../assignments/api';
import { fromVietnamLocal, vietnamLocalIn } from '../assignments/time';
import { useGetCommScriptsQuery } from '../comm-scripts/api';

const NONE = 'none';

/**
 * Entering an event to cover (the Office, a department's editors and heads): the server checks the
 * times, the line and the script. The scripts offered are those the person reads (their department's).
 */
export const EventForm = ({ onDone }: { onDone: (id: number) => void }) => {
  const choices = useGetAssignmentChoicesQuery();
  const scripts = useGetCommScriptsQuery();
  const [create, { isLoading }] = useCreatePlanEventMutation();
  const [title, setTitle] = React.useState('');
  const [kind, setKind] = React.useState<EventKind>('conference');
  const [startsAt, setStartsAt] = React.useState(vietnamLocalIn(24));
  const [endsAt, setEndsAt] = React.useState(vietnamLocalIn(28));
  const [place, setPlace] = React.useState('');
  const [organiser, setOrganiser] = React.useState('Sở Giáo dục và Đào tạo');
  const [lineId, setLineId] = React.useState<string>(NONE);
  const [scriptId, setScriptId] = React.useState<string>(NONE);
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await create({
      title,
      kind,
      startsAt: fromVietnamLocal(startsAt),
      endsAt: fromVietnamLocal(endsAt),
      place,
      organiser,
      lineId: lineId === NONE ? null : Number(lineId),
      scriptId: scriptId === NONE ? null : Number(scriptId),
      note: note || null,
    });
    if ('error' in result) return setError(describeError(result.error).message ?? 'Không lưu được sự kiện.');
    onDone(result.data.id);
  };

  const text = (name: string, label: string, value: string, set: (value: string) => void, type = 'text') => (
    <Field.Root name={`ew-event-${name}`}>
      <Field.Label>{label}</Field.Label>
      <Field.Input type={type} value={value} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(event.target.value)} data-testid={`ew-event-${name}`} />
    </Field.Root>
  );

  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-event-form">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta">Thêm sự kiện</Typography>
        {text('title', 'Tên sự kiện', title, setTitle)}
        <Field.Root name="ew-event-kind">
          <Field.Label>Loại sự kiện</Field.Label>
          <SingleSelect value={kind} onChange={(value: string | number) => setKind(value as EventKind)} data-testid="ew-event-kind">
            {EVENT_KINDS.map((value) => (
              <SingleSelectOption key={value} value={value}>{EVENT_KIND_LABELS[value]}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {text('starts', 'Bắt đầu (giờ Việt Nam)', startsAt, setStartsAt, 'datetime-local')}
        {text('ends', 'Kết thúc (giờ Việt Nam)', endsAt, setEndsAt, 'datetime-local')}
        {text('place', 'Địa điểm', place, setPlace)}
        {text('organiser', 'Đơn vị tổ chức', organiser, setOrganiser)}
        <Field.Root name="ew-event-line">
          <Field.Label>Tuyến thông tin</Field.Label>
          <SingleSelect value={lineId} onChange={(value: string | number) => setLineId(String(value))} data-testid="ew-event-line">
            <SingleSelectOption value={NONE}>Chưa chọn</SingleSelectOption>
            {(choices.data?.lines ?? []).map((line) => (
              <SingleSelectOption key={line.id} value={String(line.id)}>{`${line.code} · ${line.label}`}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="ew-event-script">
          <Field.Label>Kịch bản truyền thông</Field.Label>
          <SingleSelect value={scriptId} onChange={(value: string | number) => setScriptId(String(value))} data-testid="ew-event-script">
            <SingleSelectOption value={NONE}>Không theo kịch bản</SingleSelectOption>
            {(scripts.data ?? []).map((script) => (
              <SingleSelectOption key={script.id} value={String(script.id)}>{script.title}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="ew-event-note">
          <Field.Label>Ghi chú</Field.Label>
          <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
        </Field.Root>
        {error ? <Typography textColor="danger600" data-testid="ew-event-error">{error}</Typography> : null}
        <Flex>
          <Button type="submit" loading={isLoading} data-testid="ew-event-submit">Lưu sự kiện</Button>
        </Flex>
      </Flex>
    </Box>
  );
};
