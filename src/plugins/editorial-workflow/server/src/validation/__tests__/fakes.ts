import { errors } from '@strapi/utils';

/** Helpers for the parsers' tests: what a refusal says, and a small corpus of hostile inputs. */

type Parse = (input: unknown) => unknown;

/** Its own message and each field's (`details.errors`). */
const messagesOf = (error: errors.ValidationError): string[] => [
  error.message,
  ...((error.details as { errors?: Array<{ message: string }> } | undefined)?.errors ?? []).map((field) => field.message),
];

/** yup's own English wording, which must never reach a client here. */
const ENGLISH = /\bmust\b|is a required field|is invalid|cannot be null|unspecified keys|errors occurred/;

/** Parses `input` and expects a 400: a ValidationError whose message, or one of its fields', matches. */
export async function refused(parse: Parse, input: unknown, message: string | RegExp): Promise<errors.ValidationError> {
  const error = await Promise.resolve()
    .then(() => parse(input))
    .then(
      (parsed) => {
        throw new Error(`expected a refusal, got ${JSON.stringify(parsed)}`);
      },
      (reason: unknown) => reason
    );
  expect(error).toBeInstanceOf(errors.ValidationError);
  const messages = messagesOf(error as errors.ValidationError);
  expect(messages).toContainEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  expect(messages.filter((text) => ENGLISH.test(text))).toEqual([]);
  return error as errors.ValidationError;
}

/** Wrong types, lists and objects where a value belongs, a huge string, and objects that break yup's casts. */
export const HOSTILE: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['an empty string', ''],
  ['blanks', '   '],
  ['a huge string', 'x'.repeat(100_000)],
  ['control characters', '\u0000\u202e\uffff'],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['a huge number', 1e308],
  ['true', true],
  ['false', false],
  ['an empty list', []],
  ['a list of strings', ['a', 'b']],
  ['a list of one number', [3]],
  ['a list of lists', [[1]]],
  ['a list of objects', [{}]],
  ['an object', {}],
  ['a query operator', { $ne: 'x' }],
  ['an object with a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['an object whose toString is not a function', JSON.parse('{"toString": 1, "valueOf": 1}')],
  ['a list holding such an object', JSON.parse('[{"toString": 1, "valueOf": 1}]')],
  ['JSON of such a list, in a string', '[{"toString": 1, "valueOf": 1}]'],
  ['an object with a constructor key', JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')],
];

/** Keys every object inherits, which yup would look up on its own map of fields. */
const INHERITED_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** What an accepted input may come out as: values, dates and lists of them, in plain objects. */
function isPlain(value: unknown): boolean {
  if (value === null || value instanceof Date || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlain);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).every((key) => !(key in Object.prototype)) && Object.values(value).every(isPlain);
}

/**
 * Every hostile value as the whole input, in each field of `valid`, and under keys every object
 * inherits: the parser refuses with a ValidationError in Vietnamese (a 400), or accepts and returns
 * plain values; it never throws anything else (a 500), and pollutes no prototype.
 */
export async function fuzz(parse: Parse, valid: Record<string, unknown>): Promise<void> {
  const inputs: Array<[string, unknown]> = [
    ...HOSTILE.map(([name, value]): [string, unknown] => [`the input as ${name}`, value]),
    ...Object.keys(valid).flatMap((field) => HOSTILE.map(([name, value]): [string, unknown] => [`${field} as ${name}`, { ...valid, [field]: value }])),
    ...INHERITED_KEYS.flatMap((key) =>
      [JSON.stringify('x'), '1', '{"polluted": true}'].map((json): [string, unknown] => [`a key ${key}: ${json}`, { ...valid, ...JSON.parse(`{"${key}": ${json}}`) }])
    ),
  ];
  const unexpected: string[] = [];
  for (const [name, input] of inputs) {
    try {
      const parsed = await parse(input);
      if (!isPlain(parsed)) unexpected.push(`${name}: accepted as ${String(parsed)}`);
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) unexpected.push(`${name}: ${String(error)}`);
      else if (messagesOf(error).some((text) => ENGLISH.test(text))) unexpected.push(`${name}: in English: ${error.message}`);
    }
  }
  expect(unexpected).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** One test a case: `parse(input)` is refused with `message`. */
export function itRefuses(parse: Parse, cases: Array<[unknown, string | RegExp]>, title = 'refuses %j'): void {
  it.each(cases)(title, async (input, message) => {
    await refused(parse, input, message);
  });
}

/** The fuzz test of a parser, around each valid input. */
export function itFuzzes(parse: Parse, ...valid: Array<Record<string, unknown>>): void {
  it('only ever refuses with a ValidationError', async () => {
    for (const input of valid) await fuzz(parse, input);
  });
}
