import { firstFreeSlug, foldDiacritics, SLUG_MAX_LENGTH, slugCandidatePrefix, toSlug, withSuffix } from '../vietnamese-text';

const nfd = (text: string) => text.normalize('NFD');

describe('foldDiacritics', () => {
  it('drops tone and vowel marks and turns đ/Đ into d/D', () => {
    expect(foldDiacritics('Giáo dục Điện Biên')).toBe('Giao duc Dien Bien');
    expect(foldDiacritics('Phường Điện Biên Phủ, đường Võ Nguyên Giáp')).toBe('Phuong Dien Bien Phu, duong Vo Nguyen Giap');
    expect(foldDiacritics('ỨNG DỤNG CHUYỂN ĐỔI SỐ')).toBe('UNG DUNG CHUYEN DOI SO');
  });

  it('gives the same result for NFC and NFD input', () => {
    const title = 'Hội nghị tổng kết năm học 2025-2026 của ngành Giáo dục và Đào tạo';
    expect(nfd(title)).not.toBe(title);
    expect(foldDiacritics(nfd(title))).toBe(foldDiacritics(title));
  });
});

describe('toSlug', () => {
  it('makes a lower-case hyphenated slug from a Vietnamese title', () => {
    expect(toSlug('Giáo dục Điện Biên')).toBe('giao-duc-dien-bien');
    expect(toSlug('  Học sinh “Trường THPT Chuyên Lê Quý Đôn” đạt giải Nhất!  ')).toBe(
      'hoc-sinh-truong-thpt-chuyen-le-quy-don-dat-giai-nhat'
    );
    expect(toSlug('Đoàn - Hội - Đội: 100% ra quân')).toBe('doan-hoi-doi-100-ra-quan');
  });

  it('is the same for NFC and NFD titles', () => {
    for (const title of ['Giáo dục Điện Biên', 'Tuyên dương nhà giáo tiêu biểu', 'Mường Phăng', 'Xoá mù chữ']) {
      expect(toSlug(nfd(title))).toBe(toSlug(title.normalize('NFC')));
    }
  });

  it('drops tone marks, so tone-only different titles share a base', () => {
    expect(['ma', 'má', 'mà', 'mả', 'mã', 'mạ'].map((t) => toSlug(t))).toEqual(['ma', 'ma', 'ma', 'ma', 'ma', 'ma']);
  });

  it('bounds the length, cutting at a word boundary and never ending in a hyphen', () => {
    const title = 'Tuyến thông tin về triển khai thực hiện chủ trương hỗ trợ bữa ăn trưa cho học sinh tiểu học và trung học cơ sở ở các xã biên giới đất liền';
    const slug = toSlug(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).not.toMatch(/-$/);
    expect(toSlug(title + ' thêm')).toBe(slug);
    expect(`${toSlug(title, 1000)}-`.startsWith(`${slug}-`)).toBe(true);
    expect(toSlug('a'.repeat(200), 20)).toBe('a'.repeat(20));
  });

  it('gives an empty slug for a title with no letter or digit', () => {
    expect(toSlug('— !!! —')).toBe('');
  });
});

describe('collisions', () => {
  it('takes the first free of base, base-2, base-3…', () => {
    expect(firstFreeSlug('ma', new Set())).toBe('ma');
    expect(firstFreeSlug('ma', new Set(['ma']))).toBe('ma-2');
    expect(firstFreeSlug('ma', new Set(['ma', 'ma-2', 'ma-3']))).toBe('ma-4');
    expect(firstFreeSlug('ma', new Set(['ma', 'ma-3']))).toBe('ma-2');
  });

  it('keeps a suffixed slug within the bound, and every candidate starts with the query prefix', () => {
    const base = toSlug('Thông tin về các chương trình hợp tác đào tạo với các quốc gia Lào, Trung Quốc, Thái Lan năm 2026 và những năm tiếp theo');
    expect(base.length).toBeGreaterThan(SLUG_MAX_LENGTH - 10);
    const prefix = slugCandidatePrefix(base);
    for (const n of [2, 10, 999, 123456]) {
      const candidate = withSuffix(base, n);
      expect(candidate.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      expect(candidate.endsWith(`-${n}`)).toBe(true);
      expect(candidate.startsWith(prefix)).toBe(true);
    }
    expect(base.startsWith(prefix)).toBe(true);
  });
});
