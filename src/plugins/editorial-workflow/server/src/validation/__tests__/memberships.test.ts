import { parseMembership, parseMembershipFilter } from '../memberships';
import { itFuzzes, itRefuses, refused } from './fakes';

describe('parseMembership', () => {
  it('reads a person, a unit and a role, casting ids', async () => {
    await expect(parseMembership({ userId: 4, unitId: 7, role: 'unit-head' })).resolves.toEqual({ userId: 4, unitId: 7, role: 'unit-head' });
    await expect(parseMembership({ userId: '4', unitId: 7, role: 'author' })).resolves.toEqual({ userId: 4, unitId: 7, role: 'author' });
  });

  itRefuses(parseMembership, [
    [{ unitId: 7, role: 'author' }, 'Thiếu userId (tài khoản quản trị).'],
    [{ userId: 4, role: 'author' }, 'Thiếu unitId (đơn vị).'],
    [{ userId: 4, unitId: 7 }, 'Thiếu role.'],
    [{ userId: 4, unitId: 7, role: 'admin' }, 'role phải là một trong: author, editor, head, publisher, unit-head.'],
    [{ userId: 'Lan', unitId: 7, role: 'author' }, 'userId phải là số.'],
    [{ userId: [4], unitId: 7, role: 'author' }, 'userId phải là số.'],
    [{ userId: 4, unitId: 0, role: 'author' }, 'unitId phải là số nguyên dương.'],
    [{ userId: 4, unitId: 7.5, role: 'author' }, 'unitId phải là số.'],
    [{ userId: 4, unitId: 7, role: 'author', note: 'x' }, 'Trường không được hỗ trợ: note.'],
    [{ userId: { $gt: 0 }, unitId: 7, role: 'author' }, 'Trường userId phải là một giá trị hoặc một danh sách giá trị, không phải một đối tượng.'],
  ]);

  it('names every missing field of an empty body', async () => {
    const error = await refused(parseMembership, undefined, 'Thiếu role.');
    expect(error.message).toContain('Thiếu userId (tài khoản quản trị).');
    expect(error.message).toContain('Thiếu unitId (đơn vị).');
  });

  itFuzzes(parseMembership, { userId: 4, unitId: 7, role: 'head' });
});

describe('parseMembershipFilter', () => {
  it('reads any of the three filters', async () => {
    await expect(parseMembershipFilter({})).resolves.toEqual({});
    await expect(parseMembershipFilter({ unitId: '7', role: 'editor' })).resolves.toEqual({ unitId: 7, role: 'editor' });
  });

  itRefuses(parseMembershipFilter, [
    [{ userId: 'me' }, 'userId phải là số.'],
    [{ role: 'admin' }, 'role phải là một trong: author, editor, head, publisher, unit-head.'],
    [{ unitId: ['7'] }, 'Tham số unitId phải là một giá trị đơn (a single value).'],
    [{ unit: '7' }, 'Tham số không được hỗ trợ: unit.'],
  ]);

  itFuzzes(parseMembershipFilter, { userId: '4', unitId: '7', role: 'author' });
});
