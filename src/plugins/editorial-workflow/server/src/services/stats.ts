import type { Core } from '@strapi/strapi';
import type { ComplianceGrid, ComplianceQuery, Ranking, RankingQuery, ReportStatusTable } from '../../../shared/stats';

/** Statistics of the units: counts per period, quotas, ranking over a school year (contract: shared/stats.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async compliance(query: ComplianceQuery): Promise<ComplianceGrid> {
    void strapi;
    throw new Error(`not implemented yet: ${JSON.stringify(query)}`);
  },
  async ranking(query: RankingQuery): Promise<Ranking> {
    throw new Error(`not implemented yet: ${JSON.stringify(query)}`);
  },
  async reportStatus(query: { month: string; unitIds?: number[]; now?: Date }): Promise<ReportStatusTable> {
    throw new Error(`not implemented yet: ${JSON.stringify(query)}`);
  },
});
