import { COMMENTER_GROUPS, COMMENT_STANCES, type CommentStance, type CommentStatus, type CommenterGroup } from '../../../shared/contracts/consultations';
import type { FeedbackFigures } from '../../../shared/contracts/feedback';

/** What the counts read of a comment. */
export interface CountedComment {
  group: CommenterGroup;
  commune: string;
  status: CommentStatus;
  stance: CommentStance | null;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** One way of writing a commune: "Xã  Thanh Nưa" and "xã thanh nưa" are one place. */
const communeKey = (commune: string) => commune.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * The summary's counts: by group, commune and stance. A duplicate merged into another comment is
 * not counted (its original is): the same opinion sent twice is one opinion.
 */
export function countFeedback(comments: CountedComment[]): FeedbackFigures {
  const counted = comments.filter((comment) => comment.status !== 'merged');
  const byGroup = zeros(COMMENTER_GROUPS);
  const byStance = zeros(COMMENT_STANCES);
  const communes = new Map<string, { commune: string; count: number }>();
  let unclassified = 0;
  for (const comment of counted) {
    byGroup[comment.group] += 1;
    if (comment.stance) byStance[comment.stance] += 1;
    else unclassified += 1;
    const key = communeKey(comment.commune);
    const entry = communes.get(key) ?? { commune: comment.commune.trim().replace(/\s+/g, ' '), count: 0 };
    entry.count += 1;
    communes.set(key, entry);
  }
  const byCommune = [...communes.values()].sort((a, b) => b.count - a.count || a.commune.localeCompare(b.commune, 'vi'));
  return { total: counted.length, byGroup, byStance, unclassified, byCommune };
}
