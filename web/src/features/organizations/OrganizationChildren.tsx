import type { Organization } from '@kontor/domain/organizations';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useOrganizationChildren } from './api';

/** The organisations whose parent this one is. */
export function OrganizationChildren({ organization }: { organization: Organization }) {
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
