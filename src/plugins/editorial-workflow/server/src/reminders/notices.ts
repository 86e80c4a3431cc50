import type { UnitRef } from '../../../shared/contracts/stats';
import type { Notice } from '../notifications/transition-notice';

/** One unit short of something, and the lines saying what. */
export interface Shortfall {
  unit: UnitRef;
  lines: string[];
}

/** Who hears of a unit's reminders: its authors, and in copy its head (Thủ trưởng đơn vị, plan III.3). */
export interface UnitPeople {
  authors: number[];
  heads: number[];
}

/** What marks the unit head's copy, in its title and first line. */
export const HEAD_COPY = 'Bản sao gửi Thủ trưởng đơn vị';

/** The last line of every reminder. */
export const SEE_STATS = 'Xem chi tiết tại trang Thống kê của Tòa soạn.';

/** A unit's block in a notice: its name and code, then its lines. */
const blockOf = ({ unit, lines }: Shortfall): string[] => [`${unit.name} (${unit.code}):`, ...lines.map((line) => `– ${line}`)];

/**
 * The notices of one reminder run: one per person, listing each of their units that is short. The
 * authors get the reminder; each unit head gets a copy of what the unit's authors were told,
 * marked as such, and told when the unit has no author to tell. A head who also writes for the
 * unit has the reminder already and gets no copy of it.
 */
export function remindersFor(
  shortfalls: Shortfall[],
  peopleOf: (unitId: number) => UnitPeople,
  { action, title }: { action: string; title: string }
): Array<{ userId: number; notice: Notice }> {
  const toAuthors = new Map<number, string[]>();
  const toHeads = new Map<number, string[]>();
  for (const shortfall of shortfalls) {
    const { authors, heads } = peopleOf(shortfall.unit.id);
    for (const userId of authors) toAuthors.set(userId, [...(toAuthors.get(userId) ?? []), ...blockOf(shortfall)]);
    const copy = authors.length > 0 ? blockOf(shortfall) : [...blockOf(shortfall), '– Đơn vị chưa có cộng tác viên trên hệ thống nên chưa ai nhận lời nhắc này.'];
    for (const userId of heads) {
      if (authors.includes(userId)) continue;
      toHeads.set(userId, [...(toHeads.get(userId) ?? []), ...copy]);
    }
  }
  return [
    ...[...toAuthors].map(([userId, lines]) => ({ userId, notice: { action, title, lines: [...lines, SEE_STATS] } })),
    ...[...toHeads].map(([userId, lines]) => ({
      userId,
      notice: {
        action,
        title: `[${HEAD_COPY}] ${title}`,
        lines: [`${HEAD_COPY}: lời nhắc dưới đây đã gửi đến cộng tác viên của đơn vị.`, ...lines, SEE_STATS],
      },
    })),
  ];
}
