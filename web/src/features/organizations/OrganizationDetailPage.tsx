import type { Contact } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION, type Organization, organizationSchema } from '@kontor/domain/organizations';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAddressBook,
  IconArrowLeft,
  IconGitMerge,
  IconHistory,
  IconInfoCircle,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ActionWithReason } from '../../ui/ActionWithReason';
import { AddressBlock } from '../../ui/AddressBlock';
import { ApiError } from '../../ui/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailSkeleton, InfoCard } from '../../ui/DetailParts';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { FactList } from '../../ui/FactList';
import { FieldHistory } from '../../ui/FieldHistory';
import { useFieldFormat, useLabel } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { usePageKey } from '../../ui/keyboard';
import { MergeModal } from '../../ui/MergeModal';
import { notifyError } from '../../ui/problems';
import { SimpleTable } from '../../ui/SimpleTable';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import {
  ORGANIZATIONS_API,
  organizationsKey,
  useDeleteOrganization,
  useOrganization,
  useOrganizationChildren,
  useOrganizationContacts,
  useOrganizationDuplicates,
  useOrganizationHistory,
  useOrganizationNameSearch,
} from './api';
import { OrganizationNotFound } from './OrganizationNotFound';

const RELATIONSHIP_COLORS: Record<string, string> = {
  customer: 'teal',
  prospect: 'blue',
  supplier: 'grape',
  partner: 'indigo',
  competitor: 'red',
  other: 'gray',
};

