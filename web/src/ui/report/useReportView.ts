import type { ReportDef, ReportView } from '@kontor/domain/reports';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from './periods';
import { paramsFromView, viewFromParams } from './reportView';

/**
 * A report page's view, kept in the URL so reload, back and a shared link show the same report.
 * A toolbar change is a step back can undo; filter typing replaces the entry instead.
 */
export function useReportView(def: ReportDef | undefined) {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const view = useMemo(() => (def ? viewFromParams(params, def, today) : null), [def, params, today]);
  const setView = (next: ReportView, options: { replace?: boolean } = {}) => {
    if (!def) return;
    setParams(paramsFromView(next, def, today), {
      replace: options.replace ?? false,
      preventScrollReset: true,
    });
  };
  return { view, setView, today };
}
