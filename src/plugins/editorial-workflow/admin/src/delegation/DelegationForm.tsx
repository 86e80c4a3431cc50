import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { DELEGABLE_ROLE_LABELS, type DelegationList } from '../../../shared/contracts/delegation';
import { describeError } from '../utils/errors';
import { useCreateDelegationMutation, useGetDelegateCandidatesQuery } from './api';
import { useDelegationText } from './messages';
import { vietnamToday } from './dates';

/**
 * The form of a head or the publisher: which of their roles, to whom (the server's list: members of
 * the unit and the leadership), from and to which day (Vietnam dates, both included), a note.
 */
export const DelegationForm = ({ delegable }: { delegable: DelegationList['delegable'] }) => {
  const say = useDelegationText();
  const { toggleNotification } = useNotification();
  const [choice, setChoice] = React.useState(0);
  const [delegateId, setDelegateId] = React.useState<number | null>(null);
  const [startsOn, setStartsOn] = React.useState(vietnamToday());
  const [endsOn, setEndsOn] = React.useState(vietnamToday());
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const held = delegable[choice] ?? delegable[0];
  const candidates = useGetDelegateCandidatesQuery({ role: held.role, unitId: held.unitId });
  const [create, { isLoading }] = useCreateDelegationMutation();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (delegateId === null) {
      setError(say('form.pickDelegate', 'Hãy chọn người được ủy quyền.'));
      return;
    }
    try {
      const made = await create({ role: held.role, unitId: held.unitId, delegateId, startsOn, endsOn, ...(note.trim() ? { note: note.trim() } : {}) }).unwrap();
      toggleNotification({ type: 'success', message: say('form.done', 'Đã ủy quyền cho {name}.', { name: made.delegateName }) });
      setDelegateId(null);
      setNote('');
    } catch (failure) {
      setError(describeError(failure).message ?? say('form.error', 'Không ủy quyền được. Hãy thử lại.'));
    }
  };

  return (
    <Box tag="form" onSubmit={submit} data-testid="ew-delegation-form" paddingTop={4}>
      <Typography variant="delta" tag="h3">
        {say('form.title', 'Ủy quyền vai trò của bạn')}
      </Typography>
      <Grid.Root gap={4} paddingTop={3}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-delegation-role">
            <Field.Label>{say('form.role', 'Vai trò')}</Field.Label>
            <SingleSelect value={String(choice)} onChange={(value: string | number) => { setChoice(Number(value)); setDelegateId(null); }}>
              {delegable.map((option, index) => (
                <SingleSelectOption key={`${option.role}:${option.unitId}`} value={String(index)}>
                  {`${DELEGABLE_ROLE_LABELS[option.role]} · ${option.unitName}`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-delegation-delegate" hint={say('form.delegateHint', 'Cán bộ cùng đơn vị hoặc thành viên Ban Giám đốc Sở.')}>
            <Field.Label>{say('form.delegate', 'Người được ủy quyền')}</Field.Label>
            <SingleSelect
              value={delegateId === null ? undefined : String(delegateId)}
              placeholder={say('form.delegatePlaceholder', 'Chọn người')}
              onChange={(value: string | number) => setDelegateId(Number(value))}
              data-testid="ew-delegation-delegate"
            >
              {(candidates.data ?? []).map((candidate) => (
                <SingleSelectOption key={candidate.id} value={String(candidate.id)}>
                  {`${candidate.name} (${candidate.email})${candidate.basis === 'leadership' ? ` · ${say('form.leadership', 'Ban Giám đốc')}` : ''}`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="ew-delegation-starts">
            <Field.Label>{say('form.startsOn', 'Từ ngày')}</Field.Label>
            <Field.Input type="date" value={startsOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setStartsOn(event.target.value)} data-testid="ew-delegation-starts" />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="ew-delegation-ends">
            <Field.Label>{say('form.endsOn', 'Đến hết ngày')}</Field.Label>
            <Field.Input type="date" value={endsOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEndsOn(event.target.value)} data-testid="ew-delegation-ends" />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="ew-delegation-note">
            <Field.Label>{say('form.note', 'Ghi chú (không bắt buộc)')}</Field.Label>
            <Field.Input value={note} maxLength={500} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNote(event.target.value)} />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex gap={3} paddingTop={3}>
        <Button type="submit" loading={isLoading} data-testid="ew-delegation-submit">
          {say('form.submit', 'Ủy quyền')}
        </Button>
        {error ? (
          <Typography textColor="danger600" role="alert" data-testid="ew-delegation-error">
            {error}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};
