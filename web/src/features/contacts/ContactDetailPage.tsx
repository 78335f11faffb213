import { CONTACT, type Contact, contactSchema } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconBan,
  IconGitMerge,
  IconHistory,
  IconInfoCircle,
  IconMail,
  IconPencil,
  IconPhone,
  IconTrash,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ActionWithReason } from '../../ui/ActionWithReason';
import { AddressBlock, AddressFieldPreview } from '../../ui/AddressBlock';
import { ApiError } from '../../ui/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailSkeleton, InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { FieldHistory } from '../../ui/FieldHistory';
import { useFieldFormat, useLabel } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { usePageKey } from '../../ui/keyboard';
import { MergeModal } from '../../ui/MergeModal';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import {
  CONTACTS_API,
  contactsKey,
  useContact,
  useContactDuplicates,
  useContactHistory,
  useContactSearch,
  useDeleteContact,
} from './api';
import { ContactNotFound } from './ContactNotFound';

export function ContactDetailPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  if (contact.isPending) return <DetailSkeleton />;
  if (contact.isError) {
    if (contact.error instanceof ApiError && contact.error.status === 404) return <ContactNotFound />;
    return <ErrorState error={contact.error} onRetry={() => contact.refetch()} />;
  }
  return <ContactDetail key={id} contact={contact.data} />;
}

/** The employments as the history reads best: current ones first, then ended ones, latest first. */
function sortedEmployments(contact: Contact) {
  return [...contact.employments].sort((a, b) => {
    if (!a.endDate !== !b.endDate) return a.endDate ? 1 : -1;
    return (b.endDate ?? b.startDate ?? '').localeCompare(a.endDate ?? a.startDate ?? '');
  });
}

