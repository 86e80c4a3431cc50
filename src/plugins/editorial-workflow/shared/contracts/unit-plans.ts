/**
 * Unit plans (issue 17 item 5, the plan's III.3 duty): each unit files its own plan for the year as a
 * document; the Office sees who has filed, counted like the monthly report against a due date held as
 * data (`/editorial-workflow/unit-plan-deadlines`).
 */

/** `on-time`: first filed by the end of the due day (Vietnam time); `late`: after it; `missing`: not filed. */
export const UNIT_PLAN_STATUSES = ['on-time', 'late', 'missing'] as const;
export type UnitPlanStatus = (typeof UNIT_PLAN_STATUSES)[number];

export const UNIT_PLAN_STATUS_LABELS: Record<UnitPlanStatus, string> = {
  'on-time': 'Nộp đúng hạn',
  late: 'Nộp trễ hạn',
  missing: 'Chưa nộp',
};

/** The documents a plan may be: the archive's own rules decide by the bytes (src/media/file-signature.ts). */
export const UNIT_PLAN_MIMES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;

/** What the file picker offers. */
export const UNIT_PLAN_ACCEPT = '.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

/** One unit's row of a year. */
export interface UnitPlanRow {
  unit: { id: number; code: string; name: string; kind: string };
  status: UnitPlanStatus;
  /** Not filed and the due day is over. */
  overdue: boolean;
  file: { id: number; name: string; url: string } | null;
  firstFiledAt: string | null;
  lastFiledAt: string | null;
  filedByName: string | null;
  /** The person may file or refile this unit's plan (an author or the head of the unit). */
  canFile: boolean;
}

export interface UnitPlansView {
  year: number;
  /** The due date of the year (a Vietnam date), or null when the Office has set none. */
  dueOn: string | null;
  /** Holds plan.manage: sees every active unit, sets the due date, exports. */
  office: boolean;
  counts: { units: number; onTime: number; late: number; missing: number };
  rows: UnitPlanRow[];
}

/** The body of `POST /unit-plans`: files (or refiles) a unit's plan of a year. */
export interface FileUnitPlanBody {
  /** Needed only when the person files for several units. */
  unitId?: number;
  year: number;
  /** A file the person uploaded through the media library (`POST /upload`). */
  fileId: number;
}

export interface UnitPlanDeadline {
  year: number;
  dueOn: string;
}

/** The body of `PUT /unit-plan-deadlines/:year`. */
export interface SetDeadlineBody {
  dueOn: string;
}
