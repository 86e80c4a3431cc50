import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useDebounce, useNotification } from '@strapi/strapi/admin';
import type { MemberRole } from '../../../shared/member-roles';
import type { NetworkUserOption } from '../../../shared/contracts/network';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useAddMembershipMutation, useSearchNetworkUsersQuery } from './api';
import { useNetworkLabels } from './labels';

/** "Thêm thành viên": an admin account found by name or e-mail, and a role that fits the unit's kind. */
export const AddMember = ({ unitId, roles }: { unitId: number; roles: MemberRole[] }) => {
  const t = useT();
  const { roleLabel } = useNetworkLabels();
  const { toggleNotification } = useNotification();
  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), 300);
  const users = useSearchNetworkUsersQuery(q, { skip: q.length < 2 });
  const [chosen, setChosen] = React.useState<NetworkUserOption | null>(null);
  const [role, setRole] = React.useState<MemberRole>(roles[0]);
  const [error, setError] = React.useState<string | null>(null);
  const [add, { isLoading }] = useAddMembershipMutation();
  const rolesKey = roles.join();
  React.useEffect(() => {
    setChosen(null);
    setSearch('');
    setRole(roles[0]);
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- another unit, not the same unit fetched again
  }, [unitId, rolesKey]);

  const submit = async () => {
    if (!chosen) return;
    setError(null);
    const answer = await add({ userId: chosen.id, unitId, role });
    if ('error' in answer) {
      setError(describeError(answer.error).message ?? t('network.error.save', 'Không lưu được. Hãy thử lại.'));
      return;
    }
    toggleNotification({ type: 'success', message: t('network.member.added', 'Đã thêm {name} với vai trò {role}.', { name: chosen.name, role: roleLabel(role) }) });
    setChosen(null);
    setSearch('');
  };

  return (
    <Box padding={4} background="neutral100" hasRadius data-testid="ew-network-add-member">
      <Typography variant="delta" tag="h3">
        {t('network.member.add', 'Thêm thành viên')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
        <Field.Root name="ew-network-user-search" hint={t('network.member.searchHint', 'Gõ ít nhất 2 ký tự của họ tên hoặc e-mail, có dấu hoặc không.')}>
          <Field.Label>{t('network.member.account', 'Tài khoản')}</Field.Label>
          <Field.Input
            data-testid="ew-network-user-search"
            value={search}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
        {q.length >= 2 && users.data ? (
          users.data.length === 0 ? (
            <Typography textColor="neutral600">{t('network.member.noUser', 'Không tìm thấy tài khoản nào.')}</Typography>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={1} role="listbox" aria-label={t('network.member.account', 'Tài khoản')}>
              {users.data.map((user) => (
                <Button
                  key={user.id}
                  role="option"
                  aria-selected={chosen?.id === user.id}
                  variant={chosen?.id === user.id ? 'secondary' : 'tertiary'}
                  size="S"
                  data-testid="ew-network-user-option"
                  onClick={() => setChosen(user)}
                >
                  {`${user.name} · ${user.email}${user.active ? '' : ` (${t('network.member.inactiveAccount', 'tài khoản đã khoá')})`}`}
                </Button>
              ))}
            </Flex>
          )
        ) : null}
        <Field.Root name="ew-network-role">
          <Field.Label>{t('network.member.role', 'Vai trò')}</Field.Label>
          <SingleSelect value={role} onChange={(value: string | number) => setRole(String(value) as MemberRole)} data-testid="ew-network-role">
            {roles.map((option) => (
              <SingleSelectOption key={option} value={option}>
                {roleLabel(option)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        <Flex justifyContent="flex-end">
          <Button size="S" disabled={!chosen} loading={isLoading} onClick={submit} data-testid="ew-network-add">
            {chosen
              ? t('network.member.addChosen', 'Thêm {name}', { name: chosen.name })
              : t('network.member.chooseFirst', 'Chọn một tài khoản')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
