import type { Core } from '@strapi/strapi';
import { UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import { UNIT } from '../../../shared/uids';
import { fold, matchesQuery, queryWords } from './fold';
import { asBoolean, tableOf } from './tables';

export interface UnitListRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  contactName: string | null;
  contactPosition: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

/**
 * Folded search keys by their text: a unit's code and name change rarely, and folding (NFD, marks
 * dropped) is most of a search's time. Bounded: cleared when it outgrows a country's units.
 */
const foldedKeys = new Map<string, string>();
const MAX_KEYS = 50_000;
function searchKeyOf(code: string, name: string): string {
  const text = `${code} ${name}`;
  let key = foldedKeys.get(text);
  if (key === undefined) {
    if (foldedKeys.size >= MAX_KEYS) foldedKeys.clear();
    key = fold(text);
    foldedKeys.set(text, key);
  }
  return key;
}

const KIND_ORDER = new Map<string, number>(UNIT_KINDS.map((kind, index) => [kind, index]));
const collator = new Intl.Collator('vi');

/**
 * The units matching a search, departments first, then by name in Vietnamese order. One query of
 * the few columns a list shows; the diacritic-folded match is done here, as neither SQLite nor a
 * plain PostgreSQL (no `unaccent`) folds Vietnamese: a province's 600 units are a few milliseconds
 * (tests/network.test.ts prints the time), a country's 20,000 some tens.
 */
export async function searchUnits(strapi: Core.Strapi, { q, kind }: { q?: string; kind?: UnitKind }): Promise<UnitListRow[]> {
  const units = tableOf(strapi, UNIT);
  const c = units.column;
  let query = strapi.db
    .connection(units.name)
    .select({
      id: c('id'),
      code: c('code'),
      name: c('name'),
      kind: c('kind'),
      active: c('active'),
      contactName: c('contactName'),
      contactPosition: c('contactPosition'),
      contactPhone: c('contactPhone'),
      contactEmail: c('contactEmail'),
    });
  if (kind) query = query.where(c('kind'), kind);
  const rows: Array<Record<string, unknown>> = await query;
  const words = queryWords(q);
  const found: UnitListRow[] = [];
  for (const row of rows) {
    if (words.length > 0 && !matchesQuery(searchKeyOf(String(row.code), String(row.name)), words)) continue;
    found.push({
      id: Number(row.id),
      code: String(row.code),
      name: String(row.name),
      kind: row.kind as UnitKind,
      active: asBoolean(row.active),
      contactName: (row.contactName as string | null) ?? null,
      contactPosition: (row.contactPosition as string | null) ?? null,
      contactPhone: (row.contactPhone as string | null) ?? null,
      contactEmail: (row.contactEmail as string | null) ?? null,
    });
  }
  return found.sort((a, b) => (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9) || collator.compare(a.name, b.name) || a.id - b.id);
}

/** One page of a list, and where it is. */
export function pageOf<T>(rows: T[], page: number, pageSize: number) {
  const total = rows.length;
  return {
    results: rows.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
  };
}
