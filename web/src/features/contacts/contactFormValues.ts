import type { Contact } from '@kontor/domain/contacts';
import type { UseFormReturnType } from '@mantine/form';
import { formatDateInput } from '../../ui/DateField';

export interface EmploymentValues {
  organizationId: string | null;
  /** Only for showing the chosen organisation before any search. */
  organizationName: string;
  position: string;
  department: string;
  startDate: string;
  endDate: string;
  isMainContact: boolean;
}

export interface AddressValues {
  type: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  countryCode: string;
}

export interface ContactFormValues {
  salutation: string | null;
  title: string;
  firstName: string;
  lastName: string;
  emails: { type: string; address: string }[];
  phones: { type: string; number: string }[];
  language: string;
  /** As typed (15.3.1970); sent as ISO. */
  birthday: string;
  preferredChannel: string | null;
  doNotContact: boolean;
  marketingConsent: boolean;
  ownerId: string | null;
  tags: string[];
  employments: EmploymentValues[];
  addresses: AddressValues[];
}

export type ContactForm = UseFormReturnType<ContactFormValues>;

export function emptyEmployment(organization?: { id: string; name: string }): EmploymentValues {
  return {
    organizationId: organization?.id ?? null,
    organizationName: organization?.name ?? '',
    position: '',
    department: '',
    startDate: '',
    endDate: '',
    isMainContact: false,
  };
}

export const emptyAddress = (): AddressValues => ({
  type: 'private',
  street: '',
  houseNumber: '',
  postalCode: '',
  city: '',
  countryCode: 'DE',
});

export function initialValues(
  language: string,
  contact?: Contact,
  defaults: { ownerId?: string | null; organization?: { id: string; name: string } } = {},
): ContactFormValues {
  return {
    salutation: contact?.salutation ?? null,
    title: contact?.title ?? '',
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    emails: contact ? contact.emails.map((email) => ({ ...email })) : [{ type: 'work', address: '' }],
    phones: contact ? contact.phones.map((phone) => ({ ...phone })) : [{ type: 'work', number: '' }],
    language: contact?.language ?? 'de',
    birthday: formatDateInput(contact?.birthday, language),
    preferredChannel: contact?.preferredChannel ?? null,
    doNotContact: contact?.doNotContact ?? false,
    marketingConsent: contact?.marketingConsent ?? false,
    ownerId: contact ? contact.ownerId : (defaults.ownerId ?? null),
    tags: contact?.tags ?? [],
    employments: contact
      ? contact.employments.map((employment) => ({
          organizationId: employment.organizationId,
          organizationName: employment.organizationName ?? '',
          position: employment.position ?? '',
          department: employment.department ?? '',
          startDate: formatDateInput(employment.startDate, language),
          endDate: formatDateInput(employment.endDate, language),
          isMainContact: employment.isMainContact,
        }))
      : defaults.organization
        ? [emptyEmployment(defaults.organization)]
        : [],
    // Inherited addresses are the organisation's; the form only edits the contact's own.
    addresses:
      contact && !contact.addressesInherited
        ? contact.addresses.map((address) => ({
            type: address.type,
            street: address.street ?? '',
            houseNumber: address.houseNumber ?? '',
            postalCode: address.postalCode ?? '',
            city: address.city ?? '',
            countryCode: address.countryCode,
          }))
        : [],
  };
}
