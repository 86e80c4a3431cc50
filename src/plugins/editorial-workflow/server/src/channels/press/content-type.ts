import { DELIVERY_ACTIONS } from '../../../../shared/contracts/channels';
import { hidden } from '../../content-types/hidden';

/**
 * The press contacts (issue 18 item 5): the journalists of the newspapers and broadcasters an item
 * marked for the press is e-mailed to. Internal: read only through the publisher's routes, never by
 * the public API. A contact is deactivated rather than deleted, so the record of past sendings
 * still names addresses that existed.
 */
export const pressContactContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_press_contacts',
    info: { singularName: 'press-contact', pluralName: 'press-contacts', displayName: 'Danh sách báo chí' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      name: { type: 'string', required: true },
      outlet: { type: 'string', required: true },
      /** Lower-cased, unique: one address is one contact, whoever enters it twice at once. */
      email: { type: 'string', required: true, column: { unique: true } },
      phone: { type: 'string' },
      active: { type: 'boolean', required: true, default: true },
    },
  },
};

/**
 * Each e-mail sent to the press (issue 18 item 5: "the sending is recorded"): for which outbox row
 * and item, when, to which addresses. The relay records that the channel confirmed (item-channel);
 * this row is what the publisher reads on "Danh sách báo chí" (to how many, which addresses).
 */
export const pressSendingContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_press_sendings',
    info: { singularName: 'press-sending', pluralName: 'press-sendings', displayName: 'Thư đã gửi báo chí' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      /** The outbox row sent, unique: a row delivered again after a lost confirmation is not e-mailed twice. */
      deliveryId: { type: 'integer', required: true, column: { unique: true } },
      itemDocumentId: { type: 'string', required: true },
      /** The item's title when sent: a later retraction's e-mail names it (the item is offline by then). */
      title: { type: 'string', required: true },
      url: { type: 'string' },
      action: { type: 'enumeration', enum: [...DELIVERY_ACTIONS], required: true },
      subject: { type: 'string', required: true },
      recipientCount: { type: 'integer', required: true },
      recipients: { type: 'json', required: true },
      sentAt: { type: 'datetime', required: true },
      actorId: { type: 'integer' },
    },
  },
};
