import type { Notice } from '../../notifications/transition-notice';
import { vietnamTime } from '../../utils/vietnam-time';

/** What the publishers are told of the fanpage's token, in Vietnamese (in the inbox and by e-mail). */
export const TOKEN_EXPIRING_ACTION = 'fanpage-token-expiring';
export const TOKEN_INVALID_ACTION = 'fanpage-token-invalid';

const WHAT_TO_DO = 'Hãy báo quản trị viên tạo mã truy cập trang mới trên Facebook và nhập vào Cấu hình kênh đăng tải.';

export function tokenExpiringNotice(expiresAt: Date): Notice {
  return {
    action: TOKEN_EXPIRING_ACTION,
    title: 'Mã truy cập fanpage sắp hết hạn',
    lines: [
      `Mã truy cập trang (page access token) của fanpage ngành GDĐT hết hạn lúc ${vietnamTime(expiresAt)}.`,
      'Sau thời điểm đó, tin bài sẽ không được đăng lên fanpage.',
      WHAT_TO_DO,
    ],
  };
}

export function tokenInvalidNotice(): Notice {
  return {
    action: TOKEN_INVALID_ACTION,
    title: 'Mã truy cập fanpage không còn hiệu lực',
    lines: [
      'Facebook từ chối mã truy cập trang (page access token) của fanpage ngành GDĐT: mã không hợp lệ hoặc đã hết hạn.',
      'Tin bài chưa được đăng lên fanpage cho đến khi có mã mới.',
      WHAT_TO_DO,
    ],
  };
}
