import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import {
  CONCERN_CHANNEL_LABELS,
  CONCERN_LIMITS,
  CONCERN_KIND_LABELS,
  CONCERN_MOVES,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  CONCERN_STATUS_LABELS,
  TIMELINE_ENTRY_KINDS,
  TIMELINE_KIND_LABELS,
  type ConcernSeverity,
  type ConcernStatus,
  type ConcernView,
  type TimelineEntryKind,
} from '../../../shared/contracts/concerns';
import { describeError } from '../utils/errors';
import { useAddConcernEntryMutation, useGetConcernHandlersQuery, useGetConcernQuery, useUpdateConcernMutation } from './api';
import { SEVERITY_VARIANT, STATUS_VARIANT } from './labels';
import { ChoiceField } from './ChoiceField';
import { ConcernLinks } from './ConcernLinks';
import { ConcernScreenshots } from './ConcernScreenshots';
import { UnitPicker } from './UnitPicker';
import { useConcernsText, vietnamTime } from './messages';

/** One concern: its facts, its timeline (oldest first), and for the Office and the department the changes and the entry form. */
export const ConcernDetail = ({ id, onClose }: { id: number; onClose: () => void }) => {
  const say = useConcernsText();
  const { data, error } = useGetConcernQuery(id);
  if (error) {
    return (
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
        <Typography textColor="danger600" role="alert">{describeError(error).message ?? say('detail.error', 'Không mở được vấn đề này.')}</Typography>
      </Box>
    );
  }
  if (!data) return null;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-concern-detail">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={3}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="beta" tag="h2">{data.title}</Typography>
            <Flex gap={2}>
              <Badge variant={SEVERITY_VARIANT[data.severity]}>{CONCERN_SEVERITY_LABELS[data.severity]}</Badge>
              <Badge variant={STATUS_VARIANT[data.status]}>{CONCERN_STATUS_LABELS[data.status]}</Badge>
              {data.overdue ? <Badge variant="danger">{say('overdue', 'Quá hạn')}</Badge> : null}
            </Flex>
          </Flex>
          <Button variant="tertiary" onClick={onClose}>{say('detail.close', 'Đóng')}</Button>
        </Flex>
        <Typography>{data.description}</Typography>
        <Facts concern={data} />
        <ConcernScreenshots id={data.id} />
        <ConcernLinks id={data.id} kind={data.kind} />
        {data.canWork ? <WorkForm concern={data} /> : null}
        <Typography variant="delta" tag="h3">{say('timeline.title', 'Diễn biến')}</Typography>
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-concern-timeline">
          {data.timeline.map((entry) => (
            <Box key={entry.id} padding={3} background="neutral100" hasRadius>
              <Typography variant="pi" textColor="neutral600">
                {`${vietnamTime(entry.createdAt)} · ${TIMELINE_KIND_LABELS[entry.kind]}${entry.author ? ` · ${entry.author.name}` : ''}`}
              </Typography>
              <Typography tag="p">{entry.text}</Typography>
            </Box>
          ))}
        </Flex>
        {data.canWork ? <EntryForm id={data.id} /> : null}
      </Flex>
    </Box>
  );
};

