import { CONCERN_CHANNEL_LABELS, CONCERN_SEVERITY_LABELS, CONCERN_STATUS_LABELS, type ConcernChannel, type ConcernSeverity, type ConcernStatus } from '../../../shared/contracts/concerns';
import type { Notice } from '../notifications/transition-notice';
import { vietnamTime } from '../utils/vietnam-time';

export interface AlarmFacts {
  id: number;
  title: string;
  severity: ConcernSeverity;
  channel: ConcernChannel;
  filingUnitName: string;
  departmentName: string | null;
  firstSeenAt: Date | string;
}

const QUOTE_MAX = 500;
const quoted = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);

const factsOf = (facts: AlarmFacts) => [
  `Mức độ: ${CONCERN_SEVERITY_LABELS[facts.severity]}.`,
  `Đơn vị báo: ${facts.filingUnitName}. Phòng phụ trách: ${facts.departmentName ?? 'chưa phân công'}.`,
  `Phát hiện qua ${CONCERN_CHANNEL_LABELS[facts.channel].toLowerCase()} lúc ${vietnamTime(facts.firstSeenAt)}.`,
  'Xem và xử lý ở trang "Dư luận & sự cố" của Tòa soạn.',
];

/** Filed at, or raised to, sự cố or khủng hoảng: the Office, the department's heads and the leadership are told at once. */
export function alarmNotice(facts: AlarmFacts, raisedBy: { name: string; from: ConcernSeverity | null }, description: string): Notice {
  const level = CONCERN_SEVERITY_LABELS[facts.severity].toUpperCase();
  const how = raisedBy.from
    ? `${raisedBy.name} nâng mức độ từ "${CONCERN_SEVERITY_LABELS[raisedBy.from]}" lên "${CONCERN_SEVERITY_LABELS[facts.severity]}".`
    : `${raisedBy.name} báo một vấn đề ở mức "${CONCERN_SEVERITY_LABELS[facts.severity]}".`;
  return {
    action: 'concern-alarm',
    title: `[${level}] Vấn đề dư luận: “${facts.title}”`,
    lines: [how, ...factsOf(facts), quoted(description)],
  };
}

/** Past its response time and still not handled: the leadership is told, once. */
export function overdueNotice(facts: AlarmFacts & { status: ConcernStatus; dueAt: Date }, hours: number): Notice {
  return {
    action: 'concern-overdue',
    title: `Quá hạn xử lý vấn đề dư luận: “${facts.title}”`,
    lines: [
      `Vấn đề “${facts.title}” đã quá thời hạn xử lý ${hours} giờ của mức "${CONCERN_SEVERITY_LABELS[facts.severity]}" (hạn ${vietnamTime(facts.dueAt)}) và vẫn ở trạng thái "${CONCERN_STATUS_LABELS[facts.status]}".`,
      ...factsOf(facts),
    ],
  };
}
