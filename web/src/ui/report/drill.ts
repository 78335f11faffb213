import type { DrillTarget } from '@kontor/domain/reports';
import { listPath } from '../links';

/** The list of the records behind a figure (`/leads?filter.status=Offen`), or null when none can show them. */
export function drillHref(target: DrillTarget | null | undefined): string | null {
  return target ? listPath(target.record, target.filter) : null;
}