export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  if (organization.isPending) return <DetailSkeleton />;
  if (organization.isError) {
    if (organization.error instanceof ApiError && organization.error.status === 404)
      return <OrganizationNotFound />;
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  }
  return <OrganizationDetail key={id} organization={organization.data} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canWrite = usePermission('organizations.write');
  const canDelete = usePermission('organizations.delete');
  const canReadContacts = usePermission('contacts.read');
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const remove = useDeleteOrganization(organization.id);
  const contacts = useOrganizationContacts(organization.id, canReadContacts);
  const requested = params.get('tab');
  const tab =
    requested === 'history' || (requested === 'contacts' && canReadContacts) ? requested : 'overview';
  const editPath = `/organizations/${encodeURIComponent(organization.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  const confirmDelete = () =>
    remove.mutate(undefined, {
      onError: (error) => notifyError(error, t),
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: t('organizations.deleted', { name: organization.name }),
        });
        navigate('/organizations', { replace: true });
      },
    });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/organizations" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('organizations.backToList')}
        </Group>
      </Anchor>
      <Header organization={organization}>
        <Group gap="xs">
          <ActionWithReason allowed={canWrite} reason={t('organizations.noWritePermission')}>
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
          <ActionWithReason allowed={canDelete} reason={t('organizations.noDeletePermission')}>
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
          setParams(value && value !== 'overview' ? { tab: value } : {}, {
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
          {canReadContacts && (
            <Tabs.Tab
              value="contacts"
              leftSection={<IconAddressBook size={16} aria-hidden />}
              rightSection={
                contacts.data && (
                  <Badge size="sm" variant="light" circle={contacts.data.length < 10}>
                    {contacts.data.length}
                  </Badge>
                )
              }
            >
              {t('organizations.tabs.contacts')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('organizations.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview organization={organization} />
        </Tabs.Panel>
        {canReadContacts && (
          <Tabs.Panel value="contacts">
            <ContactsTab organization={organization} contacts={contacts} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="history">
          <History organization={organization} />
        </Tabs.Panel>
      </Tabs>

      <ConfirmModal
        opened={deleting}
        title={t('organizations.deleteTitle')}
        message={t('organizations.deleteText', { name: organization.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(false)}
      />
      {canDelete && (
        <OrganizationMerge organization={organization} opened={merging} onClose={() => setMerging(false)} />
      )}
    </Stack>
  );
}

function Header({ organization, children }: { organization: Organization; children: ReactNode }) {
  const { t } = useTranslation();
  const fieldFormat = useFieldFormat();
  const label = useLabel();
  const field = (key: string) => fieldOf(ORGANIZATION, key) as FieldDef;
  const facts = [
    fieldFormat.text(field('kind'), organization.kind),
    organization.city,
    organization.industry,
    organization.abcClass && `${label(field('abcClass').label)} ${organization.abcClass}`,
    organization.ownerName && t('organizations.managedBy', { name: organization.ownerName }),
  ].filter(Boolean);

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {organization.name}
        </Title>
        <Group gap={6}>
          {organization.relationships.map((relationship) => (
            <Badge key={relationship} color={RELATIONSHIP_COLORS[relationship] ?? 'gray'} variant="light">
              {fieldFormat.optionLabel(field('relationships'), relationship)}
            </Badge>
          ))}
          {organization.customerNumber && (
            <Badge variant="outline" color="gray" tt="none">
              {label(field('customerNumber').label)} {organization.customerNumber}
            </Badge>
          )}
          {organization.supplierNumber && (
            <Badge variant="outline" color="gray" tt="none">
              {label(field('supplierNumber').label)} {organization.supplierNumber}
            </Badge>
          )}
        </Group>
        {facts.length > 0 && (
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        )}
      </Stack>
      {children}
    </Group>
  );
}

function Overview({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const fieldFormat = useFieldFormat();
  const fact = (key: string, value?: ReactNode) => {
    const field = fieldOf(ORGANIZATION, key) as FieldDef;
    return {
      label: label(field.label),
      value: value ?? fieldFormat.cell(field, (organization as unknown as Record<string, unknown>)[key]),
    };
  };
  const dash = (
    <Text span c="dimmed" size="sm">
      –
    </Text>
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('organizations.sections.basics')}>
        <FactList
          facts={[
            fact('kind'),
            fact('relationships'),
            fact('industry'),
            fact('abcClass'),
            fact('size'),
            fact(
              'website',
              organization.website ? (
                <Anchor href={websiteHref(organization.website)} target="_blank" rel="noreferrer" size="sm">
                  {organization.website}
                </Anchor>
              ) : undefined,
            ),
            fact('vatId'),
            fact('tags'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('organizations.sections.terms')}>
        <FactList
          facts={[
            fact('customerNumber'),
            fact('supplierNumber'),
            fact(
              'paymentTermsDays',
              organization.paymentTermsDays === null
                ? undefined
                : t('organizations.days', { count: organization.paymentTermsDays }),
            ),
            fact(
              'creditLimit',
              organization.creditLimitCents === null
                ? dash
                : format.money(organization.creditLimitCents, organization.currency),
            ),
            fact('ownerName'),
            {
              label: t('organizations.parent'),
              value: organization.parentId ? (
                <Anchor
                  component={Link}
                  to={`/organizations/${encodeURIComponent(organization.parentId)}`}
                  size="sm"
                >
                  {organization.parentName ?? organization.parentId}
                </Anchor>
              ) : (
                dash
              ),
            },
          ]}
        />
      </InfoCard>
      <InfoCard title={t('organizations.sections.addresses')}>
        {organization.addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organizations.noAddress')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            {organization.addresses.map((address) => (
              <AddressBlock key={address.id} address={address} />
            ))}
          </SimpleGrid>
        )}
      </InfoCard>
      <InfoCard title={t('organizations.children')}>
        <Children organization={organization} />
      </InfoCard>
      <InfoCard title={t('organizations.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

function History({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const history = useOrganizationHistory(organization.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const creditLimit = fieldOf(ORGANIZATION, 'creditLimit') as FieldDef;
  const owner = fieldOf(ORGANIZATION, 'ownerName') as FieldDef;
  return (
    <FieldHistory
      record={ORGANIZATION}
      items={history.data}
      extraFields={{
        creditLimitCents: creditLimit,
        ownerId: owner,
        parentId: {
          key: 'parentId',
          kind: 'text',
          label: { de: t('organizations.parent'), en: t('organizations.parent') },
        },
        addresses: {
          key: 'addresses',
          kind: 'text',
          label: { de: t('organizations.sections.addresses'), en: t('organizations.sections.addresses') },
        },
      }}
      describeValue={(field, value) => {
        // Ids are stored; the names the record shows now are the best the history can say.
        if (field === 'ownerId' && value === organization.ownerId) return organization.ownerName ?? undefined;
        if (field === 'parentId' && value === organization.parentId)
          return organization.parentName ?? undefined;
        return undefined;
      }}
    />
  );
}

function Children({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const children = useOrganizationChildren(organization.id);
  if (children.isPending) return <TableSkeleton rows={2} />;
  if (children.isError) return <ErrorState error={children.error} onRetry={() => children.refetch()} />;
  if (children.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('organizations.noChildren')}
      </Text>
    );
  return (
    <List spacing={4} size="sm">
      {children.data.map((child) => (
        <List.Item key={child.id}>
          <Anchor component={Link} to={`/organizations/${encodeURIComponent(child.id)}`} size="sm">
            {child.name}
          </Anchor>
          {child.city && (
            <Text span size="sm" c="dimmed">
              {' '}
              · {child.city}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** The people working for the organisation now; the main contact first and marked. */
function ContactsTab({
  organization,
  contacts,
}: {
  organization: Organization;
  contacts: ReturnType<typeof useOrganizationContacts>;
}) {
  const { t } = useTranslation();
  const canWriteContacts = usePermission('contacts.write');
  const addHref = `/contacts/new?${new URLSearchParams({
    organizationId: organization.id,
    organizationName: organization.name,
  })}`;
  const addButton = canWriteContacts && (
    <Button component={Link} to={addHref} leftSection={<IconPlus size={18} aria-hidden />}>
      {t('organizations.addContact')}
    </Button>
  );
  if (contacts.isPending) return <TableSkeleton rows={3} />;
  if (contacts.isError) return <ErrorState error={contacts.error} onRetry={() => contacts.refetch()} />;
  if (contacts.data.length === 0)
    return (
      <EmptyPanel
        icon={<IconAddressBook aria-hidden />}
        title={t('organizations.contactsEmptyTitle')}
        description={t('organizations.contactsEmptyText')}
        action={addButton}
      />
    );
  const isMain = (contact: Contact) =>
    contact.employments.some(
      (employment) =>
        employment.organizationId === organization.id && !employment.endDate && employment.isMainContact,
    );
  const sorted = [...contacts.data].sort((a, b) => Number(isMain(b)) - Number(isMain(a)));
  return (
    <Stack gap="sm">
      <Group justify="flex-end">{addButton}</Group>
      <SimpleTable
        minWidth={640}
        headers={[
          t('contacts.title'),
          t('contacts.sections.employments'),
          t('contacts.emails'),
          t('contacts.phones'),
        ]}
      >
        {sorted.map((contact) => {
          const employment = contact.employments.find(
            (candidate) => candidate.organizationId === organization.id && !candidate.endDate,
          );
          return (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor
                    component={Link}
                    to={`/contacts/${encodeURIComponent(contact.id)}`}
                    size="sm"
                    fw={500}
                  >
                    {contact.name}
                  </Anchor>
                  {isMain(contact) && (
                    <Badge size="sm" variant="light" color="blue">
                      {t('organizations.mainContact')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {[employment?.position, employment?.department].filter(Boolean).join(', ') || '–'}
              </Table.Td>
              <Table.Td>
                {contact.email ? (
                  <Anchor href={`mailto:${contact.email}`} size="sm">
                    {contact.email}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td>
                {contact.phone ? (
                  <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} size="sm">
                    {contact.phone}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </SimpleTable>
    </Stack>
  );
}

/** "Zusammenführen": the duplicates the server finds for this organisation, or any by name. */
function OrganizationMerge({
  organization,
  opened,
  onClose,
}: {
  organization: Organization;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const duplicates = useOrganizationDuplicates(
    opened
      ? {
          name: organization.name,
          vatId: organization.vatId ?? '',
          city: organization.city ?? '',
          excludeId: organization.id,
        }
      : {},
  );
  return (
    <MergeModal<Organization>
      opened={opened}
      onClose={onClose}
      current={organization}
      apiPath={ORGANIZATIONS_API}
      detailPath={(id) => `/organizations/${encodeURIComponent(id)}`}
      schema={organizationSchema}
      queryKey={organizationsKey}
      suggestions={(duplicates.data ?? []).map(({ organization: other, reasons }) => ({
        id: other.id,
        name: other.name,
        detail: other.city,
        reasons: reasons.map((reason) => (reason === 'name' ? 'organizationName' : reason)),
      }))}
      useSearch={useMergeSearch}
      describe={(record) => (
        <FactList
          facts={[
            { label: t('address.city'), value: record.city ?? '–' },
            { label: label((fieldOf(ORGANIZATION, 'vatId') as FieldDef).label), value: record.vatId ?? '–' },
            {
              label: label((fieldOf(ORGANIZATION, 'customerNumber') as FieldDef).label),
              value: record.customerNumber ?? '–',
            },
            {
              label: label((fieldOf(ORGANIZATION, 'ownerName') as FieldDef).label),
              value: record.ownerName ?? '–',
            },
          ]}
        />
      )}
      moves={(merged) => <MergeMoves organization={merged} />}
    />
  );
}

/** Organisations by name for the merge picker, as merge options. */
function useMergeSearch(typed: string) {
  const found = useOrganizationNameSearch(typed);
  return {
    isFetching: found.isFetching,
    data: found.data?.map((other) => ({ id: other.id, name: other.name, detail: other.city })),
  };
}

function MergeMoves({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const canReadContacts = usePermission('contacts.read');
  const contacts = useOrganizationContacts(organization.id, canReadContacts);
  const children = useOrganizationChildren(organization.id);
  const lines = [
    contacts.data?.length ? t('organizations.movesContacts', { count: contacts.data.length }) : null,
    children.data?.length ? t('organizations.movesChildren', { count: children.data.length }) : null,
    organization.addresses.length
      ? t('organizations.movesAddresses', { count: organization.addresses.length })
      : null,
    organization.tags.length ? t('organizations.movesTags', { tags: organization.tags.join(', ') }) : null,
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

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
