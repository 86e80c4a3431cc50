import { hidden } from '../content-types/hidden';

/**
 * What a consultation keeps beside its item (an article of kind `consultation`, issue 22): when the
 * public may comment, the draft put to them and the department that handles the comments. The item
 * itself (title, summary, topic) goes through the workflow unchanged; this row is the Office's or
 * the department's setting, edited in the item's side panel (admin/src/consultations/).
 */
export const consultationContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_consultations',
    info: { singularName: 'consultation', pluralName: 'consultations', displayName: 'Lấy ý kiến dự thảo' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true, column: { unique: true } },
      opensAt: { type: 'datetime', required: true },
      closesAt: { type: 'datetime', required: true },
      /** The draft (an upload file of the media library, PDF or DOCX: its signature was checked on upload). */
      draftFileId: { type: 'integer' },
      /** The department (a unit of kind `department`) whose queue receives the comments. */
      departmentId: { type: 'integer', required: true },
      /** When the contact-deletion job nulled its comments' contact details (once, after closing). */
      contactsDeletedAt: { type: 'datetime' },
    },
  },
};
