import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AddressBlock } from '../../ui/AddressBlock';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { dash, useFact } from '../../ui/useFact';
import { OrganizationChildren } from './OrganizationChildren';

/** The overview tab of an organisation: basics, terms, addresses, subsidiaries and the record's dates. */
export function OrganizationOverview({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fact = useFact(ORGANIZATION, organization);

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
        <OrganizationChildren organization={organization} />
      </InfoCard>
      <InfoCard title={t('organizations.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
