import { vietnamDateTime } from '../vietnam-time';

describe('queue times in Vietnam time', () => {
  it('writes 08:30 02/12/2026 whatever the zone of the instant given', () => {
    expect(vietnamDateTime('2026-12-02T01:30:00Z')).toBe('08:30 02/12/2026');
    expect(vietnamDateTime('2026-12-02T08:30:00+07:00')).toBe('08:30 02/12/2026');
    // 17:05 UTC is already the next day in Vietnam.
    expect(vietnamDateTime(Date.parse('2026-12-31T17:05:00Z'))).toBe('00:05 01/01/2027');
  });
});
