import { Card, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A bordered, horizontally scrollable table for short settings lists (users, teams, tokens).
 * With `actions`, a last column for per-row buttons gets a label only screen readers hear.
 */
export function SimpleTable({
  minWidth,
  headers,
  actions = false,
  children,
}: {
  minWidth: number;
  headers: string[];
  actions?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th key={header}>{header}</Table.Th>
              ))}
              {actions && (
                <Table.Th>
                  <span className="kontor-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
