import type { Core } from '@strapi/strapi';
import type { PublicFeedbackSummary } from '../../../shared/contracts/consultations';
import { getService } from '../get-service';

/**
 * The published summary of feedback of one consultation as the public API shows it, or null while
 * none is published. The public consultation endpoint calls this and nothing else of the
 * department's handling: what it returns was frozen at publishing (feedback/service.ts), with only
 * the public answers, no contact details and no classification beyond the counts.
 */
export const publicFeedbackSummary = async (strapi: Core.Strapi, itemDocumentId: string): Promise<PublicFeedbackSummary | null> =>
  getService(strapi, 'feedback').publicSummary(itemDocumentId);
