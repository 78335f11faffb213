import { CAMPAIGN } from '@kontor/domain/campaigns';
import { CONTACT } from '@kontor/domain/contacts';
import type { RecordTypeDef } from '@kontor/domain/fields';
import { LEAD } from '@kontor/domain/leads';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { ORGANIZATION } from '@kontor/domain/organizations';
import { PRODUCT } from '@kontor/domain/products';
import { QUOTATION } from '@kontor/domain/quotations';
import { SALES_ORDER } from '@kontor/domain/sales-orders';

const RECORD_TYPES: RecordTypeDef[] = [
  LEAD,
  OPPORTUNITY,
  QUOTATION,
  SALES_ORDER,
  CAMPAIGN,
  PRODUCT,
  ORGANIZATION,
  CONTACT,
];

/** The record type a report filters (`ReportDef.record`), for its filter boxes' labels. */
export function recordTypeOf(type: string): RecordTypeDef | undefined {
  return RECORD_TYPES.find((record) => record.type === type);
}
