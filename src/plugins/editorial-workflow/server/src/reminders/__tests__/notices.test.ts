import { HEAD_COPY, SEE_STATS, remindersFor, type UnitPeople } from '../notices';

const unit = (id: number, code: string) => ({ id, code, name: `Đơn vị ${code}`, kind: 'commune-culture' });

describe('reminder notices', () => {
  const people: Record<number, UnitPeople> = {
    1: { authors: [10, 11], heads: [20] },
    2: { authors: [10], heads: [20, 10] },
    3: { authors: [], heads: [21] },
  };
  const notices = remindersFor(
    [
      { unit: unit(1, 'XA-A'), lines: ['Chuyên đề: 0/1 trong tháng 2026-10'] },
      { unit: unit(2, 'XA-B'), lines: ['Tư liệu ảnh/video: 0/1 trong tháng 2026-10'] },
      { unit: unit(3, 'XA-C'), lines: ['Chuyên đề: 0/1 trong tháng 2026-10'] },
    ],
    (id) => people[id],
    { action: 'monthly-quota-reminder', title: 'Nhắc chỉ tiêu tháng 2026-10: đơn vị chưa đạt' }
  );
  const of = (userId: number) => notices.filter((n) => n.userId === userId).map((n) => n.notice);

  it('tells each author once, listing every unit of theirs that is short', () => {
    const [mine] = of(10);
    expect(of(10)).toHaveLength(1);
    expect(mine).toEqual({
      action: 'monthly-quota-reminder',
      title: 'Nhắc chỉ tiêu tháng 2026-10: đơn vị chưa đạt',
      lines: ['Đơn vị XA-A (XA-A):', '– Chuyên đề: 0/1 trong tháng 2026-10', 'Đơn vị XA-B (XA-B):', '– Tư liệu ảnh/video: 0/1 trong tháng 2026-10', SEE_STATS],
    });
    expect(of(11)[0].lines).not.toContain('Đơn vị XA-B (XA-B):');
  });

  it('sends the unit head a copy marked as such, and none of what they were told as an author', () => {
    const [copy] = of(20);
    expect(copy.title).toBe(`[${HEAD_COPY}] Nhắc chỉ tiêu tháng 2026-10: đơn vị chưa đạt`);
    expect(copy.lines[0]).toContain(HEAD_COPY);
    expect(copy.lines).toEqual(expect.arrayContaining(['Đơn vị XA-A (XA-A):', 'Đơn vị XA-B (XA-B):']));
    // Person 10 writes for XA-B and heads it: the reminder, not a copy as well.
    expect(of(10).some((notice) => notice.title.includes(HEAD_COPY))).toBe(false);
  });

  it('tells the head when the unit has no author to remind', () => {
    const [copy] = of(21);
    expect(copy.lines).toContain('– Đơn vị chưa có cộng tác viên trên hệ thống nên chưa ai nhận lời nhắc này.');
  });

  it('writes nothing when no unit is short', () => {
    expect(remindersFor([], () => ({ authors: [1], heads: [2] }), { action: 'x', title: 'y' })).toEqual([]);
  });
});
