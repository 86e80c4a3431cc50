import { ACTION_LABELS, type ActingRole, type WorkflowAction } from '../../../shared/state-machine';

/** Who holds a role for one item, in the words of a refusal ("Chỉ … mới được …"). */
const ROLE_OWNERS: Record<ActingRole, string> = {
  author: 'cộng tác viên của đơn vị viết bài',
  editor: 'biên tập viên của phòng chuyên môn được giao',
  head: 'Trưởng phòng chuyên môn được giao',
  publisher: 'chuyên viên Phòng Quản lý Chất lượng',
  leadership: 'Lãnh đạo Sở',
};

/** The 403 message of an action reserved to another role. */
export const reservedTo = (role: ActingRole, action: WorkflowAction): string =>
  `Chỉ ${ROLE_OWNERS[role]} mới được "${ACTION_LABELS[action]}" tin bài này.`;

/** The 409 message of an action the item's state does not allow. */
export const notNow = (action: WorkflowAction): string => `Không thể "${ACTION_LABELS[action]}" (${action}) ở trạng thái này.`;

export const CHANGED_SINCE_APPROVAL = 'Nội dung đã thay đổi sau khi được duyệt; tin bài phải được duyệt lại.';
