import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFormat, useLabel } from '../../ui/fieldFormat';

const RELATIONSHIP_COLORS: Record<string, string> = {
  customer: 'teal',
  prospect: 'blue',
  supplier: 'grape',
  partner: 'indigo',
  competitor: 'red',
  other: 'gray',
};

/** The name, relationships and key facts atop an organisation's page, with the page's actions. */
export function OrganizationHeader({
  organization,
  children,
}: {
  organization: Organization;
  children: ReactNode;
}) {
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
