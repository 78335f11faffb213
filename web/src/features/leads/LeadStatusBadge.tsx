import { LEAD_STATUS_LABELS, type LeadStatus } from '@kontor/domain/sales-status';
import { Badge } from '@mantine/core';
import { useLabel } from '../../ui/fieldFormat';

/** Colours by how far a lead got: grey untouched, blue in contact, violet in sales, teal won, red stopped. */
const COLORS: Record<LeadStatus, string> = {
  open: 'gray',
  replied: 'blue',
  interested: 'cyan',
  'do-not-contact': 'red',
  opportunity: 'violet',
  quotation: 'indigo',
  'lost-quotation': 'orange',
  converted: 'teal',
};

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {label(LEAD_STATUS_LABELS[status])}
    </Badge>
  );
}
