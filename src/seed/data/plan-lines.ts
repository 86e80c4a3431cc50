import { TOPICS, type TopicSeed } from './topics';
import { planLineFormOf } from '../plan-line-form';

/** One line of information of the appendix (tuyến thông tin), as the seed creates it. */
export interface PlanLineSeed {
  /** `<subsection>.<n>`, n counting the subsection's bullets from 1: `III.2.3`. */
  code: string;
  text: string;
  /** `code — text`, at most 255 characters: what the relation picker shows. */
  label: string;
  form: string;
  /** The subsection's code (`III.2`). */
  topic: string;
  /** The subsection's responsible department (a unit code). */
  department?: string;
  order: number;
}

const LABEL_MAX = 255;

/** `III.2.3 — text`, cut at a word with an ellipsis when longer than the column allows. */
export function planLineLabel(code: string, text: string): string {
  const full = `${code} — ${text}`;
  if (full.length <= LABEL_MAX) return full;
  const cut = full.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_MAX - 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The bullets of a subsection's description: one line each, "- " dropped. */
export function bulletsOf(description: string): string[] {
  return description
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('-'))
    .map((line) => line.replace(/^-\s*/, '').trim())
    .filter(Boolean);
}

/**
 * The lines of the plan, derived from the topics' seed (its subsections' descriptions hold the
 * appendix's lines, one "- " bullet each), so the plan is typed in once. Numbered in order within
 * each subsection: the codes are stable as long as the appendix is.
 */
export function planLinesOf(topics: TopicSeed[] = TOPICS): PlanLineSeed[] {
  return topics.flatMap((section) =>
    (section.children ?? []).flatMap((subsection) =>
      bulletsOf(subsection.description).map((text, index) => {
        const code = `${subsection.code}.${index + 1}`;
        return { code, text, label: planLineLabel(code, text), form: planLineFormOf(text), topic: subsection.code, department: subsection.department, order: index + 1 };
      })
    )
  );
}

export const PLAN_LINES: PlanLineSeed[] = planLinesOf();
