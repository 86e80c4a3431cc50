import * as React from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { REQUESTER_KINDS, REQUESTER_KIND_LABELS, type RequesterKind } from '../../../shared/contracts/info-requests';
import { describeError } from '../utils/errors';
import { SelectField, TextField, fromVietnamInput, toVietnamInput } from '../press-desk/fields';
import { useEnterInfoRequestMutation } from './api';

/** The Office enters a request that came by letter: the deadline counts from the day it arrived. */
export function LetterForm({ onDone }: { onDone: () => void }) {
  const [enter, entering] = useEnterInfoRequestMutation();
  const [values, setValues] = React.useState({ requesterKind: 'citizen', name: '', organisation: '', email: '', phone: '', address: '', subject: '', content: '', receivedAt: toVietnamInput(Date.now()) });
  const [error, setError] = React.useState<string | null>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const optional = (value: string) => (value.trim() ? value : undefined);
    const result = await enter({
      requesterKind: values.requesterKind as RequesterKind,
      name: values.name,
      organisation: optional(values.organisation),
      email: optional(values.email),
      phone: optional(values.phone),
      address: optional(values.address),
      subject: values.subject,
      content: values.content,
      receivedAt: fromVietnamInput(values.receivedAt),
    });
    if ('error' in result && result.error) return setError(describeError(result.error).message ?? 'Không nhập được yêu cầu.');
    onDone();
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <form onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h2">
            Nhập yêu cầu nhận qua văn bản
          </Typography>
          <Grid.Root gap={4}>
            <Grid.Item col={4} s={12}>
              <SelectField id="ir-kind" label="Người yêu cầu là" value={values.requesterKind} onChange={set('requesterKind')} options={REQUESTER_KINDS.map((kind) => ({ id: kind, name: REQUESTER_KIND_LABELS[kind] }))} required />
            </Grid.Item>
            <Grid.Item col={4} s={12}>
              <TextField id="ir-name" label="Họ tên" value={values.name} onChange={set('name')} required />
            </Grid.Item>
            <Grid.Item col={4} s={12}>
              <TextField id="ir-organisation" label="Tên tổ chức" value={values.organisation} onChange={set('organisation')} />
            </Grid.Item>
            <Grid.Item col={4} s={12}>
              <TextField id="ir-email" label="Thư điện tử" value={values.email} onChange={set('email')} />
            </Grid.Item>
            <Grid.Item col={4} s={12}>
              <TextField id="ir-phone" label="Số điện thoại" value={values.phone} onChange={set('phone')} />
            </Grid.Item>
            <Grid.Item col={4} s={12}>
              <TextField id="ir-received" label="Ngày nhận văn bản (giờ Việt Nam)" type="datetime-local" value={values.receivedAt} onChange={set('receivedAt')} required />
            </Grid.Item>
          </Grid.Root>
          <TextField id="ir-address" label="Địa chỉ" value={values.address} onChange={set('address')} />
          <TextField id="ir-subject" label="Tiêu đề" value={values.subject} onChange={set('subject')} required />
          <TextField id="ir-content" label="Thông tin đề nghị cung cấp" value={values.content} onChange={set('content')} required multiline />
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          <Flex gap={2}>
            <Button type="submit" loading={entering.isLoading} data-testid="ew-ir-save">
              Lưu yêu cầu
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
