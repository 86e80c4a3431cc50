import { useIntl } from 'react-intl';
import { MEMBER_ROLE_LABELS, type MemberRole } from '../../../shared/member-roles';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import { getTranslation } from '../utils/getTranslation';

export { UNIT_KINDS };

/** Unit kinds and membership roles in the panel's language; the Vietnamese defaults are the shared labels. */
export function useNetworkLabels() {
  const { formatMessage } = useIntl();
  return {
    kindLabel: (kind: string) =>
      formatMessage({ id: getTranslation(`network.kind.${kind}`), defaultMessage: UNIT_KIND_LABELS[kind as UnitKind] ?? kind }),
    roleLabel: (role: MemberRole) => formatMessage({ id: getTranslation(`network.role.${role}`), defaultMessage: MEMBER_ROLE_LABELS[role] ?? role }),
  };
}
