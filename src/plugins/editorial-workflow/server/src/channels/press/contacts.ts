import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PressContactBody, PressContactUpdateBody, PressContactView } from '../../../../shared/contracts/press-contacts';
import { PRESS_CONTACT } from '../../../../shared/uids';
import { isUniqueViolation } from '../../utils/unique-violation';

interface ContactRow {
  id: number;
  name: string;
  outlet: string;
  email: string;
  phone: string | null;
  active: boolean;
  updatedAt: Date | string;
}

const FIELDS = ['id', 'name', 'outlet', 'email', 'phone', 'active', 'updatedAt'];

const viewOf = (row: ContactRow): PressContactView => ({
  id: row.id,
  name: row.name,
  outlet: row.outlet,
  email: row.email,
  phone: row.phone ?? null,
  active: Boolean(row.active),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

const duplicate = (email: string) =>
  new errors.ValidationError(`Địa chỉ thư điện tử "${email}" đã có trong danh sách báo chí.`, { errors: [{ path: ['email'], message: 'Địa chỉ đã có trong danh sách.', name: 'ValidationError' }] });

/**
 * The press contacts (issue 18 item 5), internal: the publisher adds, edits and deactivates them on
 * "Danh sách báo chí". An address is one contact (unique, lower-cased): entering it twice, even at
 * the same moment from two screens, is a 400, not a second row.
 */
export function pressContacts(strapi: Core.Strapi) {
  const rows = () => strapi.db.query(PRESS_CONTACT);

  async function takenByAnother(email: string, id?: number): Promise<boolean> {
    const row = (await rows().findOne({ select: ['id'], where: { email } })) as { id: number } | null;
    return Boolean(row && row.id !== id);
  }

  return {
    /** Active ones first, then by outlet and name. */
    async list(): Promise<PressContactView[]> {
      const found = (await rows().findMany({ select: FIELDS, orderBy: [{ active: 'desc' }, { outlet: 'asc' }, { name: 'asc' }, { id: 'asc' }] })) as ContactRow[];
      return found.map(viewOf);
    },

    /** The addresses an e-mail to the press goes to. */
    async activeAddresses(): Promise<string[]> {
      const found = (await rows().findMany({ select: ['email'], where: { active: true }, orderBy: [{ id: 'asc' }] })) as Array<{ email: string }>;
      return found.map((row) => row.email);
    },

    async countActive(): Promise<number> {
      return Number(await rows().count({ where: { active: true } }));
    },

    async create(input: PressContactBody): Promise<PressContactView> {
      if (await takenByAnother(input.email)) throw duplicate(input.email);
      try {
        const row = (await rows().create({
          data: { name: input.name, outlet: input.outlet, email: input.email, phone: input.phone || null, active: input.active ?? true },
          select: FIELDS,
        })) as ContactRow;
        return viewOf(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicate(input.email);
        throw error;
      }
    },

    async update(id: number, input: PressContactUpdateBody): Promise<PressContactView> {
      const current = (await rows().findOne({ select: ['id'], where: { id } })) as { id: number } | null;
      if (!current) throw new errors.NotFoundError('Không tìm thấy người liên hệ này trong danh sách báo chí.');
      if (input.email !== undefined && (await takenByAnother(input.email, id))) throw duplicate(input.email);
      const data: Record<string, unknown> = {};
      for (const key of ['name', 'outlet', 'email', 'active'] as const) if (input[key] !== undefined) data[key] = input[key];
      if (input.phone !== undefined) data.phone = input.phone || null;
      try {
        return viewOf((await rows().update({ where: { id }, data, select: FIELDS })) as ContactRow);
      } catch (error) {
        if (isUniqueViolation(error) && input.email) throw duplicate(input.email);
        throw error;
      }
    },
  };
}
