import crypto from 'crypto';
import { hashOfContent, hashedContent } from '../item-content';

/** An item's draft row as loadDraft reads it. */
const rowOf = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 'Khai giảng năm học mới',
  slug: 'khai-giang-nam-hoc-moi',
  summary: 'Toàn ngành chuẩn bị khai giảng.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Học sinh đến trường.' }] }],
  kind: 'news',
  byline: null,
  channelWebsite: true,
  channelFanpage: false,
  channelPortal: false,
  channelPress: false,
  topics: [{ id: 3 }],
  unit: { id: 7 },
  cover: null,
  gallery: [],
  ...over,
});

/** The content text as the hash took it before the portal and the press existed (issue 18), written out. */
const before18 = (row: Record<string, unknown>) =>
  JSON.stringify({
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    kind: row.kind,
    byline: row.byline,
    channelWebsite: row.channelWebsite,
    channelFanpage: row.channelFanpage,
    topics: [3],
    unit: 7,
    cover: null,
    gallery: [],
  });

const v2 = (text: string) => 'v2:' + crypto.createHash('sha256').update(text).digest('hex');

describe('the approval hash and the channels', () => {
  it('hashes an item marked for neither the portal nor the press as before they existed: stored approvals stay valid', () => {
    for (const row of [rowOf(), rowOf({ channelFanpage: true }), rowOf({ channelPortal: null, channelPress: undefined })]) {
      expect(hashedContent(row)).toBe(before18(row));
      expect(hashOfContent(hashedContent(row))).toBe(v2(before18(row)));
    }
    // Pinned: the hash of this row as approvals stored it (a change to the hashed content shows here).
    expect(hashOfContent(hashedContent(rowOf()))).toBe('v2:6dbc7f96bef1e200d31ff22a178c231cb8ffbcc7227f6f7040f0dc78c0ea36f2');
  });

  it('changes the hash when the portal or the press is ticked, each apart, and returns to it when unticked', () => {
    const approved = hashOfContent(hashedContent(rowOf()));
    const portal = hashOfContent(hashedContent(rowOf({ channelPortal: true })));
    const press = hashOfContent(hashedContent(rowOf({ channelPress: true })));
    const both = hashOfContent(hashedContent(rowOf({ channelPortal: true, channelPress: true })));
    expect(new Set([approved, portal, press, both]).size).toBe(4);
    expect(hashOfContent(hashedContent(rowOf({ channelPortal: false, channelPress: false })))).toBe(approved);
  });

  it('changes the hash when the fanpage or the website changes, as before', () => {
    const approved = hashOfContent(hashedContent(rowOf()));
    expect(hashOfContent(hashedContent(rowOf({ channelFanpage: true })))).not.toBe(approved);
    expect(hashOfContent(hashedContent(rowOf({ channelWebsite: false })))).not.toBe(approved);
  });
});

describe('the snapshot diff of the channels', () => {
  // Imported here: the diff reads the same hashed content the approval hash is taken of.
  const { fieldChanges } = jest.requireActual('../../snapshots/diff') as typeof import('../../snapshots/diff');
  const names = { topics: new Map<number, string>(), units: new Map<number, string>() };

  it('shows a channel ticked after approval, by its Vietnamese label', () => {
    const before = JSON.parse(hashedContent(rowOf()));
    const after = JSON.parse(hashedContent(rowOf({ channelPress: true, channelFanpage: true })));
    expect(fieldChanges(before, after, names).map(({ field, label, before: was, after: now }) => ({ field, label, was, now }))).toEqual([
      { field: 'channelFanpage', label: 'Đăng trên fanpage', was: 'Không', now: 'Có' },
      { field: 'channelPress', label: 'Gửi báo chí', was: 'Không', now: 'Có' },
    ]);
  });
});
