import * as React from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { describeError } from '../utils/errors';
import { useLogPressInquiryMutation } from './api';
import { SelectField, TextField, fromVietnamInput, toVietnamInput } from './fields';

interface Props {
  topics: Array<{ id: number; name: string }>;
  departments: Array<{ id: number; name: string }>;
  onDone: () => void;
}

/** The Office logs a press inquiry: who asks, what, on which topic, by when, and which department prepares the content. */
export function InquiryForm({ topics, departments, onDone }: Props) {
  const [outlet, setOutlet] = React.useState('');
  const [journalist, setJournalist] = React.useState('');
  const [contact, setContact] = React.useState('');
  const [question, setQuestion] = React.useState('');
  const [topicId, setTopicId] = React.useState('');
  const [departmentId, setDepartmentId] = React.useState('');
  const [dueAt, setDueAt] = React.useState(() => toVietnamInput(Date.now() + 24 * 3_600_000));
  const [log, logging] = useLogPressInquiryMutation();
  const [error, setError] = React.useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!topicId || !dueAt) {
      setError('Hãy chọn lĩnh vực và hạn trả lời.');
      return;
    }
    const result = await log({
      outlet,
      journalist,
      question,
      ...(contact.trim() ? { contact } : {}),
      topicId: Number(topicId),
      ...(departmentId ? { departmentId: Number(departmentId) } : {}),
      receivedAt: new Date().toISOString(),
      dueAt: fromVietnamInput(dueAt),
    });
    if ('error' in result && result.error) return setError(describeError(result.error).message ?? 'Không ghi được câu hỏi.');
    onDone();
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h2">
            Ghi nhận câu hỏi của báo chí
          </Typography>
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12}>
              <TextField id="outlet" label="Cơ quan báo chí" value={outlet} onChange={setOutlet} required />
            </Grid.Item>
            <Grid.Item col={6} s={12}>
              <TextField id="journalist" label="Phóng viên" value={journalist} onChange={setJournalist} required />
            </Grid.Item>
            <Grid.Item col={6} s={12}>
              <TextField id="contact" label="Điện thoại hoặc thư điện tử của phóng viên" value={contact} onChange={setContact} />
            </Grid.Item>
            <Grid.Item col={6} s={12}>
              <TextField id="due" label="Hạn trả lời (giờ Việt Nam)" type="datetime-local" value={dueAt} onChange={setDueAt} required />
            </Grid.Item>
            <Grid.Item col={6} s={12}>
              <SelectField id="topic" label="Lĩnh vực" value={topicId} onChange={setTopicId} options={topics} required placeholder="Chọn lĩnh vực" />
            </Grid.Item>
            <Grid.Item col={6} s={12}>
              <SelectField id="department" label="Phòng chuẩn bị nội dung" value={departmentId} onChange={setDepartmentId} options={departments} placeholder="Chọn phòng" />
            </Grid.Item>
          </Grid.Root>
          <TextField id="question" label="Câu hỏi" value={question} onChange={setQuestion} required multiline />
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          <Flex gap={2}>
            <Button type="submit" loading={logging.isLoading} data-testid="ew-desk-log">
              Ghi nhận
            </Button>
            <Button type="button" variant="tertiary" onClick={onDone}>
              Huỷ
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
}
