import type { CommentStatus } from '../../../shared/contracts/consultations';

/** The badge of a comment's status in the queue. */
export const STATUS_VARIANT: Record<CommentStatus, 'secondary' | 'warning' | 'neutral' | 'success'> = {
  received: 'warning',
  classified: 'secondary',
  merged: 'neutral',
  answered: 'success',
};

/** An instant in Vietnam time, as the Sở reads it. */
export const vietnamTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
