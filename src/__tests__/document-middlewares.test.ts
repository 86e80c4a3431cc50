import type { Core } from '@strapi/strapi';
import { DOCUMENT_MIDDLEWARES, registerDocumentMiddlewares } from '../document-middlewares';

// The public API's change middleware is built by registerPublicApi(); here a marker stands in for it.
const publicContent = jest.fn();
jest.mock('../public-api', () => ({ publicApiOf: () => ({ contentMiddleware: publicContent }) }));

const names = DOCUMENT_MIDDLEWARES.map((entry) => entry.name);
const before = (first: string, second: string) => names.indexOf(first) < names.indexOf(second);

describe('the one ordered list of Document Service middlewares', () => {
  it('is this order, each rule once', () => {
    expect(names).toEqual([
      'publication-guard',
      'to-one-relations',
      'boolean-input',
      'clone-scope',
      'item-scope',
      'response-kind',
      'website-always-on',
      'association-press',
      'edit-voids-approval',
      'scope-unit-copy',
      'report-scope',
      'media-unit-scope',
      'article-rules',
      'video-links',
      'item-documents',
      'opinion-report-rules',
      'reference-data-rules',
      'public-content',
      'media-asset-rules',
      'media-consent-rules',
      'plan-line-counts',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses publication before anything else runs', () => {
    expect(names[0]).toBe('publication-guard');
  });

  it('reads the input shape and the clone source before any scope or rule reads the data', () => {
    for (const rule of ['to-one-relations', 'boolean-input']) expect(before(rule, 'clone-scope')).toBe(true);
    expect(before('clone-scope', 'item-scope')).toBe(true);
    expect(before('clone-scope', 'opinion-report-rules')).toBe(true);
    expect(before('clone-scope', 'media-asset-rules')).toBe(true);
  });

  it('checks scope before the edit rule and the content rules do any work', () => {
    expect(before('item-scope', 'edit-voids-approval')).toBe(true);
    expect(before('edit-voids-approval', 'article-rules')).toBe(true);
    // The official response's kind is checked after the scope (the refused learn nothing) and before the edit's move.
    expect(before('item-scope', 'response-kind')).toBe(true);
    expect(before('response-kind', 'edit-voids-approval')).toBe(true);
    // The channels are set after the scope and before the write the edit rule compares with the approval.
    for (const rule of ['website-always-on', 'association-press']) {
      expect(before('item-scope', rule)).toBe(true);
      expect(before(rule, 'edit-voids-approval')).toBe(true);
    }
  });

  it('copies the unit into scopeUnitId before the scopes that read or complete it', () => {
    expect(before('scope-unit-copy', 'report-scope')).toBe(true);
    expect(before('scope-unit-copy', 'media-unit-scope')).toBe(true);
    expect(before('media-unit-scope', 'media-asset-rules')).toBe(true);
  });

  it('indexes and announces only after the content rules that may still refuse', () => {
    for (const rule of ['article-rules', 'video-links', 'item-documents', 'opinion-report-rules', 'reference-data-rules']) {
      expect(before(rule, 'public-content')).toBe(true);
    }
    // An item's links and documents are checked after its scope: a person refused by the scope learns nothing of the files.
    for (const rule of ['video-links', 'item-documents']) expect(before('item-scope', rule)).toBe(true);
  });

  it('registers them in the order of the list', () => {
    const use = jest.fn();
    registerDocumentMiddlewares({ documents: { use } } as unknown as Core.Strapi);
    expect(use).toHaveBeenCalledTimes(DOCUMENT_MIDDLEWARES.length);
    expect(use.mock.calls[names.indexOf('public-content')][0]).toBe(publicContent);
    for (const [middleware] of use.mock.calls) expect(typeof middleware).toBe('function');
  });
});
