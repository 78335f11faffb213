import type { AddressInput } from '@kontor/domain/addresses';
import type { Contact } from '@kontor/domain/contacts';
import { parseDateInput } from '../../ui/DateField';
import type { CreateContactInput } from './api';
import type { ContactForm, ContactFormValues } from './contactFormValues';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const dateOrNull = (text: string) => parseDateInput(text) ?? null;

/**
 * The request body the form's values stand for. Empty e-mail and phone rows are left out, so the
 * rows keep their indexes only when all are filled — the form drops empty rows before sending.
 */
export function toPayload(
  values: ContactFormValues,
): Required<Omit<CreateContactInput, 'ownerId'>> & { ownerId?: string | null } {
  return {
    salutation: values.salutation as Contact['salutation'],
    title: orNull(values.title),
    firstName: orNull(values.firstName),
    lastName: values.lastName.trim(),
    emails: values.emails
      .filter((email) => email.address.trim())
      .map((email) => ({
        type: email.type as Contact['emails'][number]['type'],
        address: email.address.trim(),
      })),
    phones: values.phones
      .filter((phone) => phone.number.trim())
      .map((phone) => ({
        type: phone.type as Contact['phones'][number]['type'],
        number: phone.number.trim(),
      })),
    language: values.language as Contact['language'],
    birthday: dateOrNull(values.birthday),
    preferredChannel: values.preferredChannel as Contact['preferredChannel'],
    doNotContact: values.doNotContact,
    marketingConsent: values.marketingConsent,
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    tags: values.tags,
    employments: values.employments.map((employment) => ({
      organizationId: employment.organizationId ?? '',
      position: orNull(employment.position),
      department: orNull(employment.department),
      startDate: dateOrNull(employment.startDate),
      endDate: dateOrNull(employment.endDate),
      isMainContact: employment.isMainContact,
    })),
    addresses: values.addresses.map(
      (address): AddressInput => ({
        type: address.type as AddressInput['type'],
        street: orNull(address.street),
        houseNumber: orNull(address.houseNumber),
        addressLine2: null,
        poBox: null,
        postalCode: orNull(address.postalCode),
        city: orNull(address.city),
        countryCode: address.countryCode.trim().toUpperCase() || 'DE',
      }),
    ),
  };
}

/** Empty e-mail and phone rows are removed first, so server paths like `emails.1.address` match the rows shown. */
export function withoutEmptyRows(form: ContactForm): ContactFormValues {
  const values = form.getValues();
  const emails = values.emails.filter((email) => email.address.trim());
  const phones = values.phones.filter((phone) => phone.number.trim());
  if (emails.length !== values.emails.length) form.setFieldValue('emails', emails);
  if (phones.length !== values.phones.length) form.setFieldValue('phones', phones);
  return { ...values, emails, phones };
}
