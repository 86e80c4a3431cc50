import type { DeliveryAction } from './channels';

/**
 * The press (issue 18 item 5): the contacts an item marked for the press is e-mailed to, and the
 * record of each e-mail. Internal: these never reach the public API. Request and response shapes of
 * `/press-contacts` and `/press-sendings` (the publisher's page "Danh sách báo chí").
 */
export interface PressContactBody {
  name: string;
  /** The newspaper or broadcaster (Báo Giáo dục và Thời đại, the provincial newspaper…). */
  outlet: string;
  email: string;
  phone?: string | null;
  active?: boolean;
}

export type PressContactUpdateBody = Partial<PressContactBody>;

export interface PressContactView {
  id: number;
  name: string;
  outlet: string;
  email: string;
  phone: string | null;
  active: boolean;
  updatedAt: string;
}

/** One e-mail sent to the press: when, about which item, to how many (the list is on the row). */
export interface PressSendingView {
  id: number;
  itemDocumentId: string;
  title: string;
  action: DeliveryAction;
  subject: string;
  recipientCount: number;
  recipients: string[];
  sentAt: string;
  /** Who published the item, by display name; null for a scheduled publish. */
  actorName: string | null;
}

export interface PressSendingQuery {
  page?: number;
  pageSize?: number;
}
