import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import type { PressContactView } from '../../../shared/contracts/press-contacts';
import { describeError } from '../utils/errors';
import { useCreatePressContactMutation, useUpdatePressContactMutation } from './api';

interface ContactFormProps {
  /** The contact being edited; none to add one. */
  contact?: PressContactView;
  onDone: () => void;
}

/** Adds or edits a press contact; the server checks the address (valid, not already listed) and answers in Vietnamese. */
export function ContactForm({ contact, onDone }: ContactFormProps) {
  const [name, setName] = React.useState(contact?.name ?? '');
  const [outlet, setOutlet] = React.useState(contact?.outlet ?? '');
  const [email, setEmail] = React.useState(contact?.email ?? '');
  const [phone, setPhone] = React.useState(contact?.phone ?? '');
  const [create, creating] = useCreatePressContactMutation();
  const [update, updating] = useUpdatePressContactMutation();
  const [error, setError] = React.useState<string | null>(null);
  const busy = creating.isLoading || updating.isLoading;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const body = { name, outlet, email, phone: phone.trim() === '' ? null : phone };
    const result = contact ? await update({ id: contact.id, body }) : await create(body);
    if ('error' in result && result.error) {
      setError(describeError(result.error).message ?? 'Không lưu được người liên hệ.');
      return;
    }
    onDone();
  };

  const field = (id: string, label: string, value: string, set: (value: string) => void, required = false, hint?: string) => (
    <Field.Root name={`ew-press-${id}`} required={required} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={value} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(event.target.value)} data-testid={`ew-press-form-${id}`} />
      {hint ? <Field.Hint /> : null}
    </Field.Root>
  );

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h2">
            {contact ? `Sửa: ${contact.name}` : 'Thêm người liên hệ'}
          </Typography>
          {field('name', 'Họ tên', name, setName, true)}
          {field('outlet', 'Cơ quan báo chí', outlet, setOutlet, true, 'Tên báo, đài (ví dụ: Báo Giáo dục và Thời đại).')}
          {field('email', 'Thư điện tử', email, setEmail, true)}
          {field('phone', 'Số điện thoại', phone, setPhone)}
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          <Flex gap={2}>
            <Button type="submit" loading={busy} data-testid="ew-press-form-save">
              Lưu
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
