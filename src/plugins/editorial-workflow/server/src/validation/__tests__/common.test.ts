import { yup } from '@strapi/utils';
import {
  UNKNOWN_FIELD,
  UNKNOWN_PARAMETER,
  assertFlatQuery,
  assertNoQuery,
  assertObjectBody,
  flag,
  pageFields,
  parseId,
  parseWith,
  positiveInteger,
  text,
} from '../common';
import { itFuzzes, itRefuses, refused } from './fakes';

const parsePage = parseWith(yup.object(pageFields).noUnknown(true, UNKNOWN_PARAMETER));
const fieldsSchema = yup
  .object({ name: text('name').max(5, 'name tối đa 5 ký tự.'), count: positiveInteger('count phải là số nguyên.', 'count phải ≥ 1.'), on: flag('on') })
  .noUnknown(true, UNKNOWN_FIELD);
const parseFields = async (body: unknown) => parseWith(fieldsSchema)(assertObjectBody(body));

describe('parseWith and the page fields', () => {
  it('casts query-string numbers and fills the defaults', async () => {
    await expect(parsePage({})).resolves.toEqual({ page: 1, pageSize: 20 });
    await expect(parsePage({ page: '3', pageSize: ' 50 ' })).resolves.toEqual({ page: 3, pageSize: 50 });
  });

  itRefuses(parsePage, [
    [{ page: 'abc' }, 'page phải là số nguyên ≥ 1.'],
    [{ page: '1.5' }, 'page phải là số nguyên ≥ 1.'],
    [{ page: '0' }, 'page phải ≥ 1.'],
    [{ pageSize: '0' }, 'pageSize phải là số nguyên từ 1 đến 100.'],
    [{ pageSize: '101' }, 'pageSize tối đa 100.'],
    [{ limit: '5' }, 'Tham số không được hỗ trợ: limit.'],
  ]);

  it('says every wrong field in Vietnamese when there are several', async () => {
    const error = await refused(parsePage, { page: '0', pageSize: 'x' }, 'page phải ≥ 1.');
    expect(error.message).toContain('page phải ≥ 1.');
    expect(error.message).toContain('pageSize phải là số nguyên từ 1 đến 100.');
    expect(error.details).toEqual({ errors: expect.arrayContaining([expect.objectContaining({ path: ['page'] }), expect.objectContaining({ path: ['pageSize'] })]) });
  });
});

describe('field helpers', () => {
  it('trim text, read numbers and flags as before', async () => {
    await expect(parseFields({ name: '  Lan ', count: '2', on: 'true' })).resolves.toEqual({ name: 'Lan', count: 2, on: true });
    await expect(parseFields({ name: 12, count: 3, on: '0' })).resolves.toEqual({ name: '12', count: 3, on: false });
  });

  itRefuses(parseFields, [
    [{ name: ['Lan'] }, 'name phải là chuỗi ký tự.'],
    [{ name: null }, 'name phải là chuỗi ký tự.'],
    [{ name: ' Hoàng Văn ' }, 'name tối đa 5 ký tự.'],
    [{ count: [3] }, 'count phải là số nguyên.'],
    [{ count: true }, 'count phải là số nguyên.'],
    [{ count: '-2' }, 'count phải ≥ 1.'],
    [{ on: 'yes' }, 'on phải là true hoặc false.'],
    [{ on: ['true'] }, 'on phải là true hoặc false.'],
  ]);

  itFuzzes(parseFields, { name: 'Lan', count: 1, on: true });
});

describe('assertFlatQuery', () => {
  it('passes single values through, and no query as none', () => {
    expect(assertFlatQuery({ unit: 'XA-A', page: '2' })).toEqual({ unit: 'XA-A', page: '2' });
    expect(assertFlatQuery(undefined)).toEqual({});
    expect(assertFlatQuery(null)).toEqual({});
  });

  itRefuses(assertFlatQuery, [
    [{ unit: { $ne: 'x' } }, 'Tham số unit phải là một giá trị đơn (a single value).'],
    [{ state: ['draft', 'returned'] }, 'Tham số state phải là một giá trị đơn (a single value).'],
    [{ page: 2 }, 'Tham số page phải là một giá trị đơn (a single value).'],
    [{ constructor: 'x', toString: 'y' }, 'Tham số không được hỗ trợ: constructor, toString.'],
    [JSON.parse('{"__proto__": "x"}'), 'Tham số không được hỗ trợ: __proto__.'],
    ['unit=XA-A', 'Tham số truy vấn phải là các cặp tên=giá trị.'],
    [['unit'], 'Tham số truy vấn phải là các cặp tên=giá trị.'],
  ]);

  itFuzzes(assertFlatQuery, { unit: 'XA-A' });
});

describe('assertNoQuery', () => {
  it('accepts no parameters and refuses any', async () => {
    expect(() => assertNoQuery({})).not.toThrow();
    expect(() => assertNoQuery(undefined)).not.toThrow();
    await refused(assertNoQuery, { page: '1', sort: 'x' }, 'Tham số không được hỗ trợ: page, sort.');
  });
});

describe('assertObjectBody', () => {
  it('passes an object of values and lists of values through', () => {
    const body = { action: 'submit', expectedVersion: 3, ids: [1, 2], all: false, comment: null };
    expect(assertObjectBody(body)).toBe(body);
  });

  const NOT_AN_OBJECT = 'Nội dung yêu cầu phải là một đối tượng JSON.';
  const NOT_A_VALUE = (field: string) => `Trường ${field} phải là một giá trị hoặc một danh sách giá trị, không phải một đối tượng.`;
  itRefuses(assertObjectBody, [
    [null, NOT_AN_OBJECT],
    ['submit', NOT_AN_OBJECT],
    [5, NOT_AN_OBJECT],
    [[], NOT_AN_OBJECT],
    [[{ action: 'submit' }], NOT_AN_OBJECT],
    [{ comment: {} }, NOT_A_VALUE('comment')],
    [{ ids: [1, { id: 2 }] }, NOT_A_VALUE('ids')],
    [{ ids: [[1]] }, NOT_A_VALUE('ids')],
    [JSON.parse('{"__proto__": {"polluted": true}}'), 'Trường không được hỗ trợ: __proto__.'],
    [{ action: 'submit', constructor: 'x' }, 'Trường không được hỗ trợ: constructor.'],
  ]);

  itFuzzes(assertObjectBody, { action: 'submit' });
});

describe('parseId', () => {
  it('reads a positive whole number, from a route parameter or a number', () => {
    expect(parseId('12')).toBe(12);
    expect(parseId(7)).toBe(7);
  });

  itRefuses(
    parseId,
    ['0', '-1', '1.5', 'abc', '', ' ', null, undefined, [12], { id: 12 }, true, NaN, Infinity].map((value): [unknown, string] => [value, 'id phải là số nguyên dương.'])
  );

  it('names the parameter', async () => {
    await refused((value) => parseId(value, 'userId'), 'x', 'userId phải là số nguyên dương.');
  });

  itFuzzes(parseId, {});
});
