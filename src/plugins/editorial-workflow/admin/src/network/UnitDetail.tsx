import * as React from 'react';
import { Alert, Badge, Box, Button, Dialog, Flex, Loader, Typography } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { NO_MEMBERSHIP_LEFT, type NetworkMember } from '../../../shared/contracts/network';
import type { MemberRole } from '../../../shared/member-roles';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useEndMembershipMutation, useGetNetworkUnitQuery } from './api';
import { AddMember } from './AddMember';
import { ContactForm } from './ContactForm';
import { useNetworkLabels } from './labels';
import { useNetworkPermissions } from './usePermissions';

/** The groups of members a unit shows, in this order; a department also has editors, heads and the publisher. */
const GROUPS: Array<{ roles: MemberRole[]; id: string; title: string }> = [
  { roles: ['unit-head', 'head'], id: 'network.group.heads', title: 'Thủ trưởng / Trưởng phòng' },
  { roles: ['author'], id: 'network.group.authors', title: 'Cộng tác viên' },
  { roles: ['editor'], id: 'network.group.editors', title: 'Biên tập viên' },
  { roles: ['publisher'], id: 'network.group.publishers', title: 'Chuyên viên đăng tải (QLCL)' },
];

/** A unit: its contact official, its head, its authors, and for a department its editors and heads. */
export const UnitDetail = ({ unitId }: { unitId: number }) => {
  const t = useT();
  const { kindLabel, roleLabel } = useNetworkLabels();
  const can = useNetworkPermissions();
  const { data: unit, error, isLoading } = useGetNetworkUnitQuery(unitId);
  const [endMembership] = useEndMembershipMutation();
  const [warning, setWarning] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  React.useEffect(() => {
    setWarning(null);
    setFailure(null);
  }, [unitId]);

  if (isLoading) return <Loader>{t('network.loading', 'Đang tải…')}</Loader>;
  if (error || !unit) {
    return (
      <Typography textColor="danger600" role="alert">
        {describeError(error).message ?? t('network.error.load', 'Không tải được dữ liệu. Hãy thử lại.')}
      </Typography>
    );
  }

  const end = async (member: NetworkMember) => {
    setWarning(null);
    setFailure(null);
    const answer = await endMembership({ membershipId: member.membershipId, unitId: unit.id });
    if ('error' in answer) {
      setFailure(describeError(answer.error).message ?? t('network.error.save', 'Không lưu được. Hãy thử lại.'));
      return;
    }
    if (answer.data.remainingMemberships === 0) {
      setWarning(`${member.name} (${member.email}): ${t('network.member.noMembershipLeft', NO_MEMBERSHIP_LEFT)}`);
    }
  };

  const columns: Array<Column<NetworkMember>> = [
    {
      key: 'name',
      header: t('network.member.name', 'Họ tên'),
      cell: (member) => (
        <Flex gap={2} wrap="wrap">
          <Typography fontWeight="semiBold">{member.name}</Typography>
          {member.position ? <Typography textColor="neutral600">{member.position}</Typography> : null}
          {member.active ? null : <Badge>{t('network.member.inactiveAccount', 'tài khoản đã khoá')}</Badge>}
        </Flex>
      ),
    },
    { key: 'role', header: t('network.member.role', 'Vai trò'), cell: (member) => <Typography>{roleLabel(member.role)}</Typography> },
    { key: 'phone', header: t('network.contact.phone', 'Điện thoại'), cell: (member) => <Typography>{member.phone ?? ''}</Typography> },
    { key: 'email', header: t('network.contact.email', 'E-mail'), cell: (member) => <Typography>{member.email}</Typography> },
    ...(can.manageMemberships
      ? [
          {
            key: 'end',
            header: '',
            cell: (member: NetworkMember) => (
              <Dialog.Root>
                <Dialog.Trigger>
                  <Button variant="danger-light" size="S" data-testid="ew-network-end">
                    {t('network.member.end', 'Kết thúc')}
                  </Button>
                </Dialog.Trigger>
                <ConfirmDialog title={t('network.member.endTitle', 'Kết thúc thành viên')} onConfirm={() => end(member)}>
                  {[
                    t('network.member.endConfirm', 'Kết thúc vai trò {role} của {name} tại {unit}? Tin bài và lịch sử của người này vẫn được giữ nguyên.', {
                      role: roleLabel(member.role),
                      name: member.name,
                      unit: unit.name,
                    }),
                    member.membershipCount <= 1 ? ` ${t('network.member.lastMembership', 'Đây là đơn vị cuối cùng của tài khoản này: sau đó tài khoản không thể thao tác trong quy trình.')}` : '',
                  ].join('')}
                </ConfirmDialog>
              </Dialog.Root>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="ew-network-unit" data-unit={unit.code}>
      <Box>
        <Typography variant="beta" tag="h2">
          {unit.name}
        </Typography>
        <Typography textColor="neutral600" tag="p">
          {`${unit.code} · ${kindLabel(unit.kind)}${unit.defaultDepartment ? ` · ${t('network.unit.defaultDepartment', 'Phòng phụ trách mặc định')}: ${unit.defaultDepartment.name}` : ''}`}
          {unit.active ? '' : ` · ${t('network.unit.inactive', 'Đã ngừng hoạt động')}`}
        </Typography>
      </Box>

      {warning ? (
        <Alert variant="warning" title={t('network.member.ended', 'Đã kết thúc thành viên')} onClose={() => setWarning(null)} closeLabel={t('network.close', 'Đóng')} data-testid="ew-network-warning">
          {warning}
        </Alert>
      ) : null}
      {failure ? (
        <Typography textColor="danger600" role="alert">
          {failure}
        </Typography>
      ) : null}

      <Box>
        <Typography variant="delta" tag="h3">
          {t('network.contact.title', 'Đầu mối truyền thông')}
        </Typography>
        <Box paddingTop={2}>
          <ContactForm unitId={unit.id} contact={unit} editable={can.manageNetwork} />
        </Box>
      </Box>

      {GROUPS.map((group) => {
        const members = unit.members.filter((member) => group.roles.includes(member.role));
        // An empty group shows only where it belongs: the publisher is Phòng QLCL's.
        const offered = group.roles.some((role) => unit.rolesAllowed.includes(role)) && (group.id !== 'network.group.publishers' || unit.code === 'SGD-QLCL');
        if (members.length === 0 && !offered) return null;
        return (
          <Box key={group.id} data-testid={`ew-network-group-${group.id.split('.').pop()}`}>
            <Typography variant="delta" tag="h3">
              {`${t(group.id, group.title)} (${members.length})`}
            </Typography>
            <Box paddingTop={2}>
              {members.length === 0 ? (
                <Typography textColor="neutral600">{t('network.none', '(chưa có)')}</Typography>
              ) : (
                <SimpleTable columns={columns} rows={members} rowKey={(member) => member.membershipId} rowProps={() => ({ 'data-testid': 'ew-network-member' })} />
              )}
            </Box>
          </Box>
        );
      })}

      {can.manageMemberships ? (
        unit.active ? (
          <AddMember unitId={unit.id} roles={unit.rolesAllowed} />
        ) : (
          <Typography textColor="neutral600">{t('network.unit.inactiveNoMember', 'Đơn vị đã ngừng hoạt động: không thể thêm thành viên.')}</Typography>
        )
      ) : null}
    </Flex>
  );
};
