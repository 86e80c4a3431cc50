import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { ITEM_SNAPSHOT } from '../../../shared/uids';

/** Set while the transitions' writer (record.ts) writes a snapshot: the only writer there is. */
const writer = new AsyncLocalStorage<true>();

/** Runs `write` as the snapshots' writer: the guard lets its INSERT through. */
export function asSnapshotWriter<T>(write: () => Promise<T>): Promise<T> {
  return writer.run(true, write);
}

/**
 * Snapshots are the legal archive: written by the transitions only, then never changed, on every
 * path. The API has no write route; this holds the content-manager (where the super admin could
 * reach the hidden type) and code that goes straight to the query engine: a snapshot written by
 * anyone else would be a forged version, an update or a delete would rewrite history.
 */
export function registerSnapshotGuard(strapi: Core.Strapi): void {
  const refuse = () => {
    throw forbidden('Phiên bản lưu trữ chỉ được ghi thêm, không được sửa hay xoá (snapshots are append-only).');
  };
  const refuseForeignWrite = () => {
    if (writer.getStore() !== true) throw forbidden('Phiên bản lưu trữ chỉ do quy trình biên tập ghi, khi tin bài chuyển bước (snapshots are written by transitions only).');
  };
  strapi.db.lifecycles.subscribe({
    models: [ITEM_SNAPSHOT],
    beforeCreate: refuseForeignWrite,
    beforeCreateMany: refuseForeignWrite,
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
