import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { displayName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { dateOfDay, dayNumber, vnDateOf } from '../plugins/editorial-workflow/shared/periods';
import { DELEGATION, UNIT } from '../plugins/editorial-workflow/shared/uids';

type DemoUser = { id: number; firstname: string | null; lastname: string | null; email: string };

/**
 * Two delegations (ủy quyền) to see on the queue page's "Ủy quyền" panel: the head of Phòng GDPT
 * hands approval to the Deputy Director for five days starting next week (through the service, as
 * the form does: audited, the delegate told), and the publisher's delegation to her last month,
 * already over. Neither is in force at the first start, so the demo's queues stay as they are.
 * Once: a second seeding finds them.
 */
export async function ensureDemoDelegations(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  if ((await strapi.db.query(DELEGATION).count()) > 0) return { created: 0, kept: 2 };
  const user = async (email: string): Promise<DemoUser> => strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email'] });
  const unitId = async (code: string): Promise<number> => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
  const [head, publisher, leader] = await Promise.all([user('head@demo.local'), user('publisher@demo.local'), user('leader@demo.local')]);
  if (!head || !publisher || !leader) return { created: 0, kept: 0 };
  const today = dayNumber(vnDateOf(now));
  await getService(strapi, 'delegation').create(
    { id: head.id, name: displayName(head) },
    { role: 'head', unitId: await unitId('SGD-GDPT'), delegateId: leader.id, startsOn: dateOfDay(today + 7), endsOn: dateOfDay(today + 11), note: 'Trưởng phòng đi tập huấn tại Hà Nội.' },
    now
  );
  // Over already: written as it stands after its days (the service takes only delegations to come).
  await strapi.db.query(DELEGATION).create({
    data: {
      role: 'publisher',
      unitId: await unitId('SGD-QLCL'),
      delegatorId: publisher.id,
      delegatorName: displayName(publisher),
      delegateId: leader.id,
      delegateName: displayName(leader),
      startsOn: dateOfDay(today - 30),
      endsOn: dateOfDay(today - 27),
      note: 'Nghỉ phép.',
    },
  });
  return { created: 2, kept: 0 };
}
