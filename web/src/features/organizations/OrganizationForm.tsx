import type { AddressInput } from '@kontor/domain/addresses';
import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import {
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressFields } from '../../ui/AddressFields';
import { FormSection } from '../../ui/FormSection';
import { OwnerSelect } from '../../ui/OwnerSelect';
import { RecordForm, type RecordFormFrameProps } from '../../ui/RecordForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { useValidators } from '../../ui/validators';
import type { CreateOrganizationInput } from './api';
import { MoneyInput } from './MoneyInput';
import { ParentSelect } from './ParentSelect';

interface AddressValues {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  countryCode: string;
}

export interface OrganizationFormValues {
  name: string;
  kind: string;
  relationships: string[];
  industry: string;
  abcClass: string | null;
  size: string | null;
  website: string;
  vatId: string;
  paymentTermsDays: number | string;
  /** In euros as typed; sent as integer cents. */
  creditLimit: number | string;
  ownerId: string | null;
  parentId: string | null;
  tags: string[];
  /** The form edits one address; further ones (from the API) are kept as they are. */
  addresses: AddressValues[];
}

export type OrganizationForm = UseFormReturnType<OrganizationFormValues>;

/** Server paths that name a field the form shows under another name. */
export function formPathOf(path: string): string {
  return path === 'creditLimitCents' ? 'creditLimit' : path;
}

export function initialValues(
  organization?: Organization,
  ownerId: string | null = null,
): OrganizationFormValues {
  const address = organization?.addresses[0];
  return {
    name: organization?.name ?? '',
    kind: organization?.kind ?? 'company',
    relationships: organization?.relationships ?? [],
    industry: organization?.industry ?? '',
    abcClass: organization?.abcClass ?? null,
    size: organization?.size ?? null,
    website: organization?.website ?? '',
    vatId: organization?.vatId ?? '',
    paymentTermsDays: organization?.paymentTermsDays ?? '',
    creditLimit: organization?.creditLimitCents == null ? '' : organization.creditLimitCents / 100,
    ownerId: organization ? organization.ownerId : ownerId,
    parentId: organization?.parentId ?? null,
    tags: organization?.tags ?? [],
    addresses: [
      {
        street: address?.street ?? '',
        houseNumber: address?.houseNumber ?? '',
        postalCode: address?.postalCode ?? '',
        city: address?.city ?? '',
        countryCode: address?.countryCode ?? 'DE',
      },
    ],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (value: number | string) => (value === '' || value === null ? null : Number(value));

/** The request body the form's values stand for; other addresses of the record are appended unchanged. */
export function toPayload(
  values: OrganizationFormValues,
  otherAddresses: AddressInput[] = [],
): Required<Omit<CreateOrganizationInput, 'ownerId'>> & { ownerId?: string | null } {
  const [address] = values.addresses;
  const hasAddress =
    address &&
    [address.street, address.houseNumber, address.postalCode, address.city].some((part) => part.trim());
  const euros = numberOrNull(values.creditLimit);
  return {
    name: values.name.trim(),
    kind: values.kind as Organization['kind'],
    relationships: values.relationships as Organization['relationships'],
    parentId: values.parentId,
    industry: orNull(values.industry),
    abcClass: values.abcClass as Organization['abcClass'],
    size: values.size as Organization['size'],
    website: orNull(values.website),
    vatId: orNull(values.vatId),
    paymentTermsDays: numberOrNull(values.paymentTermsDays),
    creditLimitCents: euros === null ? null : Math.round(euros * 100),
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    tags: values.tags,
    addresses: [
      ...(hasAddress && address
        ? [
            {
              type: 'billing' as const,
              street: orNull(address.street),
              houseNumber: orNull(address.houseNumber),
              addressLine2: null,
              poBox: null,
              postalCode: orNull(address.postalCode),
              city: orNull(address.city),
              countryCode: address.countryCode.trim().toUpperCase() || 'DE',
            },
          ]
        : []),
      ...otherAddresses,
    ],
  };
}

export function useOrganizationForm(values: OrganizationFormValues): OrganizationForm {
  const { t } = useTranslation();
  const validators = useValidators();
  return useForm<OrganizationFormValues>({
    initialValues: values,
    validate: {
      name: validators.required,
      paymentTermsDays: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 0 && Number(value) <= 365)
          ? null
          : t('organizations.validation.paymentTerms'),
      creditLimit: (value) =>
        value === '' || Number(value) >= 0 ? null : t('organizations.validation.creditLimit'),
      addresses: {
        countryCode: (value) =>
          /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('organizations.validation.countryCode'),
      },
    },
  });
}

interface OrganizationFormProps extends RecordFormFrameProps<OrganizationFormValues> {
  /** The organisation being edited (not offered as its own parent); none when creating. */
  organization?: Organization;
  /** Under the basics while creating: likely duplicates. */
  duplicates?: ReactNode;
}

/** All fields of an organisation in cards; the page around it decides create or edit. */
export function OrganizationFormFields({ organization, duplicates, ...frame }: OrganizationFormProps) {
  const { form } = frame;
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(ORGANIZATION);

  return (
    <RecordForm {...frame}>
      <FormSection title={t('organizations.sections.basics')}>
        <TextInput
          label={fieldLabel('name')}
          required
          data-autofocus
          autoFocus
          {...form.getInputProps('name')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="organization-kind">
            {fieldLabel('kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="organization-kind"
            data={options('kind')}
            {...form.getInputProps('kind')}
          />
        </Stack>
        <MultiSelect
          label={fieldLabel('relationships')}
          data={options('relationships')}
          searchable
          clearable
          {...form.getInputProps('relationships')}
        />
        <TextInput label={fieldLabel('industry')} {...form.getInputProps('industry')} />
        <Select
          label={fieldLabel('abcClass')}
          data={options('abcClass')}
          clearable
          {...form.getInputProps('abcClass')}
        />
        <Select label={fieldLabel('size')} data={options('size')} clearable {...form.getInputProps('size')} />
        <TextInput
          label={fieldLabel('website')}
          type="url"
          placeholder="https://"
          {...form.getInputProps('website')}
        />
        <TextInput label={fieldLabel('vatId')} placeholder="DE123456789" {...form.getInputProps('vatId')} />
        <TagsInput
          label={fieldLabel('tags')}
          description={t('organizations.tagsHint')}
          clearable
          {...form.getInputProps('tags')}
        />
      </FormSection>
      {duplicates}

      <FormSection title={t('organizations.sections.terms')}>
        <NumberInput
          label={fieldLabel('paymentTermsDays')}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('paymentTermsDays')}
        />
        <MoneyInput label={fieldLabel('creditLimit')} {...form.getInputProps('creditLimit')} />
        <OwnerSelect
          label={fieldLabel('ownerName')}
          ownerId={form.values.ownerId}
          inputProps={form.getInputProps('ownerId')}
          record={organization}
          ownerIsYou={t('organizations.ownerIsYou')}
        />
        <ParentSelect
          label={t('organizations.parent')}
          excludeId={organization?.id}
          initial={
            organization?.parentId ? { id: organization.parentId, name: organization.parentName ?? '' } : null
          }
          {...form.getInputProps('parentId')}
        />
      </FormSection>

      <FormSection title={t('organizations.sections.address')}>
        <AddressFields path="addresses.0" inputProps={(path) => form.getInputProps(path)} autoComplete />
      </FormSection>
    </RecordForm>
  );
}
