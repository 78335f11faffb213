import type { Address } from '@kontor/domain/addresses';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconHistory, IconInfoCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { FactList } from '../../ui/FactList';
import { FieldHistory } from '../../ui/FieldHistory';
import { useFieldFormat, useLabel } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { usePageKey } from '../../ui/keyboard';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useDeleteOrganization, useOrganization, useOrganizationHistory } from './api';
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
  return <OrganizationDetail organization={organization.data} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canWrite = usePermission('organizations.write');
  const canDelete = usePermission('organizations.delete');
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteOrganization(organization.id);
  const tab = params.get('tab') === 'history' ? 'history' : 'overview';
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
          <Overview organization={organization} />
        </Tabs.Panel>
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
    </Stack>
  );
}

/** An action the user may not take now stays visible, disabled, with the reason as tooltip (UX.md "Detail"). */
function ActionWithReason({
  allowed,
  reason,
  children,
}: {
  allowed: boolean;
  reason: string;
  children: ReactNode;
}) {
  if (allowed) return children;
  return (
    <Tooltip label={reason}>
      <span>{children}</span>
    </Tooltip>
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
      <InfoCard title={t('organizations.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

function AddressBlock({ address }: { address: Address }) {
  const { t } = useTranslation();
  const lines = [
    [address.street, address.houseNumber].filter(Boolean).join(' '),
    address.addressLine2,
    address.poBox && `${t('address.poBox')} ${address.poBox}`,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.countryCode !== 'DE' ? address.countryCode : null,
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {t(`address.types.${address.type}`)}
      </Text>
      <Text component="address" size="sm" style={{ fontStyle: 'normal' }}>
        {lines.map((line) => (
          <span key={line} style={{ display: 'block' }}>
            {line}
          </span>
        ))}
      </Text>
    </Stack>
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

function InfoCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="40%" />
      <Skeleton height={20} width="30%" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </SimpleGrid>
    </Stack>
  );
}

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
