/**
 * The import of people ("Nhập danh sách cán bộ"): `POST /editorial-workflow/network/people-import`
 * (permission `network.manage`) takes the CSV text of a file and answers what the import did, or
 * with `dryRun` what it would do. `npm run import:people -- FILE.csv [--dry-run]` prints the same report.
 */

/** The columns of a people file, in any order; the header names them (case, spaces, `-` and `_` do not matter). */
export const PEOPLE_IMPORT_COLUMNS = ['email', 'fullName', 'phone', 'unitCode', 'role', 'active'] as const;
export type PeopleImportColumn = (typeof PEOPLE_IMPORT_COLUMNS)[number];

/** The roles a line may give: the unit membership roles, and the Sở's leadership (an admin role, no unit). */
export const PEOPLE_IMPORT_ROLES = ['author', 'editor', 'head', 'publisher', 'unit-head', 'leader'] as const;
export type PeopleImportRole = (typeof PEOPLE_IMPORT_ROLES)[number];

/**
 * The largest file the endpoint takes, in bytes of its UTF-8 text. The app's JSON bodies stop at
 * 1 MB (koa-body's default, for every admin route); this leaves room for the JSON escaping of the
 * CSV. About 7,000 lines; a larger file goes through `npm run import:people`.
 */
export const PEOPLE_IMPORT_MAX_BYTES = 900 * 1024;

/** The body of `POST /network/people-import`. */
export interface PeopleImportRequest {
  /** The file's text (UTF-8; a byte-order mark is fine), header line first. */
  csv: string;
  /** true: check everything and say what would change, write nothing. */
  dryRun?: boolean;
}

/** A line that was refused (nothing of it was written), with every reason. */
export interface PeopleImportRefusal {
  /** The line of the file (the header is line 1). */
  line: number;
  email: string | null;
  reasons: string[];
}

/** What one line did (or, in a dry run, would do): only lines that change something are listed. */
export interface PeopleImportChange {
  line: number;
  email: string;
  /** `created`: this line creates the account (and sends the invitation); `updated`: it changes an existing one. */
  outcome: 'created' | 'updated';
  /** Each change in one Vietnamese phrase ("cấp vai trò Cộng tác viên tại XA-A", "số điện thoại 09… → 09…"). */
  changes: string[];
}

export interface PeopleImportReport {
  dryRun: boolean;
  /** Lines read after the header (blank lines are not lines). */
  lines: number;
  /** Lines by what they did: created + updated + unchanged + refused = lines. */
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  refusedLines: PeopleImportRefusal[];
  changes: PeopleImportChange[];
  /** What the whole file changed (or would change). */
  totals: {
    accountsCreated: number;
    accountsUpdated: number;
    invitations: number;
    adminRolesGranted: number;
    adminRolesRemoved: number;
    membershipsGranted: number;
    membershipsEnded: number;
  };
  /** Seconds the import took. */
  seconds: number;
}

export interface PeopleImportResponse {
  data: PeopleImportReport;
}
