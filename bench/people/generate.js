// A province's network as CSV files, for the people-import benchmark (run.js) and its test
// (tests/people-import.test.ts): `units` units of every kind but department (the Sở's departments
// come from the reference data), and two lines per unit in the people file: its author (cộng tác
// viên) and its head (Thủ trưởng). The first `sharedHeads` units are small: one person is both,
// on two lines. Names are Vietnamese, e-mails and phones unique and deterministic.

const UNIT_MIX = [
  { kind: 'commune-culture', share: 0.4, prefix: 'XA', name: 'Phòng Văn hoá - Xã hội xã' },
  { kind: 'school', share: 0.45, prefix: 'TH', name: 'Trường Tiểu học' },
  { kind: 'affiliated', share: 0.1, prefix: 'TT', name: 'Trường THPT' },
  { kind: 'association', share: 0.05, prefix: 'CH', name: 'Chi hội' },
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lò', 'Lường', 'Quàng', 'Giàng', 'Mùa'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quang', 'A', 'Seo', 'Ngọc'];
const GIVEN = ['Nam', 'Hoa', 'Mai', 'Long', 'Lan', 'Cường', 'Hương', 'Tùng', 'Páo', 'Dung', 'Hải', 'Yến', 'Phử', 'Thảo', 'Khoa'];

/** @param {number} count @returns {{ csv: string, units: Array<{ code: string, name: string, kind: string }> }} */
function unitsFile(count) {
  /** @type {Array<{ code: string, name: string, kind: string }>} */
  const units = [];
  let made = 0;
  UNIT_MIX.forEach((mix, index) => {
    const n = index === UNIT_MIX.length - 1 ? count - made : Math.round(count * mix.share);
    for (let i = 1; i <= n; i += 1) units.push({ code: `${mix.prefix}-${String(i).padStart(4, '0')}`, name: `${mix.name} số ${i}`, kind: mix.kind });
    made += n;
  });
  const csv = ['code,name,kind,defaultDepartment,contactEmail,active', ...units.map((u) => `${u.code},${u.name},${u.kind},SGD-GDPT,,true`)].join('\n');
  return { csv: `${csv}\n`, units };
}

/** @param {number} i */
const nameOf = (i) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
/** @param {string} prefix @param {number} i */
const phoneOf = (prefix, i) => `${prefix}${String(i).padStart(8, '0')}`;

/**
 * @param {Array<{ code: string }>} units
 * @param {{ sharedHeads?: number, domain?: string }} [options]
 * @returns {{ csv: string, lines: number, people: number, author: (i: number) => string, head: (i: number) => string }}
 */
function peopleFile(units, { sharedHeads = 100, domain = 'people.test' } = {}) {
  const author = (/** @type {number} */ i) => `ctv${i + 1}@${domain}`;
  const head = (/** @type {number} */ i) => (i < sharedHeads ? author(i) : `thutruong${i + 1}@${domain}`);
  const rows = ['email,fullName,phone,unitCode,role,active'];
  units.forEach((unit, i) => {
    rows.push(`${author(i)},${nameOf(i)},${phoneOf('09', i)},${unit.code},author,true`);
    const shared = i < sharedHeads;
    rows.push(`${head(i)},${shared ? nameOf(i) : nameOf(i + 5000)},${shared ? phoneOf('09', i) : phoneOf('08', i)},${unit.code},unit-head,true`);
  });
  return { csv: `${rows.join('\n')}\n`, lines: rows.length - 1, people: 2 * units.length - Math.min(sharedHeads, units.length), author, head };
}

module.exports = { unitsFile, peopleFile, nameOf };
