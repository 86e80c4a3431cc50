/** Every key anywhere in a JSON value: leak probes look for private field names in it. */
export function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      keysIn(v, into);
    }
  }
  return into;
}
