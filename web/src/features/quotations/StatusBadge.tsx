import {
  ORDER_STATUS_LABELS,
  type OrderStatus,
  QUOTATION_STATUS_LABELS,
  type QuotationStatus,
} from '@kontor/domain/sales-status';
import { Badge } from '@mantine/core';
import { useLabel } from '../../ui/fieldFormat';

// One colour per meaning across both document types: grey drafts and dead ends, blue in force,
// green done, red lost or withdrawn.
const QUOTATION_COLORS: Record<QuotationStatus, string> = {
  draft: 'gray',
  open: 'blue',
  expired: 'orange',
  lost: 'red',
  superseded: 'gray',
  ordered: 'teal',
  cancelled: 'red',
};
const ORDER_COLORS: Record<OrderStatus, string> = {
  draft: 'gray',
  booked: 'blue',
  completed: 'teal',
  cancelled: 'red',
};

export function QuotationStatusBadge({ status }: { status: QuotationStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={QUOTATION_COLORS[status]} data-testid="status-badge">
      {label(QUOTATION_STATUS_LABELS[status])}
    </Badge>
  );
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={ORDER_COLORS[status]} data-testid="status-badge">
      {label(ORDER_STATUS_LABELS[status])}
    </Badge>
  );
}
