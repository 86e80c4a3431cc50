/**
 * Items linked to a concern (issue 15): the Sở's answer to what the public says. An item linked to a
 * current concern is a response to it (the official response, phản hồi chính thức / thông cáo, or any
 * item that answers it); one linked to a forecast is planned coverage. The time from filing the
 * concern to the first response online is what the leadership reads on a bad day. Internal: never in
 * the public API. The shapes of `/editorial-workflow/concerns/:id/links`.
 */
import type { WorkflowState } from '../state-machine';

export const LINK_PURPOSES = ['response', 'coverage'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];
export const LINK_PURPOSE_LABELS: Record<LinkPurpose, string> = {
  response: 'Phản hồi',
  coverage: 'Tin bài dự kiến đưa',
};

/** The item kind of the official response, as the item form names it. */
export const RESPONSE_KIND_LABEL = 'Phản hồi chính thức / thông cáo';

export interface ConcernLinkView {
  itemDocumentId: string;
  title: string;
  kind: string;
  state: WorkflowState;
  stateLabel: string;
  unitName: string | null;
  purpose: LinkPurpose;
  linkedBy: string;
  linkedAt: string;
  /** When it first went online; null while it has not. */
  firstPublishedAt: string | null;
}

export interface ConcernLinks {
  links: ConcernLinkView[];
  /** When the concern entered the register. */
  filedAt: string;
  /** When its first response went online, and how many minutes after the filing; null while none has. */
  firstResponseAt: string | null;
  responseMinutes: number | null;
  /** The caller may link items (those who work on the concern). */
  canLink: boolean;
  /** The caller may draft the official response (an author of the Office), for a current concern. */
  canDraftResponse: boolean;
}

/** `POST /concerns/:id/links` */
export interface LinkItemBody {
  itemDocumentId: string;
}

/** `POST /concerns/:id/response`: the new draft, to open in the item form. */
export interface ResponseDraft {
  itemDocumentId: string;
}

/** `GET /concerns/link-candidates?q=`: items the caller sees whose title matches. */
export interface LinkCandidate {
  documentId: string;
  title: string;
  stateLabel: string;
  unitName: string | null;
}

/** "3 giờ 20 phút", "2 ngày 4 giờ": a response time as the desk shows it. */
export function formatResponseTime(minutes: number): string {
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} ngày` : '', hours ? `${hours} giờ` : '', !days && (rest || !hours) ? `${rest} phút` : ''];
  return parts.filter(Boolean).join(' ');
}
