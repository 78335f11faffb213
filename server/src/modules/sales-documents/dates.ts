import { isoDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';

/** The company's calendar day (YYYY-MM-DD): quotation and order dates and the expiry job go by it. */
export function companyToday(now: Date = new Date()): string {
  return isoDay(dayIn(now, 'Europe/Berlin'));
}
