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

const last = <T>(items: T[]): T | undefined => items[items.length - 1];

export function relationChange(value: unknown): RelationChange {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null || value === '') return { kind: 'cleared' };
  if (Array.isArray(value)) {
    const ref = toRef(last(value));
    return ref ? { kind: 'set', ref } : { kind: 'cleared' };
  }
  if (typeof value === 'object' && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const { connect, set, disconnect } = value as { connect?: unknown; set?: unknown; disconnect?: unknown };
    const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
    if (set !== undefined) {
      const ref = toRef(last(list(set)));
      return ref ? { kind: 'set', ref } : { kind: 'cleared' };
    }
    const connected = toRef(last(list(connect)));
    if (connected) return { kind: 'set', ref: connected };
    return list(disconnect).length > 0 ? { kind: 'cleared' } : { kind: 'unchanged' };
  }
  const ref = toRef(value);
  return ref ? { kind: 'set', ref } : { kind: 'cleared' };
}
