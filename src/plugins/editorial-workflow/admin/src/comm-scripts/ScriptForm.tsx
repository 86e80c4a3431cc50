import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { SCRIPT_CHANNELS, SCRIPT_CHANNEL_LABELS, type ScriptChannel, type ScriptMilestone } from '../../../shared/contracts/plan';
import type { ScriptInput, ScriptView } from '../../../shared/contracts/comm-scripts';
import { describeError } from '../utils/errors';
import { useCreateCommScriptMutation, useGetScriptChoicesQuery, useUpdateCommScriptMutation } from './api';
import { vietnamToday } from './dates';

const NONE = 'none';

/**
 * Writing or rewriting a script (the Office): a topic and/or a line, key messages, channels, the
 * period, the owner department and dated milestones. The server checks it all again (400 in Vietnamese).
 */
export const ScriptForm = ({ script, onSaved, onCancel }: { script?: ScriptView; onSaved: (id: number) => void; onCancel: () => void }) => {
  const choices = useGetScriptChoicesQuery();
  const [create, creating] = useCreateCommScriptMutation();
  const [update, updating] = useUpdateCommScriptMutation();
  const [title, setTitle] = React.useState(script?.title ?? '');
  const [topicId, setTopicId] = React.useState<number | null>(script?.topic?.id ?? null);
  const [lineId, setLineId] = React.useState<number | null>(script?.line?.id ?? null);
  const [keyMessages, setKeyMessages] = React.useState(script?.keyMessages ?? '');
  const [channels, setChannels] = React.useState<ScriptChannel[]>(script?.channels ?? ['website']);
  const [startsOn, setStartsOn] = React.useState(script?.startsOn ?? vietnamToday());
  const [endsOn, setEndsOn] = React.useState(script?.endsOn ?? vietnamToday());
  const [ownerDepartmentId, setOwner] = React.useState<number | null>(script?.ownerDepartment.id ?? null);
  const [milestones, setMilestones] = React.useState<ScriptMilestone[]>(script?.milestones ?? []);
  const [error, setError] = React.useState<string | null>(null);

  const toggleChannel = (channel: ScriptChannel, on: boolean) =>
    setChannels((current) => (on ? [...current.filter((value) => value !== channel), channel] : current.filter((value) => value !== channel)));
  const setMilestone = (index: number, change: Partial<ScriptMilestone>) =>
    setMilestones((current) => current.map((milestone, at) => (at === index ? { ...milestone, ...change } : milestone)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (ownerDepartmentId === null) return setError('Hãy chọn phòng chuyên môn phụ trách kịch bản.');
    const body: ScriptInput = { title, topicId, lineId, keyMessages, channels, startsOn, endsOn, ownerDepartmentId, milestones };
    try {
      const saved = script ? await update({ id: script.id, body }).unwrap() : await create(body).unwrap();
      onSaved(saved.id);
    } catch (failure) {
      setError(describeError(failure).message ?? 'Không lưu được kịch bản. Hãy thử lại.');
    }
  };

  const data = choices.data;
  return (
    <Box tag="form" onSubmit={submit} background="neutral0" padding={6} shadow="tableShadow" hasRadius data-testid="ew-script-form">
      <Flex direction="column" gap={4} alignItems="stretch">
        <Typography variant="beta">{script ? 'Sửa kịch bản truyền thông' : 'Viết kịch bản truyền thông'}</Typography>
        <Field.Root name="title" required>
          <Field.Label>Tên kịch bản</Field.Label>
          <TextInput value={title} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} />
        </Field.Root>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12}>
            <Field.Root name="topicId" width="100%">
              <Field.Label>Lĩnh vực (chủ đề)</Field.Label>
              <SingleSelect value={topicId === null ? NONE : String(topicId)} onChange={(value: string | number) => setTopicId(value === NONE ? null : Number(value))}>
                <SingleSelectOption value={NONE}>Không chọn</SingleSelectOption>
                {(data?.topics ?? []).map((topic) => (
                  <SingleSelectOption key={topic.id} value={String(topic.id)}>{`${topic.code}. ${topic.title}`}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12}>
            <Field.Root name="lineId" width="100%">
              <Field.Label>Tuyến thông tin</Field.Label>
              <SingleSelect value={lineId === null ? NONE : String(lineId)} onChange={(value: string | number) => setLineId(value === NONE ? null : Number(value))}>
                <SingleSelectOption value={NONE}>Không chọn</SingleSelectOption>
                {(data?.lines ?? [])
                  .filter((line) => topicId === null || line.topicId === topicId)
                  .map((line) => (
                    <SingleSelectOption key={line.id} value={String(line.id)}>{`${line.code}. ${line.label}`}</SingleSelectOption>
                  ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Field.Root name="keyMessages" required>
          <Field.Label>Thông điệp chính</Field.Label>
          <Textarea value={keyMessages} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setKeyMessages(event.target.value)} />
        </Field.Root>
        <Box>
          <Typography variant="pi" fontWeight="bold">Kênh truyền thông</Typography>
          <Flex gap={4} wrap="wrap" paddingTop={2}>
            {SCRIPT_CHANNELS.map((channel) => (
              <Checkbox key={channel} checked={channels.includes(channel)} onCheckedChange={(checked: boolean | 'indeterminate') => toggleChannel(channel, checked === true)}>
                {SCRIPT_CHANNEL_LABELS[channel]}
              </Checkbox>
            ))}
          </Flex>
        </Box>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12}>
            <Field.Root name="startsOn" required width="100%">
              <Field.Label>Từ ngày</Field.Label>
              <TextInput type="date" value={startsOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setStartsOn(event.target.value)} />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={4} s={12}>
            <Field.Root name="endsOn" required width="100%">
              <Field.Label>Đến ngày</Field.Label>
              <TextInput type="date" value={endsOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEndsOn(event.target.value)} />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={4} s={12}>
            <Field.Root name="ownerDepartmentId" required width="100%">
              <Field.Label>Phòng phụ trách</Field.Label>
              <SingleSelect value={ownerDepartmentId === null ? '' : String(ownerDepartmentId)} onChange={(value: string | number) => setOwner(Number(value))} placeholder="Chọn phòng">
                {(data?.departments ?? []).map((department) => (
                  <SingleSelectOption key={department.id} value={String(department.id)}>{department.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Box>
          <Typography variant="pi" fontWeight="bold">Mốc thời gian (trong thời gian thực hiện)</Typography>
          <Flex direction="column" gap={2} alignItems="stretch" paddingTop={2}>
            {milestones.map((milestone, index) => (
              <Flex key={index} gap={2} alignItems="flex-end">
                <TextInput type="date" aria-label={`Ngày của mốc ${index + 1}`} value={milestone.on} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setMilestone(index, { on: event.target.value })} />
                <Box flex="1">
                  <TextInput aria-label={`Nội dung mốc ${index + 1}`} value={milestone.label} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setMilestone(index, { label: event.target.value })} />
                </Box>
                <Button variant="tertiary" onClick={() => setMilestones((current) => current.filter((_, at) => at !== index))}>Bỏ</Button>
              </Flex>
            ))}
            <Box>
              <Button variant="secondary" onClick={() => setMilestones((current) => [...current, { on: startsOn, label: '' }])}>Thêm mốc</Button>
            </Box>
          </Flex>
        </Box>
        {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
        <Flex gap={2}>
          <Button type="submit" loading={creating.isLoading || updating.isLoading}>Lưu kịch bản</Button>
          <Button variant="tertiary" onClick={onCancel}>Huỷ</Button>
        </Flex>
      </Flex>
    </Box>
  );
};