function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canWrite = usePermission('contacts.write');
  const canDelete = usePermission('contacts.delete');
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const remove = useDeleteContact(contact.id);
  const tab = params.get('tab') === 'history' ? 'history' : 'overview';
  const editPath = `/contacts/${encodeURIComponent(contact.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  const confirmDelete = () =>
    remove.mutate(undefined, {
      onError: (error) => notifyError(error, t),
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('contacts.deleted', { name: contact.name }) });
        navigate('/contacts', { replace: true });
      },
    });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/contacts" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('contacts.backToList')}
        </Group>
      </Anchor>
      <Header contact={contact}>
        <Group gap="xs">
          <ActionWithReason allowed={canWrite} reason={t('contacts.noWritePermission')}>
            <Button
              component={canWrite ? Link : undefined}
              to={editPath}
              disabled={!canWrite}
              leftSection={<IconPencil size={18} aria-hidden />}
            >
              {t('organizations.edit')}
            </Button>
          </ActionWithReason>
          <ActionWithReason allowed={canDelete} reason={t('merge.noPermission')}>
            <Button
              variant="default"
              disabled={!canDelete}
              onClick={() => setMerging(true)}
              leftSection={<IconGitMerge size={18} aria-hidden />}
            >
              {t('merge.action')}
            </Button>
          </ActionWithReason>
          <ActionWithReason allowed={canDelete} reason={t('contacts.noDeletePermission')}>
            <Button
              variant="default"
              color="red"
              disabled={!canDelete}
              onClick={() => setDeleting(true)}
              leftSection={<IconTrash size={18} aria-hidden />}
            >
              {t('common.delete')}
            </Button>
          </ActionWithReason>
        </Group>
      </Header>

      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === 'history' ? { tab: 'history' } : {}, {
            replace: true,
            preventScrollReset: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('organizations.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('organizations.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview contact={contact} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <History contact={contact} />
        </Tabs.Panel>
      </Tabs>

      <ConfirmModal
        opened={deleting}
        title={t('contacts.deleteTitle')}
        message={t('contacts.deleteText', { name: contact.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(false)}
      />
      {canDelete && <ContactMerge contact={contact} opened={merging} onClose={() => setMerging(false)} />}
    </Stack>
  );
}

function Header({ contact, children }: { contact: Contact; children: ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const doNotContact = fieldOf(CONTACT, 'doNotContact') as FieldDef;
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Group gap="sm">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {[contact.title, contact.name].filter(Boolean).join(' ')}
          </Title>
          {contact.doNotContact && (
            <Badge color="red" variant="light" leftSection={<IconBan size={12} aria-hidden />}>
              {label(doNotContact.label)}
            </Badge>
          )}
        </Group>
        {(contact.organizationId || contact.position) && (
          <Text size="sm">
            {contact.position}
            {contact.position && contact.organizationId && ` ${t('contacts.at')} `}
            {contact.organizationId && (
              <Anchor
                component={Link}
                to={`/organizations/${encodeURIComponent(contact.organizationId)}`}
                size="sm"
              >
                {contact.organizationName ?? contact.organizationId}
              </Anchor>
            )}
          </Text>
        )}
        <Group gap="md">
          {contact.email && (
            <Anchor href={`mailto:${contact.email}`} size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconMail size={16} aria-hidden />
                {contact.email}
              </Group>
            </Anchor>
          )}
          {contact.phone && (
            <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconPhone size={16} aria-hidden />
                {contact.phone}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
      {children}
    </Group>
  );
}

function Overview({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const label = useLabel();
  const fieldFormat = useFieldFormat();
  const format = useFormat();
  const fact = (key: string, value?: ReactNode) => {
    const field = fieldOf(CONTACT, key) as FieldDef;
    return {
      label: label(field.label),
      value: value ?? fieldFormat.cell(field, (contact as unknown as Record<string, unknown>)[key]),
    };
  };
  const dash = (
    <Text span c="dimmed" size="sm">
      –
    </Text>
  );
  const yesNo = (value: boolean) => (value ? t('contacts.yes') : t('contacts.no'));
  const current = contact.employments.find((employment) => !employment.endDate);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('contacts.sections.person')}>
        <FactList
          facts={[
            {
              label: t('contacts.salutation'),
              value: contact.salutation ? t(`contacts.salutations.${contact.salutation}`) : dash,
            },
            { label: t('contacts.titleField'), value: contact.title ?? dash },
            fact('firstName'),
            fact('lastName'),
            fact('birthday'),
            fact('language'),
            fact('ownerName'),
            fact('tags'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('contacts.sections.channels')}>
        <FactList
          facts={[
            {
              label: t('contacts.emails'),
              value:
                contact.emails.length === 0 ? (
                  dash
                ) : (
                  <Stack gap={2} component="span">
                    {contact.emails.map((email) => (
                      <span key={email.address}>
                        <Anchor href={`mailto:${email.address}`} size="sm">
                          {email.address}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({t(`contacts.emailTypes.${email.type}`)})
                        </Text>
                      </span>
                    ))}
                  </Stack>
                ),
            },
            {
              label: t('contacts.phones'),
              value:
                contact.phones.length === 0 ? (
                  dash
                ) : (
                  <Stack gap={2} component="span">
                    {contact.phones.map((phone) => (
                      <span key={phone.number}>
                        <Anchor href={`tel:${phone.number.replace(/[^\d+]/g, '')}`} size="sm">
                          {phone.number}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({t(`contacts.phoneTypes.${phone.type}`)})
                        </Text>
                      </span>
                    ))}
                  </Stack>
                ),
            },
            {
              label: label((fieldOf(CONTACT, 'preferredChannel') as FieldDef).label),
              value: contact.preferredChannel ? t(`contacts.channels.${contact.preferredChannel}`) : dash,
            },
            fact('doNotContact', yesNo(contact.doNotContact)),
            fact('marketingConsent', yesNo(contact.marketingConsent)),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('contacts.sections.employments')}>
        {contact.employments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contacts.noEmployments')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={-1}>
            {sortedEmployments(contact).map((employment) => {
              const period = [
                employment.startDate ? format.date(employment.startDate) : null,
                employment.endDate ? format.date(employment.endDate) : null,
              ];
              return (
                <Timeline.Item
                  key={employment.id}
                  color={employment.endDate ? 'gray' : 'teal'}
                  title={
                    <Group gap="xs">
                      <Anchor
                        component={Link}
                        to={`/organizations/${encodeURIComponent(employment.organizationId)}`}
                        size="sm"
                        fw={600}
                      >
                        {employment.organizationName ?? employment.organizationId}
                      </Anchor>
                      {employment.isMainContact && (
                        <Badge size="sm" variant="light" color="blue">
                          {t('organizations.mainContact')}
                        </Badge>
                      )}
                      {employment.endDate ? (
                        <Badge size="sm" variant="outline" color="gray">
                          {t('contacts.ended')}
                        </Badge>
                      ) : (
                        <Badge size="sm" variant="light" color="teal">
                          {t('contacts.current')}
                        </Badge>
                      )}
                    </Group>
                  }
                >
                  <Text size="sm">
                    {[employment.position, employment.department].filter(Boolean).join(', ') || '–'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {period[0] || period[1]
                      ? t('contacts.period', { from: period[0] ?? '…', to: period[1] ?? t('contacts.today') })
                      : t('contacts.noPeriod')}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </InfoCard>
      <InfoCard title={t('contacts.sections.addresses')}>
        {contact.addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organizations.noAddress')}
          </Text>
        ) : (
          <Stack gap="md">
            {contact.addressesInherited && (
              <Badge variant="light" color="grape" tt="none" size="lg" radius="sm">
                {t('contacts.inherited')}
              </Badge>
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              {contact.addresses.map((address) => (
                <AddressBlock key={address.id} address={address} />
              ))}
            </SimpleGrid>
            {contact.addresses[0] && (
              <AddressFieldPreview
                input={{
                  organizationName:
                    contact.addressesInherited || contact.addresses[0].type !== 'private'
                      ? (current?.organizationName ?? undefined)
                      : undefined,
                  department: current?.department ?? undefined,
                  salutation: contact.salutation,
                  title: contact.title ?? undefined,
                  firstName: contact.firstName ?? undefined,
                  lastName: contact.lastName,
                  street: contact.addresses[0].street ?? undefined,
                  houseNumber: contact.addresses[0].houseNumber ?? undefined,
                  addressLine2: contact.addresses[0].addressLine2 ?? undefined,
                  poBox: contact.addresses[0].poBox ?? undefined,
                  postalCode: contact.addresses[0].postalCode ?? undefined,
                  city: contact.addresses[0].city ?? undefined,
                  countryCode: contact.addresses[0].countryCode,
                }}
              />
            )}
          </Stack>
        )}
      </InfoCard>
      <InfoCard title={t('organizations.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

function History({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const history = useContactHistory(contact.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const owner = fieldOf(CONTACT, 'ownerName') as FieldDef;
  const text = (key: string, labelKey: string): FieldDef => ({
    key,
    kind: 'text',
    label: { de: t(labelKey, { lng: 'de' }), en: t(labelKey, { lng: 'en' }) },
  });
  return (
    <FieldHistory
      record={CONTACT}
      items={history.data}
      extraFields={{
        ownerId: owner,
        salutation: text('salutation', 'contacts.salutation'),
        title: text('title', 'contacts.titleField'),
        emails: text('emails', 'contacts.emails'),
        phones: text('phones', 'contacts.phones'),
        employments: text('employments', 'contacts.sections.employments'),
        addresses: text('addresses', 'contacts.sections.addresses'),
      }}
      describeValue={(field, value) => {
        if (field === 'ownerId' && value === contact.ownerId) return contact.ownerName ?? undefined;
        return undefined;
      }}
    />
  );
}

/** "Zusammenführen": the duplicates the server finds for this contact, or any contact by name. */
function ContactMerge({
  contact,
  opened,
  onClose,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
}) {
  const duplicates = useContactDuplicates(
    opened
      ? {
          firstName: contact.firstName ?? '',
          lastName: contact.lastName,
          email: contact.email ?? '',
          phone: contact.phone ?? '',
          city: contact.addresses[0]?.city ?? '',
          excludeId: contact.id,
        }
      : {},
  );
  return (
    <MergeModal<Contact>
      opened={opened}
      onClose={onClose}
      current={contact}
      apiPath={CONTACTS_API}
      detailPath={(id) => `/contacts/${encodeURIComponent(id)}`}
      schema={contactSchema}
      queryKey={contactsKey}
      suggestions={(duplicates.data ?? []).map(({ contact: other, reasons }) => ({
        id: other.id,
        name: other.name,
        detail: other.organizationName,
        reasons,
      }))}
      useSearch={useMergeSearch}
      describe={(record) => <MergeFacts contact={record} />}
      moves={(merged) => <MergeMoves contact={merged} />}
    />
  );
}

/** Contacts by name for the merge picker, as merge options. */
function useMergeSearch(typed: string) {
  const found = useContactSearch(typed);
  return {
    isFetching: found.isFetching,
    data: found.data?.map((other) => ({ id: other.id, name: other.name, detail: other.organizationName })),
  };
}

function MergeMoves({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const lines = [
    contact.emails.length ? t('contacts.movesEmails', { count: contact.emails.length }) : null,
    contact.phones.length ? t('contacts.movesPhones', { count: contact.phones.length }) : null,
    contact.employments.length ? t('contacts.movesEmployments', { count: contact.employments.length }) : null,
    !contact.addressesInherited && contact.addresses.length
      ? t('contacts.movesAddresses', { count: contact.addresses.length })
      : null,
    contact.tags.length ? t('organizations.movesTags', { tags: contact.tags.join(', ') }) : null,
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return <Text size="sm">{t('merge.nothingMoves')}</Text>;
  return (
    <Stack gap={2}>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

function MergeFacts({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  return (
    <FactList
      facts={[
        { label: t('contacts.organization'), value: contact.organizationName ?? '–' },
        {
          label: t('contacts.emails'),
          value: contact.emails.map((email) => email.address).join(', ') || '–',
        },
        { label: t('contacts.phones'), value: contact.phones.map((phone) => phone.number).join(', ') || '–' },
        {
          label: t('contacts.sections.employments'),
          value: String(contact.employments.length),
        },
        {
          label: label((fieldOf(CONTACT, 'createdAt') as FieldDef).label),
          value: format.dateTime(contact.createdAt),
        },
      ]}
    />
  );
}
