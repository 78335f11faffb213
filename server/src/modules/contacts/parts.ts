import type { createContactSchema } from '@kontor/domain/contacts';
import { normalizeEmail, normalizePhone } from '@kontor/domain/normalize';
import type { Insertable, Transaction } from 'kysely';
import type { z } from 'zod';
import { isUniqueViolation } from '../../platform/db/dialect/errors.js';
import { newId } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { ContactsTable, Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/problem.js';
import { addressService } from '../addresses/service.js';
import { ContactRepository } from './repository.js';

type Rows<T extends keyof Database> = Insertable<Database[T]>[];
type CreateContactInput = z.output<typeof createContactSchema>;

/** The e-mails, phones, employments and addresses given for a contact, as rows, and the list columns they decide. */
export interface ContactParts {
  emails?: Rows<'contact_emails'>;
  phones?: Rows<'contact_phones'>;
  employments?: Rows<'employments'>;
  addresses?: CreateContactInput['addresses'];
  /** Only the columns whose parts were given. */
  derived: Partial<Pick<ContactsTable, 'primary_email' | 'primary_phone' | 'current_employment_id' | 'city'>>;
}

export function contactParts(contactId: string, input: Partial<CreateContactInput>): ContactParts {
  const parts: ContactParts = { derived: {} };
  if (input.emails) {
    parts.emails = input.emails.map((email, position) => ({
      id: newId(),
      contact_id: contactId,
      type: email.type,
      address: email.address,
      address_key: normalizeEmail(email.address) ?? email.address.toLowerCase(),
      position,
    }));
    parts.derived.primary_email = input.emails[0]?.address ?? null;
  }
  if (input.phones) {
    parts.phones = input.phones.map((phone, position) => ({
      id: newId(),
      contact_id: contactId,
      type: phone.type,
      number: phone.number,
      number_key: normalizePhone(phone.number),
      position,
    }));
    parts.derived.primary_phone = input.phones[0]?.number ?? null;
  }
  if (input.employments) {
    const rows = input.employments.map((employment) => ({
      id: newId(),
      contact_id: contactId,
      organization_id: employment.organizationId,
      position: employment.position,
      department: employment.department,
      start_date: employment.startDate,
      end_date: employment.endDate,
      is_main_contact: employment.isMainContact && !employment.endDate ? 1 : 0,
    }));
    parts.employments = rows;
    parts.derived.current_employment_id = currentEmployment(rows)?.id ?? null;
  }
  if (input.addresses) {
    parts.addresses = input.addresses;
    parts.derived.city = input.addresses.find((address) => address.city)?.city ?? null;
  }
  return parts;
}

/** Replaces what a contact had of the given parts (e-mails, phones, employments, addresses). */
export async function replaceContactParts(
  trx: Transaction<Database>,
  contactId: string,
  parts: ContactParts,
): Promise<void> {
  const repository = new ContactRepository(trx);
  if (parts.emails) await repository.replaceEmails(contactId, parts.emails);
  if (parts.phones) await repository.replacePhones(contactId, parts.phones);
  if (parts.employments)
    await mainContactChecked(parts.employments, () =>
      repository.replaceEmployments(contactId, parts.employments ?? []),
    );
  if (parts.addresses) await addressService.replace(trx, 'contact', contactId, parts.addresses);
}

/** Inserts the parts of many new contacts, a few statements for all of them. */
export async function insertContactParts(
  trx: Transaction<Database>,
  contacts: readonly { contactId: string; parts: ContactParts }[],
): Promise<void> {
  await insertInChunks(
    trx,
    'contact_emails',
    contacts.flatMap((c) => c.parts.emails ?? []),
  );
  await insertInChunks(
    trx,
    'contact_phones',
    contacts.flatMap((c) => c.parts.phones ?? []),
  );
  const employments = contacts.flatMap((c) => c.parts.employments ?? []);
  await mainContactChecked(employments, () => insertInChunks(trx, 'employments', employments));
  await addressService.addMany(
    trx,
    'contact',
    contacts.map((c) => ({ ownerId: c.contactId, addresses: c.parts.addresses ?? [] })),
  );
}

/** One main contact per organisation is a unique index; its violation names the employment. */
async function mainContactChecked(employments: Rows<'employments'>, write: () => Promise<void>) {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw mainContactTaken(employments.findIndex((e) => e.is_main_contact));
    throw error;
  }
}

/** The employment that counts as current: open-ended, the main-contact one first, then the latest start. */
function currentEmployment<
  T extends { end_date?: string | null; is_main_contact?: number; start_date?: string | null },
>(rows: T[]) {
  return rows
    .filter((row) => !row.end_date)
    .sort(
      (a, b) =>
        (b.is_main_contact ?? 0) - (a.is_main_contact ?? 0) ||
        (b.start_date ?? '').localeCompare(a.start_date ?? ''),
    )[0];
}

function mainContactTaken(index: number): AppError {
  return new AppError(409, 'main-contact-taken', {
    fields: [{ path: `employments.${Math.max(index, 0)}.isMainContact`, code: 'main-contact-taken' }],
  });
}
