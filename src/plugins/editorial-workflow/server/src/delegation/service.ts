import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  DELEGABLE_ROLE_LABELS,
  type DelegableRole,
  type DelegateCandidate,
  type DelegationList,
  type DelegationRequestBody,
  type DelegationView,
} from '../../../shared/contracts/delegation';
import { vnDateOf } from '../../../shared/periods';
import { ADMIN_USER, DELEGATION, MEMBERSHIP, UNIT } from '../../../shared/uids';
import { appendAudit } from '../audit/log';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { displayName } from '../utils/display-name';
import { vietnameseDate } from '../utils/vietnam-time';
import { delegationStatus } from './status';

interface DelegationRow {
  id: number;
  role: DelegableRole;
  unitId: number;
  delegatorId: number;
  delegatorName: string;
  delegateId: number;
  delegateName: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  endedAt: Date | string | null;
  endedByName: string | null;
  createdAt: Date | string;
}

/** The most a list shows: a person's own delegations, or the administrator's latest. */
const LIST_LIMIT = 200;

const NOT_FOUND = 'Không tìm thấy lần ủy quyền này.';

/**
 * Delegation (ủy quyền): a department head, or the publisher, hands their role for a range of days
 * to a person of the same unit or of the Sở's leadership (the unit above every department: the
 * units have no other parent). What the delegate then may do comes from membership.standingOf,
 * which adds the delegated role on those days; the workflow records their steps "on behalf of".
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(DELEGATION);
  const membership = () => getService(strapi, 'membership');

  /** The units where `userId` holds a delegable role in their own right (not by delegation). */
  async function delegableOf(userId: number): Promise<Array<{ role: DelegableRole; unitId: number }>> {
    const held: Array<{ role: DelegableRole; unitId: number }> = await strapi.db.query(MEMBERSHIP).findMany({
      where: { userId, role: { $in: ['head', 'publisher'] } },
      select: ['role', 'unitId'],
      orderBy: [{ unitId: 'asc' }, { role: 'asc' }],
    });
    return held;
  }

  async function assertHolds(userId: number, role: DelegableRole, unitId: number): Promise<void> {
    const held = await delegableOf(userId);
    if (!held.some((row) => row.role === role && row.unitId === unitId)) {
      throw forbidden(`Bạn không giữ vai trò ${DELEGABLE_ROLE_LABELS[role]} ở đơn vị này nên không thể ủy quyền vai trò đó.`);
    }
  }

  async function unitNames(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const units: Array<{ id: number; name: string }> = await strapi.db.query(UNIT).findMany({ where: { id: { $in: [...new Set(ids)] } }, select: ['id', 'name'] });
    return new Map(units.map((unit) => [unit.id, unit.name]));
  }

  async function views(found: DelegationRow[], now: Date): Promise<DelegationView[]> {
    const today = vnDateOf(now);
    const names = await unitNames(found.map((row) => row.unitId));
    return found.map((row) => ({
      id: row.id,
      role: row.role,
      unitId: row.unitId,
      unitName: names.get(row.unitId) ?? `#${row.unitId}`,
      delegatorId: row.delegatorId,
      delegatorName: row.delegatorName,
      delegateId: row.delegateId,
      delegateName: row.delegateName,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      note: row.note ?? null,
      status: delegationStatus(row, today),
      endedAt: row.endedAt ? new Date(row.endedAt).toISOString() : null,
      endedByName: row.endedByName ?? null,
      createdAt: new Date(row.createdAt).toISOString(),
    }));
  }

  /** Who may receive `role` of `unitId` from `userId`: active members of the unit, and the leadership. */
  async function candidatesFor(userId: number, unitId: number): Promise<DelegateCandidate[]> {
    const [members, leaders] = await Promise.all([
      strapi.db.query(MEMBERSHIP).findMany({ where: { unitId }, select: ['userId'] }) as Promise<Array<{ userId: number }>>,
      membership().leadershipUserIds(),
    ]);
    const basis = new Map<number, DelegateCandidate['basis']>();
    for (const { userId: id } of members) basis.set(id, 'same-unit');
    for (const id of leaders) if (!basis.has(id)) basis.set(id, 'leadership');
    basis.delete(userId);
    if (basis.size === 0) return [];
    const users: Array<{ id: number; firstname: string | null; lastname: string | null; email: string }> = await strapi.db.query(ADMIN_USER).findMany({
      where: { id: { $in: [...basis.keys()] }, isActive: true },
      select: ['id', 'firstname', 'lastname', 'email'],
    });
    return users
      .map((user) => ({ id: user.id, name: displayName(user), email: user.email, basis: basis.get(user.id)! }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  const SELECT = ['id', 'role', 'unitId', 'delegatorId', 'delegatorName', 'delegateId', 'delegateName', 'startsOn', 'endsOn', 'note', 'endedAt', 'endedByName', 'createdAt'];

  return {
    async list(userId: number, canEndAny: boolean, now = new Date()): Promise<DelegationList> {
      const where = canEndAny ? {} : { $or: [{ delegatorId: userId }, { delegateId: userId }] };
      const [found, held] = await Promise.all([
        rows().findMany({ where, select: SELECT, orderBy: [{ id: 'desc' }], limit: LIST_LIMIT }) as Promise<DelegationRow[]>,
        delegableOf(userId),
      ]);
      const names = await unitNames(held.map((row) => row.unitId));
      return {
        data: await views(found, now),
        delegable: held.map((row) => ({ ...row, unitName: names.get(row.unitId) ?? `#${row.unitId}` })),
        canEndAny,
      };
    },

    async candidates(userId: number, role: DelegableRole, unitId: number): Promise<DelegateCandidate[]> {
      await assertHolds(userId, role, unitId);
      return candidatesFor(userId, unitId);
    },

    async create(actor: Actor, input: DelegationRequestBody, now = new Date()): Promise<DelegationView> {
      await assertHolds(actor.id, input.role, input.unitId);
      if (input.delegateId === actor.id) throw new errors.ValidationError('Không thể tự ủy quyền cho chính mình.');
      const today = vnDateOf(now);
      if (input.startsOn < today) throw new errors.ValidationError(`Ngày bắt đầu không được trước hôm nay (${vietnameseDate(today)}).`);
      const delegate = (await candidatesFor(actor.id, input.unitId)).find((candidate) => candidate.id === input.delegateId);
      if (!delegate) {
        throw new errors.ValidationError('Người được ủy quyền phải là cán bộ đang hoạt động của cùng đơn vị hoặc thuộc Ban Giám đốc Sở.');
      }

      return strapi.db.transaction(async ({ trx, onCommit }) => {
        // One delegator's delegations are written one at a time (PostgreSQL), so two overlapping
        // requests cannot both pass the check below. SQLite runs one write transaction at a time.
        if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`editorial-workflow:delegation:${actor.id}`]);
        const overlapping: DelegationRow | null = await rows().findOne({
          where: { delegatorId: actor.id, role: input.role, unitId: input.unitId, endedAt: null, startsOn: { $lte: input.endsOn }, endsOn: { $gte: input.startsOn } },
          select: SELECT,
        });
        if (overlapping) {
          throw new errors.ValidationError(
            `Khoảng thời gian trùng với lần ủy quyền cho ${overlapping.delegateName} từ ${vietnameseDate(overlapping.startsOn)} đến ${vietnameseDate(overlapping.endsOn)}; hãy kết thúc lần đó hoặc chọn ngày khác.`,
            { delegationId: overlapping.id }
          );
        }
        const created: DelegationRow = await rows().create({
          data: {
            role: input.role,
            unitId: input.unitId,
            delegatorId: actor.id,
            delegatorName: actor.name,
            delegateId: delegate.id,
            delegateName: delegate.name,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            note: input.note ?? null,
          },
          select: SELECT,
        });
        const [view] = await views([created], now);
        await appendAudit(strapi, [{
          kind: 'delegation-granted',
          subject: `delegation:${created.id}`,
          summary: `${actor.name} ủy quyền vai trò ${DELEGABLE_ROLE_LABELS[input.role]} (${view.unitName}) cho ${delegate.name} từ ${vietnameseDate(input.startsOn)} đến ${vietnameseDate(input.endsOn)}.`,
          details: { role: input.role, unitId: input.unitId, delegatorId: actor.id, delegateId: delegate.id, startsOn: input.startsOn, endsOn: input.endsOn },
        }]);
        const queued = await getService(strapi, 'inbox').notifyUsers([delegate.id], {
          action: 'delegation',
          title: `Bạn được ủy quyền vai trò ${DELEGABLE_ROLE_LABELS[input.role]}`,
          lines: [
            `${actor.name} ủy quyền cho bạn vai trò ${DELEGABLE_ROLE_LABELS[input.role]} của ${view.unitName} từ ${vietnameseDate(input.startsOn)} đến hết ${vietnameseDate(input.endsOn)}.`,
            'Trong thời gian đó, các thao tác của bạn ở vai trò này được ghi "thay mặt" người ủy quyền.',
            ...(input.note ? [`Ghi chú: ${input.note}`] : []),
          ],
        });
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return view;
      });
    },

    /** Ends a delegation before its last day: its delegator, or the administrator (`canEndAny`). */
    async end(actor: Actor, id: number, canEndAny: boolean, now = new Date()): Promise<DelegationView> {
      const found: DelegationRow | null = await rows().findOne({ where: { id }, select: SELECT });
      if (!found || (!canEndAny && found.delegatorId !== actor.id && found.delegateId !== actor.id)) throw new errors.NotFoundError(NOT_FOUND);
      if (!canEndAny && found.delegatorId !== actor.id) throw forbidden('Chỉ người ủy quyền hoặc quản trị viên mới kết thúc được lần ủy quyền này.');
      const status = delegationStatus(found, vnDateOf(now));
      if (status === 'ended' || status === 'ended-early') throw new errors.ValidationError('Lần ủy quyền này đã kết thúc.');
      return strapi.db.transaction(async () => {
        // Only a row not ended yet is stamped: of two simultaneous requests, one ends it.
        const changed = await rows().updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endedById: actor.id, endedByName: actor.name } });
        if ((changed as { count: number }).count === 0) throw new errors.ValidationError('Lần ủy quyền này đã kết thúc.');
        await appendAudit(strapi, [{
          kind: 'delegation-ended',
          subject: `delegation:${id}`,
          summary: `${actor.name} kết thúc sớm lần ủy quyền vai trò ${DELEGABLE_ROLE_LABELS[found.role]} của ${found.delegatorName} cho ${found.delegateName}.`,
          details: { endedOn: vnDateOf(now) },
        }]);
        const [view] = await views([{ ...found, endedAt: now, endedByName: actor.name }], now);
        return view;
      });
    },
  };
};
