import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { FieldHistory } from '../../ui/FieldHistory';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { type OpportunityView, useOpportunityHistory } from './api';

/** The history tab: changes field by field (names as they were, money in cents as the list field). */
export function OpportunityHistory({ opportunity }: { opportunity: OpportunityView }) {
  const history = useOpportunityHistory(opportunity.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <FieldHistory
      record={OPPORTUNITY}
      items={history.data}
      describeValue={(field, value) =>
        field === 'probability' && typeof value === 'number' ? `${value} %` : undefined
      }
    />
  );
}
