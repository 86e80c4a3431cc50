import { errors, yup } from '@strapi/utils';
import { DELIVERY_CHANNELS } from '../../../shared/contracts/channels';
import { LISTED_STATUSES, type ChannelDeliveriesQuery } from '../../../shared/contracts/channel-page';
import { UNKNOWN_PARAMETER, assertFlatQuery, pageFields, parseWith, text } from '../validation/common';

/** The edge of the channels page's API: a bad input is a 400 in Vietnamese, and nothing changes. */

const listSchema = yup
  .object({
    channel: text('Kênh').oneOf([...DELIVERY_CHANNELS], `Kênh "\${value}" không có (${DELIVERY_CHANNELS.join(', ')}).`).optional(),
    status: text('Trạng thái').oneOf([...LISTED_STATUSES], `Trạng thái "\${value}" không hợp lệ (${LISTED_STATUSES.join(', ')}).`).optional(),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseDeliveriesQuery(query: unknown): Promise<Required<Pick<ChannelDeliveriesQuery, 'page' | 'pageSize'>> & ChannelDeliveriesQuery> {
  return (await parseWith(listSchema)(assertFlatQuery(query))) as Required<Pick<ChannelDeliveriesQuery, 'page' | 'pageSize'>> & ChannelDeliveriesQuery;
}

export const DELIVERY_NOT_FOUND = 'Không tìm thấy lượt gửi này trong hàng đợi đăng tải.';

/** A row's id in a path: anything else names no row (404). */
export function parseDeliveryId(value: unknown): number {
  const id = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw new errors.NotFoundError(DELIVERY_NOT_FOUND);
  return id;
}
