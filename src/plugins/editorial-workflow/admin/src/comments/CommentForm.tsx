import * as React from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { COMMENT_LIMITS, type CommentPerson } from '../../../shared/contracts/comments';
import { describeError } from '../utils/errors';
import { useAddItemCommentMutation } from './api';
import { MentionPicker } from './MentionPicker';
import { useCommentText, useFieldLabel } from './messages';

interface CommentFormProps {
  documentId: string;
  /** A reply to this thread; a new thread without it. */
  parentId?: number;
  /** The fields a new thread may be anchored to (none for a reply: it follows its thread's). */
  fields?: string[];
  onSent?(): void;
}

/** A new thread (with an optional field anchor) or a reply: the text, the people to mention, send. */
export const CommentForm = ({ documentId, parentId, fields, onSent }: CommentFormProps) => {
  const say = useCommentText();
  const fieldLabel = useFieldLabel();
  const [body, setBody] = React.useState('');
  // No field: the thread is about the whole item.
  const [field, setField] = React.useState<string | undefined>();
  const [mentions, setMentions] = React.useState<CommentPerson[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [add, { isLoading }] = useAddItemCommentMutation();
  const testId = parentId ? 'ew-comments-reply' : 'ew-comments-new';

  const send = async () => {
    setError(null);
    const text = body.trim();
    if (!text) {
      setError(say('error.empty', 'Hãy nhập nội dung ý kiến.'));
      return;
    }
    const answer = await add({
      documentId,
      body: text,
      ...(parentId ? { parentId } : {}),
      ...(!parentId && field ? { field } : {}),
      mentions: mentions.map((person) => person.id),
    });
    if ('error' in answer) {
      setError(describeError(answer.error).message ?? say('error.send', 'Không gửi được ý kiến. Hãy thử lại.'));
      return;
    }
    setBody('');
    setField(undefined);
    setMentions([]);
    onSent?.();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid={`${testId}-form`}>
      {!parentId && fields ? (
        <Field.Root name="ew-comments-field">
          <Field.Label>{say('field.label', 'Về trường')}</Field.Label>
          <SingleSelect
            data-testid="ew-comments-field"
            value={field}
            onChange={(value: string | number) => setField(String(value))}
            onClear={() => setField(undefined)}
            placeholder={say('field.none', 'Cả tin bài')}
          >
            {fields.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {fieldLabel(name)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      ) : null}
      <Field.Root name={`${testId}-text`} hint={say('body.hint', 'Tối đa {max} ký tự. Ý kiến đã gửi không sửa, không xoá được.', { max: COMMENT_LIMITS.bodyMax.toLocaleString('vi-VN') })}>
        <Field.Label>{parentId ? say('reply.label', 'Trả lời') : say('new.label', 'Ý kiến mới')}</Field.Label>
        <Textarea data-testid={`${testId}-text`} value={body} maxLength={COMMENT_LIMITS.bodyMax} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <MentionPicker documentId={documentId} chosen={mentions} onChange={setMentions} />
      {error ? (
        <Typography variant="pi" textColor="danger600" role="alert" data-testid="ew-comments-error">
          {error}
        </Typography>
      ) : null}
      <Flex justifyContent="flex-end">
        <Button size="S" loading={isLoading} onClick={send} data-testid={`${testId}-send`}>
          {parentId ? say('reply.send', 'Gửi trả lời') : say('new.send', 'Gửi ý kiến')}
        </Button>
      </Flex>
    </Flex>
  );
};
