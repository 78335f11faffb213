import type { ReportName } from '@kontor/domain/reports';
import type { ServerReport } from './definition.js';
import { funnelReport } from './funnel.js';
import { leadAnalysisReport } from './lead-analysis.js';
import { leadSourcesReport } from './lead-sources.js';
import { opportunityAnalysisReport } from './opportunity-analysis.js';
import { pipelineReport } from './pipeline.js';
import { salesAnalysisReport } from './sales-analysis.js';

/** The reports the server computes, in menu order; a new report is one definition file added here. */
export const REPORTS: readonly ServerReport[] = [
  funnelReport,
  pipelineReport,
  leadSourcesReport,
  leadAnalysisReport,
  opportunityAnalysisReport,
  salesAnalysisReport,
];

export function reportNamed(name: string): ServerReport | undefined {
  return REPORTS.find((report) => report.def.name === (name as ReportName));
}
