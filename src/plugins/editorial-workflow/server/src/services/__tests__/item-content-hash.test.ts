import crypto from 'crypto';
import { hashOfContent, hashedContent, previousContentHash } from '../item-content';

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
  videoLinks: null,
  documents: [],
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

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const v2 = (text: string) => 'v2:' + sha(text);
/** The v3 content text written out: the v2 one with the video links and the documents after it. */
const v3Text = (v2Text: string, videoLinks: unknown[], documents: unknown[]) => JSON.stringify({ ...JSON.parse(v2Text), videoLinks, documents });

describe('the approval hash and the channels', () => {
  it('hashes an item marked for neither the portal nor the press under v2 as before they existed: stored approvals stay valid', () => {
    for (const row of [rowOf(), rowOf({ channelFanpage: true }), rowOf({ channelPortal: null, channelPress: undefined })]) {
      expect(previousContentHash(row)).toBe(v2(before18(row)));
      expect(hashedContent(row)).toBe(v3Text(before18(row), [], []));
    }
    // Pinned: the v2 hash of this row as approvals stored it (the start-up upgrade recognises them by it).
    expect(previousContentHash(rowOf())).toBe('v2:6dbc7f96bef1e200d31ff22a178c231cb8ffbcc7227f6f7040f0dc78c0ea36f2');
    // Pinned: its v3 hash (a change to the hashed content shows here, and needs a new version).
    expect(hashOfContent(hashedContent(rowOf()))).toBe('v3:' + sha(v3Text(before18(rowOf()), [], [])));
    expect(hashOfContent(hashedContent(rowOf()))).toMatch(/^v3:[0-9a-f]{64}$/);
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

/** A document file as loadDraft reads it (HASHED_FILE_FIELDS). */
const doc = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  url: `/uploads/van_ban_${id}.pdf`,
  alternativeText: null,
  caption: null,
  name: `van-ban-${id}.pdf`,
  mime: 'application/pdf',
  width: null,
  height: null,
  provider_metadata: { contentSha256: `${id}`.padStart(64, 'a') },
  ...over,
});
const hashOf = (over: Record<string, unknown>) => hashOfContent(hashedContent(rowOf(over)));
const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const FACEBOOK = 'https://www.facebook.com/watch/?v=1234567890123';

describe('the approval hash and the video links (v3)', () => {
  it('reads each link as its provider and video id, in order', () => {
    expect(JSON.parse(hashedContent(rowOf({ videoLinks: [YOUTUBE, FACEBOOK] }))).videoLinks).toEqual([
      { provider: 'youtube', id: 'dQw4w9WgXcQ' },
      { provider: 'facebook', id: '1234567890123' },
    ]);
  });

  it('changes the hash when a link is added, removed, replaced by another video, or the order changes', () => {
    const approved = hashOf({ videoLinks: [YOUTUBE, FACEBOOK] });
    const variants = [
      hashOf({ videoLinks: [YOUTUBE, FACEBOOK, 'https://www.youtube.com/watch?v=aaaaaaaaaaa'] }),
      hashOf({ videoLinks: [YOUTUBE] }),
      hashOf({ videoLinks: null }),
      hashOf({ videoLinks: [YOUTUBE, 'https://www.facebook.com/watch/?v=1234567890124'] }),
      hashOf({ videoLinks: [FACEBOOK, YOUTUBE] }),
    ];
    expect(new Set([approved, ...variants]).size).toBe(variants.length + 1);
  });

  it('keeps the hash for another address of the same video, and for no links however stored', () => {
    expect(hashOf({ videoLinks: ['https://youtu.be/dQw4w9WgXcQ?si=chiase'] })).toBe(hashOf({ videoLinks: [YOUTUBE] }));
    expect(new Set([hashOf({ videoLinks: null }), hashOf({ videoLinks: [] }), hashOf({ videoLinks: undefined })]).size).toBe(1);
  });

  it('counts a stored value that reads as no video as it is (written past the rules): changing it changes the hash', () => {
    const odd = hashOf({ videoLinks: ['https://vimeo.com/1'] });
    expect(odd).not.toBe(hashOf({ videoLinks: null }));
    expect(odd).not.toBe(hashOf({ videoLinks: ['https://vimeo.com/2'] }));
    expect(hashOf({ videoLinks: { url: YOUTUBE } })).not.toBe(hashOf({ videoLinks: null }));
  });
});

describe('the approval hash and the documents (v3)', () => {
  it('changes the hash when a document is added, removed or reordered', () => {
    const approved = hashOf({ documents: [doc(1), doc(2)] });
    const variants = [hashOf({ documents: [doc(1), doc(2), doc(3)] }), hashOf({ documents: [doc(1)] }), hashOf({ documents: [] }), hashOf({ documents: [doc(2), doc(1)] })];
    expect(new Set([approved, ...variants]).size).toBe(variants.length + 1);
    expect(hashOf({ documents: null })).toBe(hashOf({ documents: [] }));
  });

  it('changes the hash when a document’s file is replaced (same id, other bytes) or renamed, as for photos', () => {
    const approved = hashOf({ documents: [doc(1)] });
    expect(hashOf({ documents: [doc(1, { provider_metadata: { contentSha256: 'b'.repeat(64) } })] })).not.toBe(approved);
    expect(hashOf({ documents: [doc(1, { name: 'cong-van-moi.pdf' })] })).not.toBe(approved);
    expect(hashOf({ documents: [doc(1, { url: '/uploads/khac.pdf' })] })).not.toBe(approved);
    expect(hashOf({ documents: [doc(1)] })).toBe(approved);
  });
});

describe('the v2 hash kept for the start-up upgrade', () => {
  it('does not read the video links and documents: a v2 approval matches whatever they are', () => {
    const plain = previousContentHash(rowOf());
    expect(previousContentHash(rowOf({ videoLinks: [YOUTUBE], documents: [doc(1)] }))).toBe(plain);
    expect(previousContentHash(rowOf({ title: 'Đã sửa' }))).not.toBe(plain);
    expect(previousContentHash(rowOf({ cover: doc(4, { mime: 'image/jpeg' }) }))).not.toBe(plain);
  });
});
