import { ACTIVITY, type Activity } from '@kontor/domain/activities';
import { fieldOf } from '@kontor/domain/fields';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFieldFormat } from '../../ui/fieldFormat';
import { LinkedRecords } from './LinkedRecords';

type Cell = (row: Activity) => ReactNode;

/**
 * The overview's cells where a column's value is not a plain field of the entry (names, links,
 * type with its direction), and the "Neu" mark on rows that arrived live in the first column.
 */
export function useOverviewCells(
  firstColumn: string | undefined,
  isFresh: (id: string) => boolean,
  /** Where the subject links to (the entry); without it the subject is plain text. */
  entryHref?: (row: Activity) => string,
) {
  const { t } = useTranslation();
  const format = useFieldFormat();

  const base: Record<string, Cell> = {
    // The list links its first column (the date); the subject is what people look for, so it links too.
    subject: (row) =>
      entryHref ? (
        <Anchor component={Link} to={entryHref(row)} size="sm" fw={500}>
          {row.subject}
        </Anchor>
      ) : (
        row.subject
      ),
    type: (row) => {
      const typeField = fieldOf(ACTIVITY, 'type');
      const label = typeField ? format.text(typeField, row.type) : row.type;
      return row.direction ? `${label} (${t(`activityOverview.direction.${row.direction}`)})` : label;
    },
    linkedName: (row) => <LinkedRecords links={row.links} max={3} />,
    creatorName: (row) => row.createdByName ?? t('activityOverview.system'),
    assigneeName: (row) => row.assigneeUserName ?? row.assigneeTeamName ?? '–',
    status: (row) => (
      <Badge variant="light" color={row.status === 'open' ? 'blue' : 'gray'} tt="none">
        {t(`activityOverview.status.${row.status}`)}
      </Badge>
    ),
    text: (row) => (
      <Text span size="sm" lineClamp={1}>
        {plainText(row.body) || '–'}
      </Text>
    ),
  };

  const cells: Record<string, Cell> = {};
  for (const def of ACTIVITY.fields) {
    const key = def.key;
    const cell: Cell = base[key] ?? ((row) => format.cell(def, row[key as keyof Activity]));
    cells[key] = (row) => {
      if (!isFresh(row.id)) return cell(row);
      // The marker lets the stylesheet tint the whole row; the badge says why in words.
      return (
        <Group gap={6} wrap="nowrap" component="span" data-fresh-entry>
          {cell(row)}
          {key === firstColumn && (
            <Badge size="xs" color="yellow" variant="filled" c="dark">
              {t('activityOverview.new')}
            </Badge>
          )}
        </Group>
      );
    };
  }
  return cells;
}

/** The note's words without its markup (the server sanitised it; this only reads the text). */
function plainText(html: string | null): string {
  if (!html) return '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}
