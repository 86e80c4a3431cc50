import * as React from 'react';
import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import type { CommentPerson } from '../../../shared/contracts/comments';
import { useSearchMentionableQuery } from './api';
import { useCommentText } from './messages';

interface MentionPickerProps {
  documentId: string;
  chosen: CommentPerson[];
  onChange(chosen: CommentPerson[]): void;
}

/**
 * "Nhắc đến": people found by name or e-mail among those who may read the item (the server lists
 * only them, and refuses anyone else), each removable before sending.
 */
export const MentionPicker = ({ documentId, chosen, onChange }: MentionPickerProps) => {
  const say = useCommentText();
  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), 300);
  const open = search.length > 0;
  const people = useSearchMentionableQuery({ documentId, q }, { skip: !open });
  const options = (people.data ?? []).filter((person) => !chosen.some((other) => other.id === person.id));

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-comments-mentions">
      <Field.Root name="ew-comments-mention-search" hint={say('mention.hint', 'Chỉ những người được xem tin bài này mới được nhắc đến; họ nhận thông báo và e-mail.')}>
        <Field.Label>{say('mention.label', 'Nhắc đến (@)')}</Field.Label>
        <Field.Input
          data-testid="ew-comments-mention-search"
          value={search}
          placeholder={say('mention.placeholder', 'Gõ họ tên hoặc e-mail')}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
        />
        <Field.Hint />
      </Field.Root>
      {open && people.data ? (
        options.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {say('mention.none', 'Không có ai phù hợp trong số người được xem tin bài.')}
          </Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={1} role="listbox" aria-label={say('mention.label', 'Nhắc đến (@)')}>
            {options.map((person) => (
              <Button
                key={person.id}
                role="option"
                aria-selected={false}
                variant="tertiary"
                size="S"
                data-testid="ew-comments-mention-option"
                onClick={() => {
                  onChange([...chosen, { id: person.id, name: person.name }]);
                  setSearch('');
                }}
              >
                {person.email ? `${person.name} · ${person.email}` : person.name}
              </Button>
            ))}
          </Flex>
        )
      ) : null}
      {chosen.length > 0 ? (
        <Flex gap={1} wrap="wrap">
          {chosen.map((person) => (
            <Button
              key={person.id}
              size="S"
              variant="secondary"
              data-testid="ew-comments-mention-chosen"
              aria-label={say('mention.remove', 'Bỏ nhắc đến {name}', { name: person.name })}
              onClick={() => onChange(chosen.filter((other) => other.id !== person.id))}
            >
              {`@${person.name} ×`}
            </Button>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
};
