import { COMMENTER_GROUPS, COMMENT_LIMITS, type CommenterGroup } from '../../../shared/contracts/consultations';
import { FormRefusal } from '../public-forms/refusal';

/** A comment as the form posts it, once the guard has passed it. */
export interface CommentInput {
  text: string;
  group: CommenterGroup;
  commune: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

const FIELDS = ['text', 'group', 'commune', 'name', 'email', 'phone', 'consent'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 .-]{7,18}[0-9]$/;

const bad = (message: string) => new FormRefusal(400, message);

function optionalText(body: Record<string, unknown>, field: string, label: string, max: number): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw bad(`${label} phải là chuỗi ký tự.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw bad(`${label} tối đa ${max} ký tự.`);
  return trimmed || null;
}

function requiredText(body: Record<string, unknown>, field: string, label: string, max: number): string {
  const value = optionalText(body, field, label, max);
  if (!value) throw bad(`Hãy nhập ${label.toLowerCase()}.`);
  return value;
}

/**
 * An explicit parser (the guard has checked plain text, the token and the honeypot): the fields of
 * the contract's limits, a group of the list, a well-formed e-mail or phone where given, and the
 * commenter's consent, which must be `true`: without it nothing is kept.
 */
export function parseComment(body: Record<string, unknown>): CommentInput {
  const unknown = Object.keys(body).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw bad(`Trường không được hỗ trợ: ${unknown.slice(0, 5).join(', ').slice(0, 200)}.`);
  const text = requiredText(body, 'text', 'Nội dung ý kiến', COMMENT_LIMITS.text);
  if (typeof body.group !== 'string' || !(COMMENTER_GROUPS as readonly string[]).includes(body.group)) {
    throw bad(`Hãy chọn bạn là ai (${COMMENTER_GROUPS.join(', ')}).`);
  }
  const commune = requiredText(body, 'commune', 'Xã, phường', COMMENT_LIMITS.commune);
  const name = optionalText(body, 'name', 'Họ tên', COMMENT_LIMITS.name);
  const email = optionalText(body, 'email', 'Thư điện tử', COMMENT_LIMITS.email);
  if (email && !EMAIL.test(email)) throw bad('Thư điện tử không đúng dạng (ví dụ: ten@example.com).');
  const phone = optionalText(body, 'phone', 'Số điện thoại', COMMENT_LIMITS.phone);
  if (phone && !PHONE.test(phone)) throw bad('Số điện thoại không đúng dạng.');
  if (body.consent !== true) throw bad('Hãy đánh dấu đồng ý cho Sở xử lý thông tin của bạn theo mục đích đã nêu.');
  return { text, group: body.group as CommenterGroup, commune, name, email, phone };
}
