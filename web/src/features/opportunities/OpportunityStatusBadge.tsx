import { OPPORTUNITY_STATUS_LABELS, type OpportunityStatus } from '@kontor/domain/sales-status';
import { Badge } from '@mantine/core';
import { useLabel } from '../../ui/fieldFormat';

/** Colours by outcome: grey new, blue in talks, indigo quoted, teal won, red lost, dark closed. */
const COLORS: Record<OpportunityStatus, string> = {
  open: 'gray',
  replied: 'blue',
  quotation: 'indigo',
  converted: 'teal',
  lost: 'red',
  closed: 'dark',
};

export function OpportunityStatusBadge({ status, size }: { status: OpportunityStatus; size?: 'xs' | 'sm' }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={COLORS[status]} size={size}>
      {label(OPPORTUNITY_STATUS_LABELS[status])}
    </Badge>
  );
}
