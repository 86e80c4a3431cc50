/**
 * Guidance (định hướng tuyên truyền, issue 17 item 6): a note the Office sends to units, and each
 * recipient unit's first reading of it. Request and response shapes of `/guidance`.
 */

/** Who a note goes to: every unit, the units of some kinds, or units chosen one by one. */
export const GUIDANCE_AUDIENCES = ['all', 'kinds', 'units'] as const;
export type GuidanceAudience = (typeof GUIDANCE_AUDIENCES)[number];

export const GUIDANCE_AUDIENCE_LABELS: Record<GuidanceAudience, string> = {
  all: 'Tất cả đơn vị',
  kinds: 'Các đơn vị theo loại',
  units: 'Các đơn vị được chọn',
};

/** `POST /guidance`: `unitKinds` with `kinds`, `unitIds` with `units`. */
export interface GuidanceRequestBody {
  title: string;
  body: string;
  audience: GuidanceAudience;
  unitKinds?: string[];
  unitIds?: number[];
}

/** One note as a list shows it. `read` is the caller's own units' reading (members); counts for the Office. */
export interface GuidanceSummary {
  id: number;
  title: string;
  sentAt: string;
  sentByName: string | null;
  recipientCount: number;
  readCount: number;
  /** For a member: whether one of their recipient units has read it. */
  readByMyUnit?: boolean;
}

export interface GuidanceView extends GuidanceSummary {
  body: string;
  audience: GuidanceAudience;
  unitKinds: string[];
  /** Whether the caller may see the receipts and remind (plan.manage). */
  canManage: boolean;
}

export interface GuidanceReceipt {
  unitId: number;
  unitName: string;
  unitCode: string;
  unitKind: string;
  firstReadAt: string | null;
  firstReadByName: string | null;
  remindedAt: string | null;
  remindCount: number;
}

/** `GET /guidance/:id/receipts?days=N`: who read, who has not `days` days after sending. */
export interface GuidanceReceipts {
  noteId: number;
  days: number;
  /** Whether `days` days have passed since the note was sent (Vietnam time is irrelevant: a duration). */
  daysPassed: boolean;
  read: GuidanceReceipt[];
  /** Units with no reading within `days` days of sending (those still unread, and the late ones). */
  notReadInTime: GuidanceReceipt[];
  unread: GuidanceReceipt[];
}

export interface GuidanceRemindResult {
  reminded: number;
  notified: number;
}

export interface GuidanceUnitChoice {
  id: number;
  name: string;
  code: string;
  kind: string;
}
