import type { Core } from '@strapi/strapi';
import type { PublicFeedbackSummary } from '../../../shared/contracts/consultations';

/**
 * STUB (issue 22 contract, replaced by the feedback work): the published summary of feedback of one
 * consultation as the public API shows it, or null while none is published. The public consultation
 * endpoint calls this and nothing else of the department's handling.
 */
export const publicFeedbackSummary = async (
  _strapi: Core.Strapi,
  _itemDocumentId: string
): Promise<PublicFeedbackSummary | null> => null;
