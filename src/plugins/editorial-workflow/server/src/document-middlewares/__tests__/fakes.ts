import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { WorkflowRole, WorkflowState } from '../../../../shared/state-machine';
import type { ItemDraft } from '../../services/item-content';
import type { ItemStateRow } from '../../services/item-state';
import type { Standing } from '../../services/membership';
import type { AdminRequestUser } from '../../utils/request-user';
import type { DocumentContext, DocumentMiddleware } from '../context';

/**
 * Fakes for calling the plugin's Document Service middlewares directly, as content-releases tests
 * its own: a `ctx` as the Document Service builds it, a `next` that stands for the rest of the chain,
 * and a strapi whose plugin services are jest mocks.
 */

export const USER: AdminRequestUser = { id: 42 };
export const DOCUMENT_ID = 'doc-1';

export const draftOf = (over: Partial<ItemDraft> = {}): ItemDraft => ({
  id: 1,
  documentId: DOCUMENT_ID,
  title: 'Khai giảng năm học mới',
  kind: 'news',
  unitId: 7,
  unitName: 'Phòng VH-XH xã A',
  createdById: USER.id,
  files: { cover: [], gallery: [] },
  hash: 'hash-edited',
  content: '{"title":"Khai giảng năm học mới"}',
  online: false,
  ...over,
});

export const stateRowOf = (state: WorkflowState, over: Partial<ItemStateRow> = {}): ItemStateRow => ({
  id: 11,
  itemDocumentId: DOCUMENT_ID,
  state,
  version: 3,
  departmentId: 3,
  approvedHash: null,
  approvedAt: null,
  scheduledAt: null,
  scheduledById: null,
  unpublishAt: null,
  submittedById: null,
  firstSubmittedAt: state === 'draft' ? null : '2026-10-01T02:00:00.000Z',
  firstSubmittedUnitId: null,
  firstSubmittedKind: null,
  lastPublishedAt: null,
  firstPublishedAt: null,
  firstPublishedUnitId: null,
  ...over,
});

/** A person's roles by unit id. */
export const standingOf = (roles: Record<number, WorkflowRole[]>, userId = USER.id): Standing => ({
  userId,
  rolesByUnit: new Map(Object.entries(roles).map(([unitId, held]) => [Number(unitId), new Set(held)])),
  isPublisher: Object.values(roles).some((held) => held.includes('publisher')),
});

/** The plugin services the middlewares call, as mocks; by default nothing exists and nobody is signed in. */
export function fakeServices() {
  return {
    'item-content': { loadDraft: jest.fn(async (_documentId: string): Promise<ItemDraft | null> => null) },
    'item-state': {
      recordOf: jest.fn(async (documentId: string) => stateRowOf('draft', { itemDocumentId: documentId })),
      compareAndSet: jest.fn(async (record: ItemStateRow, changes: Partial<ItemStateRow>) => ({ ...record, ...changes, version: record.version + 1 })),
      recordHistory: jest.fn(async (_entry: unknown) => undefined),
    },
    'unit-scope': {
      requestUser: jest.fn((): AdminRequestUser | undefined => undefined),
      // A unit given as an id; undefined when `unit` is not in the data, null when cleared.
      unitIdOf: jest.fn(async (value: unknown) => (value === undefined ? undefined : typeof value === 'number' ? value : null)),
      assertMayFileItem: jest.fn(async (_user: AdminRequestUser, _unitId: number) => undefined),
      assertMayDeleteItem: jest.fn(async (_user: AdminRequestUser, _unitId: number | null) => undefined),
      assertMayFileReport: jest.fn(async (_user: AdminRequestUser, _unitId: number) => undefined),
    },
    membership: { standingOf: jest.fn(async (userId: number) => standingOf({}, userId)) },
  };
}

export type FakeServices = ReturnType<typeof fakeServices>;

/** A strapi with the fake services, a transaction that runs its callback (and says when one is open) and an admin user table. */
export function fakeStrapi(services: FakeServices = fakeServices()) {
  let open = 0;
  const db = {
    transaction: jest.fn(async (run: (trx: object) => Promise<unknown>) => {
      open += 1;
      try {
        return await run({});
      } finally {
        open -= 1;
      }
    }),
    query: jest.fn((_uid: string) => ({ findOne: jest.fn(async () => ({ firstname: 'Lan', lastname: 'Nguyễn Thị', email: 'lan@test.local' })) })),
  };
  const plugin = jest.fn((_name: string) => ({ service: (name: keyof FakeServices) => services[name] }));
  return { strapi: { plugin, db } as unknown as Core.Strapi, services, db, plugin, inTransaction: () => open > 0 };
}

export type FakeStrapi = ReturnType<typeof fakeStrapi>;

/** For each test, a fresh fake strapi and the middleware `create` makes of it. */
export function freshEachTest<M>(create: (strapi: Core.Strapi) => M): { fake: FakeStrapi; middleware: M } {
  const current = {} as { fake: FakeStrapi; middleware: M };
  beforeEach(() => {
    current.fake = fakeStrapi();
    current.middleware = create(current.fake.strapi);
  });
  return current;
}

/** Signs `user` in for the requests of this fake (the unit-scope service reads the request context). */
export function signIn(services: FakeServices, user: AdminRequestUser = USER): void {
  services['unit-scope'].requestUser.mockReturnValue(user);
}

/** A Document Service call's context. */
export const ctxOf = (uid: string, action: string, params: Record<string, unknown> = {}): DocumentContext =>
  ({ uid, action, params, contentType: { uid } }) as unknown as DocumentContext;

/** The rest of the chain: resolves to `result` (the document written). */
export const nextReturning = (result: unknown = { documentId: DOCUMENT_ID }) => jest.fn(async () => result);

export const call = (middleware: DocumentMiddleware, ctx: DocumentContext, next: jest.Mock): Promise<unknown> => middleware(ctx, next as never);

/** The 403 a middleware answers: a PolicyError (its message reaches the client), thrown before `next`. */
export async function refusal(outcome: Promise<unknown>): Promise<errors.PolicyError> {
  const error = await outcome.then(
    () => {
      throw new Error('expected a refusal, the call went through');
    },
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(errors.PolicyError);
  expect(error).toBeInstanceOf(errors.ForbiddenError);
  return error as errors.PolicyError;
}
