import { foldGerman } from '@kontor/domain/normalize';
import type { LeadsTable } from '../../platform/db/schema.js';

interface Parts {
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  email: string | null;
  city: string | null;
}

const fold = (value: string | null) => (value ? foldGerman(value) : null);

/**
 * The columns kept in step with the lead's own fields: the display name "Vorname Nachname
 * (Firma)" (or whichever part exists) and the folded keys that filters and sorting use.
 * The name key puts the surname first, so lists sort "Müller, Anna" under M.
 */
export function derivedColumns(
  parts: Parts,
): Pick<LeadsTable, 'name' | 'name_key' | 'company_key' | 'email_key' | 'city_key'> {
  const person = [parts.first_name, parts.last_name].filter(Boolean).join(' ');
  const name =
    person && parts.company_name ? `${person} (${parts.company_name})` : person || parts.company_name || '';
  const key = [parts.last_name, parts.first_name, parts.company_name].filter(Boolean).join(' ');
  return {
    name,
    name_key: foldGerman(key),
    company_key: fold(parts.company_name),
    email_key: fold(parts.email),
    city_key: fold(parts.city),
  };
}
