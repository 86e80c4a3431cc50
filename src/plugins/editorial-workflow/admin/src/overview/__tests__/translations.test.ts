import en from '../../translations/overview/en.json';
import vi from '../../translations/overview/vi.json';
import { TEMPLATE_IDS } from '../messages';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` in every file of the page, and the month headers of messages.ts; each Vietnamese default is the file's.
describeTranslationPart('overview translations', { part: 'overview', vi, en, extraIds: TEMPLATE_IDS, minimum: 40, defaultsMatch: true });

describe('overview links', () => {
  it('lead to the lists behind the figures', async () => {
    const { reportsLink, sectionLink, statsLink } = await import('../links');
    expect(statsLink('2026-11', { unitKind: 'school' })).toBe('/plugins/editorial-workflow-stats?from=2026-11-01&to=2026-11-30&granularity=month&reportMonth=2026-11&unitKind=school');
    expect(statsLink('2026-02', { granularity: 'week' })).toBe('/plugins/editorial-workflow-stats?from=2026-02-01&to=2026-02-28&granularity=week&reportMonth=2026-02');
    expect(sectionLink('III')).toBe('/plugins/editorial-workflow?topic=III');
    expect(reportsLink('2026-11')).toContain('api::opinion-report.opinion-report?');
    expect(reportsLink('2026-11')).toContain('filters[$and][0][period][$eq]=2026-11');
  });
});
