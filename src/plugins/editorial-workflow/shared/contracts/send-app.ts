import type { WorkflowAction, WorkflowState } from '../state-machine';
import type { NextStep } from './items';
import type { UnitItemReason } from './queue';

/**
 * "Gửi tin" (issue 20 item 1): the authors' phone app, served outside the admin panel at
 * SEND_APP_PATH, and its API under `/editorial-workflow/send`. The app signs in through Strapi's own
 * admin authentication and sends what the author wrote through the same Document Service, guard and
 * workflow transitions as the admin panel.
 */
export const SEND_APP_PATH = '/gui-tin';

/** The server's table of the app's client keys: one item per key, whoever replays it (send-app/drafts.ts). */
export const SEND_DRAFTS_TABLE = 'ew_send_drafts';

/** The app's JS and CSS, gzipped, stay under this (tests/send-app.test.ts measures it). */
export const SEND_APP_BUDGET_BYTES = 100 * 1024;

export const SEND_LIMITS = {
  titleMax: 300,
  summaryMax: 1000,
  paragraphsMax: 200,
  paragraphMax: 10_000,
  photosMax: 20,
  /** A client key: the app makes a random UUID per draft. */
  clientKeyPattern: /^[A-Za-z0-9-]{16,64}$/,
} as const;

/** The kinds an author writes from the phone (the official response is drafted from a concern, not here). */
export const SEND_KINDS = ['news', 'article', 'feature'] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** What the app sends to save an item (`POST /send/items` adds the client key, `PUT /send/items/:id` takes the rest). */
export interface SendItemBody {
  title: string;
  summary?: string;
  /** The text, one string per paragraph: stored as Strapi blocks. */
  paragraphs?: string[];
  /** Required on create; absent on an update: unchanged. */
  kind?: SendKind;
  /** A topic's id (the routing to a department follows it). */
  topic?: number | null;
  /** Media file ids, in order: the first is the cover. */
  photos?: number[];
  /** A video's media file id (uploaded with tus), or null. */
  video?: number | null;
  /** The unit's id; by default the author's only unit. */
  unit?: number;
}

export type SendCreateBody = SendItemBody & { clientKey: string };

/** The refusal of a replayed client key (409): the item the key made first. */
export interface SendReplayDetails {
  documentId: string;
}

export interface SendFile {
  id: number;
  url: string;
  mime: string;
}

/** An item as the app edits it (`GET /send/items/:documentId`, and the answers of save and submit). */
export interface SendItemView {
  documentId: string;
  title: string;
  summary: string;
  paragraphs: string[];
  kind: string;
  topic: number | null;
  photos: SendFile[];
  video: SendFile | null;
  unit: { id: number; name: string } | null;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  allowedActions: WorkflowAction[];
  /** Whether the author may change the text in this state. */
  editable: boolean;
  next: NextStep | null;
  lastReason: UnitItemReason | null;
}

/** The form's choices (`GET /send/options`). */
export interface SendOptions {
  me: { id: number; name: string };
  units: Array<{ id: number; name: string }>;
  kinds: Array<{ value: SendKind; label: string }>;
  topics: Array<{ id: number; code: string; title: string }>;
}