const Facts = ({ concern }: { concern: ConcernView }) => {
  const say = useConcernsText();
  const rows: Array<[string, React.ReactNode]> = [
    [say('fact.topic', 'Lĩnh vực'), concern.topic ? `${concern.topic.code} ${concern.topic.title}` : '—'],
    [say('fact.kind', 'Loại'), CONCERN_KIND_LABELS[concern.kind]],
    [say('fact.channel', 'Nơi phát hiện'), CONCERN_CHANNEL_LABELS[concern.channel]],
    [say('fact.firstSeen', 'Phát hiện lúc'), vietnamTime(concern.firstSeenAt)],
    [say('fact.filed', 'Đơn vị báo'), `${concern.filingUnit.name} · ${concern.filer.name} · ${vietnamTime(concern.createdAt)}`],
    [say('fact.units', 'Đơn vị liên quan'), concern.units.map((unit) => unit.name).join(', ') || '—'],
    [say('fact.department', 'Phòng phụ trách'), concern.department?.name ?? '—'],
    [say('fact.handler', 'Người xử lý'), concern.handler?.name ?? '—'],
    [say('fact.due', 'Hạn xử lý'), concern.dueAt ? vietnamTime(concern.dueAt) : '—'],
    [
      say('fact.sources', 'Nguồn'),
      concern.sourceLinks.length === 0
        ? '—'
        : concern.sourceLinks.map((link) => (
            <a key={link} href={link} target="_blank" rel="noopener noreferrer nofollow" style={{ display: 'block' }}>
              {link}
            </a>
          )),
    ],
  ];
  return (
    <Grid.Root gap={2}>
      {rows.map(([label, value]) => (
        <Grid.Item key={label} col={6} s={12} direction="column" alignItems="flex-start">
          <Typography variant="sigma" textColor="neutral600">{label}</Typography>
          <Typography tag="div">{value}</Typography>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};

/** No handler: the select's value for "chưa phân công". */
const NOBODY = 'none';

/**
 * The Office's and the department's changes: severity, status (the moves the server allows), the
 * handler (the Office's and the department's members) and the units concerned, with a note for the timeline.
 */
const WorkForm = ({ concern }: { concern: ConcernView }) => {
  const say = useConcernsText();
  const { toggleNotification } = useNotification();
  const [update, { isLoading }] = useUpdateConcernMutation();
  const [severity, setSeverity] = React.useState<ConcernSeverity>(concern.severity);
  const [status, setStatus] = React.useState<ConcernStatus>(concern.status);
  const { data: handlers = [] } = useGetConcernHandlersQuery(concern.id);
  const current = concern.handler ? String(concern.handler.id) : NOBODY;
  const [handler, setHandler] = React.useState<string>(current);
  const currentUnits = concern.units.map((unit) => unit.id);
  const unitsKey = currentUnits.join(',');
  const [units, setUnits] = React.useState<number[]>(currentUnits);
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    setSeverity(concern.severity);
    setStatus(concern.status);
    setHandler(current);
    setUnits(unitsKey ? unitsKey.split(',').map(Number) : []);
  }, [concern.severity, concern.status, current, unitsKey]);
  const unitsChanged = units.join(',') !== unitsKey;
  const moves = CONCERN_MOVES.filter((move) => move.from === concern.status).map((move) => move.to);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const body = {
      ...(severity !== concern.severity ? { severity } : {}),
      ...(status !== concern.status ? { status } : {}),
      ...(handler !== current ? { handlerId: handler === NOBODY ? null : Number(handler) } : {}),
      ...(unitsChanged ? { unitIds: units } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    try {
      await update({ id: concern.id, body }).unwrap();
      setNote('');
      toggleNotification({ type: 'success', message: say('work.done', 'Đã cập nhật vấn đề.') });
    } catch (failure) {
      setError(describeError(failure).message ?? say('work.error', 'Không cập nhật được. Hãy thử lại.'));
    }
  };

  return (
    <Box tag="form" onSubmit={submit} data-testid="ew-concern-work">
      <Grid.Root gap={3}>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <ChoiceField
            name="ew-concern-severity"
            label={say('work.severity', 'Mức độ')}
            value={severity}
            choices={CONCERN_SEVERITIES.map((value) => [value, CONCERN_SEVERITY_LABELS[value]] as const)}
            onChange={setSeverity}
          />
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <ChoiceField
            name="ew-concern-status"
            label={say('work.status', 'Trạng thái')}
            value={status}
            choices={[concern.status, ...moves].map((value) => [value, CONCERN_STATUS_LABELS[value]] as const)}
            onChange={setStatus}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-handler">
            <Field.Label>{say('work.handler', 'Người xử lý')}</Field.Label>
            <SingleSelect value={handler} onChange={(value: string | number) => setHandler(String(value))} data-testid="ew-concern-handler">
              <SingleSelectOption value={NOBODY}>{say('work.nobody', 'Chưa phân công')}</SingleSelectOption>
              {/* The current handler stays choosable even if no longer a member. */}
              {concern.handler && !handlers.some((person) => person.id === concern.handler!.id) ? (
                <SingleSelectOption value={String(concern.handler.id)}>{concern.handler.name}</SingleSelectOption>
              ) : null}
              {handlers.map((person) => (
                <SingleSelectOption key={person.id} value={String(person.id)}>{`${person.name} · ${person.unitName}`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <UnitPicker name="ew-concern-work-units" value={units} onChange={setUnits} max={CONCERN_LIMITS.unitsMax} />
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-note">
            <Field.Label>{say('work.note', 'Ghi chú (ghi vào diễn biến)')}</Field.Label>
            <Field.Input value={note} maxLength={5000} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNote(event.target.value)} />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex gap={3} paddingTop={3}>
        <Button type="submit" loading={isLoading} disabled={severity === concern.severity && status === concern.status && handler === current && !unitsChanged} data-testid="ew-concern-update">
          {say('work.submit', 'Cập nhật')}
        </Button>
        {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
      </Flex>
    </Box>
  );
};

/** A note, the department's view, the agreed message or an action taken, written on the timeline. */
const EntryForm = ({ id }: { id: number }) => {
  const say = useConcernsText();
  const [add, { isLoading }] = useAddConcernEntryMutation();
  const [kind, setKind] = React.useState<TimelineEntryKind>('note');
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await add({ id, body: { kind, text } }).unwrap();
      setText('');
    } catch (failure) {
      setError(describeError(failure).message ?? say('entry.error', 'Không ghi được diễn biến. Hãy thử lại.'));
    }
  };

  return (
    <Box tag="form" onSubmit={submit} data-testid="ew-concern-entry-form">
      <Grid.Root gap={3}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <ChoiceField
            name="ew-concern-entry-kind"
            label={say('entry.kind', 'Loại diễn biến')}
            value={kind}
            choices={TIMELINE_ENTRY_KINDS.map((value) => [value, TIMELINE_KIND_LABELS[value]] as const)}
            onChange={setKind}
          />
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-concern-entry-text">
            <Field.Label>{say('entry.text', 'Nội dung')}</Field.Label>
            <Textarea value={text} maxLength={5000} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} data-testid="ew-concern-entry-text" />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex gap={3} paddingTop={3}>
        <Button type="submit" loading={isLoading} disabled={!text.trim()} data-testid="ew-concern-entry-submit">
          {say('entry.submit', 'Ghi vào diễn biến')}
        </Button>
        {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
      </Flex>
    </Box>
  );
};
