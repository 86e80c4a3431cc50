import { errors } from '@strapi/utils';

/**
 * What a relation value in Document Service `data` does to a to-one relation. Strapi accepts many
 * shapes for it (an id, a documentId, `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`,
 * `null`…); rules about required relations look at the outcome, not the shape.
 */
export type RelationRef = { id: number } | { documentId: string };

export type RelationChange =
  | { kind: 'unchanged' }
  | { kind: 'cleared' }
  | { kind: 'set'; ref: RelationRef };

/**
 * A to-one relation given more than one target. Strapi would store every link it is handed (a
 * `connect` of two units creates two rows), while each rule and the published copy read one: the
 * value is refused rather than one of its targets picked.
 */
export class SeveralTargets extends errors.ValidationError {
  constructor(field?: string) {
    const message = `${field ? `Trường "${field}"` : 'Quan hệ này'} chỉ nhận một đối tượng; không thể gắn nhiều hơn một (a to-one relation takes one target).`;
    super(message, field ? { errors: [{ path: [field], message, name: 'ValidationError' }] } : undefined);
  }
}

function toRef(value: unknown): RelationRef | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (typeof value === 'string' && value.trim() !== '') {
    return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  }
  if (value && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId !== '') return { documentId };
    if (id !== undefined) return toRef(id);
  }
  return undefined;
}

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const isOperations = (value: unknown): value is { connect?: unknown; set?: unknown; disconnect?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('connect' in value || 'set' in value || 'disconnect' in value);

/** How many targets a relation value links (what `set`, `connect` or a plain list names; a disconnect links none). */
export function targetCount(value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  if (Array.isArray(value)) return value.length;
  if (isOperations(value)) return value.set !== undefined ? list(value.set).length : list(value.connect).length;
  return 1;
}

/** The change a to-one relation value makes; a value naming several targets is a 400 (SeveralTargets). */
export function relationChange(value: unknown, field?: string): RelationChange {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null || value === '') return { kind: 'cleared' };
  if (targetCount(value) > 1) throw new SeveralTargets(field);
  if (Array.isArray(value)) {
    const ref = toRef(value[0]);
    return ref ? { kind: 'set', ref } : { kind: 'cleared' };
  }
  if (isOperations(value)) {
    const { connect, set, disconnect } = value;
    if (set !== undefined) {
      const ref = toRef(list(set)[0]);
      return ref ? { kind: 'set', ref } : { kind: 'cleared' };
    }
    const connected = toRef(list(connect)[0]);
    if (connected) return { kind: 'set', ref: connected };
    return list(disconnect).length > 0 ? { kind: 'cleared' } : { kind: 'unchanged' };
  }
  const ref = toRef(value);
  return ref ? { kind: 'set', ref } : { kind: 'cleared' };
}
