import type { AddressInput } from '@kontor/domain/addresses';
import { ADDRESS_TYPES } from '@kontor/domain/addresses';
import {
  CHANNELS,
  CONTACT,
  type Contact,
  EMAIL_TYPES,
  PHONE_TYPES,
  SALUTATIONS,
} from '@kontor/domain/contacts';
import { fieldOf } from '@kontor/domain/fields';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, formatDateInput, parseDateInput, useDateValidator } from '../../ui/DateField';
import { useLabel } from '../../ui/fieldFormat';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useUsersList } from '../../ui/lookups';
import { OrganizationSelect } from '../../ui/OrganizationSelect';
import { useCurrentSession, usePermission } from '../../ui/session';
import { UnsavedChangesPrompt } from '../../ui/UnsavedChangesPrompt';
import { useValidators } from '../../ui/validators';
import type { CreateContactInput } from './api';

interface EmploymentValues {
  organizationId: string | null;
  /** Only for showing the chosen organisation before any search. */
  organizationName: string;
  position: string;
  department: string;
  startDate: string;
  endDate: string;
  isMainContact: boolean;
}

interface AddressValues {
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

const emptyAddress = (): AddressValues => ({
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

export function useContactForm(values: ContactFormValues): ContactForm {
  const { t } = useTranslation();
  const validators = useValidators();
  const date = useDateValidator();
  return useForm<ContactFormValues>({
    initialValues: values,
    validate: {
      lastName: validators.required,
      birthday: date,
      emails: { address: (value) => (value.trim() === '' ? null : validators.email(value)) },
      employments: {
        organizationId: (value) => (value ? null : t('contacts.validation.organization')),
        startDate: date,
        endDate: (value, all, path) => {
          const invalid = date(value);
          if (invalid) return invalid;
          const index = Number(path.split('.')[1]);
          const start = parseDateInput(all.employments[index]?.startDate ?? '');
          const end = parseDateInput(value);
          return start && end && end < start ? t('contacts.validation.endBeforeStart') : null;
        },
      },
      addresses: {
        countryCode: (value) =>
          /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('organizations.validation.countryCode'),
      },
    },
  });
}

interface ContactFormProps {
  form: ContactForm;
  contact?: Contact;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  alert?: ReactNode;
  /** Under the name fields while creating: likely duplicates. */
  duplicates?: ReactNode;
  onSubmit: (values: ContactFormValues, markSaved: () => void) => void;
  onCancel: () => void;
}

/** All fields of a contact in cards; the page around it decides create or edit. */
export function ContactFormFields({
  form,
  contact,
  submitLabel,
  pending,
  disabled,
  alert,
  duplicates,
  onSubmit,
  onCancel,
}: ContactFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const saved = useRef(false);
  const fieldLabel = (key: string) => {
    const field = fieldOf(CONTACT, key);
    return field ? label(field.label) : key;
  };
  const options = (key: string) =>
    (fieldOf(CONTACT, key)?.options ?? []).map((option) => ({
      value: option.value,
      label: label(option.label),
    }));
  const typed = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`contacts.${group}.${value}`) }));
  const dirty = useCallback(() => !saved.current && form.isDirty(), [form]);
  const values = form.getValues();

  return (
    <HotkeyForm
      onSubmit={form.onSubmit((submitted) =>
        onSubmit(submitted, () => {
          saved.current = true;
        }),
      )}
      onEscape={onCancel}
    >
      <UnsavedChangesPrompt dirty={dirty} />
      <Stack gap="lg">
        {alert}
        <Section title={t('contacts.sections.person')}>
          <Select
            label={t('contacts.salutation')}
            data={typed('salutations', SALUTATIONS)}
            clearable
            {...form.getInputProps('salutation')}
          />
          <TextInput label={t('contacts.titleField')} placeholder="Dr." {...form.getInputProps('title')} />
          <TextInput
            label={fieldLabel('firstName')}
            autoFocus
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={fieldLabel('lastName')}
            required
            autoComplete="off"
            {...form.getInputProps('lastName')}
          />
          <DateField label={fieldLabel('birthday')} {...form.getInputProps('birthday')} />
          <Select
            label={fieldLabel('language')}
            data={options('language')}
            allowDeselect={false}
            {...form.getInputProps('language')}
          />
        </Section>
        {duplicates}

        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="md">
            {t('contacts.sections.channels')}
          </Title>
          <Stack gap="md">
            <RowList
              title={t('contacts.emails')}
              addLabel={t('contacts.addEmail')}
              onAdd={() => form.insertListItem('emails', { type: 'work', address: '' })}
            >
              {values.emails.map((_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
                <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                  <Select
                    label={t('contacts.emailType')}
                    data={typed('emailTypes', EMAIL_TYPES)}
                    allowDeselect={false}
                    w={150}
                    {...form.getInputProps(`emails.${index}.type`)}
                  />
                  <TextInput
                    label={t('contacts.emailAddress', { number: index + 1 })}
                    type="email"
                    autoComplete="off"
                    style={{ flex: 1 }}
                    {...form.getInputProps(`emails.${index}.address`)}
                  />
                  <RemoveButton
                    label={t('contacts.removeEmail', { number: index + 1 })}
                    onClick={() => form.removeListItem('emails', index)}
                  />
                </Group>
              ))}
            </RowList>
            <RowList
              title={t('contacts.phones')}
              addLabel={t('contacts.addPhone')}
              onAdd={() => form.insertListItem('phones', { type: 'work', number: '' })}
            >
              {values.phones.map((_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
                <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                  <Select
                    label={t('contacts.phoneType')}
                    data={typed('phoneTypes', PHONE_TYPES)}
                    allowDeselect={false}
                    w={150}
                    {...form.getInputProps(`phones.${index}.type`)}
                  />
                  <TextInput
                    label={t('contacts.phoneNumber', { number: index + 1 })}
                    type="tel"
                    autoComplete="off"
                    style={{ flex: 1 }}
                    {...form.getInputProps(`phones.${index}.number`)}
                  />
                  <RemoveButton
                    label={t('contacts.removePhone', { number: index + 1 })}
                    onClick={() => form.removeListItem('phones', index)}
                  />
                </Group>
              ))}
            </RowList>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              <Select
                label={fieldLabel('preferredChannel')}
                data={typed('channels', CHANNELS)}
                clearable
                {...form.getInputProps('preferredChannel')}
              />
              <div />
              <Switch
                label={fieldLabel('doNotContact')}
                description={t('contacts.doNotContactHint')}
                {...form.getInputProps('doNotContact', { type: 'checkbox' })}
              />
              <Switch
                label={fieldLabel('marketingConsent')}
                description={t('contacts.marketingConsentHint')}
                {...form.getInputProps('marketingConsent', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4}>
            {t('contacts.sections.employments')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('contacts.employmentsHint')}
          </Text>
          <Stack gap="md">
            {values.employments.map((employment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
              <Card key={index} withBorder padding="md" bg="var(--mantine-color-default-hover)">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
                  <OrganizationSelect
                    label={t('contacts.organization')}
                    required
                    initial={
                      employment.organizationId
                        ? { id: employment.organizationId, name: employment.organizationName }
                        : null
                    }
                    value={employment.organizationId}
                    error={form.getInputProps(`employments.${index}.organizationId`).error}
                    onChange={(id, name) => {
                      form.setFieldValue(`employments.${index}.organizationId`, id);
                      form.setFieldValue(`employments.${index}.organizationName`, name ?? '');
                    }}
                  />
                  <TextInput
                    label={fieldLabel('position')}
                    {...form.getInputProps(`employments.${index}.position`)}
                  />
                  <TextInput
                    label={t('contacts.department')}
                    {...form.getInputProps(`employments.${index}.department`)}
                  />
                  <Group gap="xs" grow align="flex-start">
                    <DateField
                      label={t('contacts.from')}
                      {...form.getInputProps(`employments.${index}.startDate`)}
                    />
                    <DateField
                      label={t('contacts.to')}
                      {...form.getInputProps(`employments.${index}.endDate`)}
                    />
                  </Group>
                  <Switch
                    label={t('organizations.mainContact')}
                    description={t('contacts.mainContactHint')}
                    {...form.getInputProps(`employments.${index}.isMainContact`, { type: 'checkbox' })}
                  />
                  <Group justify="flex-end" align="flex-end">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => form.removeListItem('employments', index)}
                    >
                      {t('contacts.removeEmployment')}
                    </Button>
                  </Group>
                </SimpleGrid>
              </Card>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('employments', emptyEmployment())}
              >
                {t('contacts.addEmployment')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb={4}>
            {t('contacts.sections.addresses')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('contacts.addressesHint')}
          </Text>
          <Stack gap="md">
            {values.addresses.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
              <Card key={index} withBorder padding="md" bg="var(--mantine-color-default-hover)">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
                  <Select
                    label={t('address.type')}
                    data={ADDRESS_TYPES.map((type) => ({ value: type, label: t(`address.types.${type}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps(`addresses.${index}.type`)}
                  />
                  <TextInput
                    label={t('address.street')}
                    {...form.getInputProps(`addresses.${index}.street`)}
                  />
                  <TextInput
                    label={t('address.houseNumber')}
                    {...form.getInputProps(`addresses.${index}.houseNumber`)}
                  />
                  <TextInput
                    label={t('address.postalCode')}
                    {...form.getInputProps(`addresses.${index}.postalCode`)}
                  />
                  <TextInput label={t('address.city')} {...form.getInputProps(`addresses.${index}.city`)} />
                  <TextInput
                    label={t('address.countryCode')}
                    description={t('address.countryCodeHint')}
                    maxLength={2}
                    {...form.getInputProps(`addresses.${index}.countryCode`)}
                  />
                </SimpleGrid>
                <Group justify="flex-end" mt="xs">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => form.removeListItem('addresses', index)}
                  >
                    {t('contacts.removeAddress')}
                  </Button>
                </Group>
              </Card>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('addresses', emptyAddress())}
              >
                {t('contacts.addAddress')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Section title={t('contacts.sections.care')}>
          <OwnerSelect form={form} label={fieldLabel('ownerName')} contact={contact} />
          <TagsInput
            label={fieldLabel('tags')}
            description={t('organizations.tagsHint')}
            clearable
            {...form.getInputProps('tags')}
          />
        </Section>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={disabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </HotkeyForm>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </Card>
  );
}

function RowList({
  title,
  addLabel,
  onAdd,
  children,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" role="group" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {children}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" size="lg" mt={26} aria-label={label} onClick={onClick}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** The account manager: chosen from the users where the role may read them, else the creator. */
function OwnerSelect({ form, label, contact }: { form: ContactForm; label: string; contact?: Contact }) {
  const { t } = useTranslation();
  const me = useCurrentSession().user;
  const canReadUsers = usePermission('users.read');
  const users = useUsersList(canReadUsers);
  if (!canReadUsers) {
    const name = contact ? (contact.ownerName ?? '–') : me.name;
    return (
      <TextInput
        label={label}
        value={name}
        readOnly
        description={contact ? undefined : t('contacts.ownerIsYou')}
      />
    );
  }
  const ownerId = form.getValues().ownerId;
  const data = (users.data ?? [])
    .filter((user) => user.active || user.id === ownerId)
    .map((user) => ({ value: user.id, label: user.name }));
  if (ownerId && !data.some((option) => option.value === ownerId)) {
    data.push({ value: ownerId, label: contact?.ownerName ?? me.name });
  }
  return <Select label={label} data={data} searchable clearable {...form.getInputProps('ownerId')} />;
}
