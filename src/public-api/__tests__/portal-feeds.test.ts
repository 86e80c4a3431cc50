import { recognisePath } from '../front-door';
import { parsePortalFeedQuery } from '../../plugins/editorial-workflow/server/src/channels/portal/feed-query';
import { renderPortalRss } from '../../plugins/editorial-workflow/server/src/channels/portal/rss';
import { ninjsOf } from '../../plugins/editorial-workflow/server/src/channels/portal/ninjs';
import type { PortalFeedEntry } from '../../plugins/editorial-workflow/shared/contracts/channel-portal';

const entry = (over: Partial<PortalFeedEntry> = {}): PortalFeedEntry => ({
  id: 7,
  action: 'publish',
  at: '2026-12-03T01:00:00.000Z',
  current: true,
  payload: {
    documentId: 'abc',
    title: 'Tin <b>&</b> "ảnh"',
    slug: 'tin-anh',
    summary: 'Tóm tắt',
    text: 'Đoạn một.\nĐoạn \u0001hai <script>.',
    url: 'https://sogd.test/tin-bai/tin-anh',
    coverUrl: 'https://sogd.test/uploads/a.jpg',
    photoUrls: [],
    unitName: 'Phòng A',
    publishedAt: '2026-12-03T00:00:00.000Z',
    correctionNote: null,
  },
  ...over,
});

describe('the provincial portal feeds', () => {
  it('are public paths in any spelling, and nothing else under /portal is', () => {
    expect(recognisePath('/api/portal/feed.rss', '/api')).toEqual({ underPrefix: true, publicPath: '/api/portal/feed.rss' });
    expect(recognisePath('/API/Portal//FEED.json/', '/api')).toEqual({ underPrefix: true, publicPath: '/api/portal/feed.json' });
    expect(recognisePath('/api/portal/%66eed.rss', '/api')).toEqual({ underPrefix: true, publicPath: '/api/portal/feed.rss' });
    expect(recognisePath('/api/portal/other', '/api')).toEqual({ underPrefix: true });
    expect(recognisePath('/api/portal/feed.rss/x', '/api')).toEqual({ underPrefix: true });
  });

  it('read page and pageSize only, refusing the rest in Vietnamese', () => {
    expect(parsePortalFeedQuery('')).toEqual({ page: 1, pageSize: 50 });
    expect(parsePortalFeedQuery('page=3&pageSize=200')).toEqual({ page: 3, pageSize: 200 });
    for (const query of ['page=0', 'pageSize=201', 'page=-1', 'page=1.5', 'page=1&page=1', 'x=1', 'page[]=1', `page=${'1'.repeat(600)}`]) {
      expect(() => parsePortalFeedQuery(query)).toThrow(/Tham số|Chuỗi truy vấn/);
    }
  });

  it('escape the item in the RSS and drop forbidden characters', () => {
    const rss = renderPortalRss({ siteName: 'Sở', siteUrl: 'https://sogd.test', selfUrl: 'https://api.sogd.test/api/portal/feed.rss' }, [entry()]);
    expect(rss).toContain('<title>Tin &lt;b&gt;&amp;&lt;/b&gt; &quot;ảnh&quot;</title>');
    expect(rss).not.toContain('<script>');
    expect(rss).not.toContain('\u0001');
  });

  it('give NINJS pubstatus by action and by whether the item is still there', () => {
    expect(ninjsOf(entry()).pubstatus).toBe('usable');
    expect(ninjsOf(entry({ current: false })).pubstatus).toBe('withheld');
    expect(ninjsOf(entry({ current: false })).bodies).toBeUndefined();
    expect(ninjsOf(entry({ action: 'retract', current: false })).pubstatus).toBe('canceled');
    expect(ninjsOf(entry({ action: 'correct', payload: { ...entry().payload, correctionNote: 'Sửa tên' } })).ednote).toBe('Đính chính: Sửa tên');
  });
});
