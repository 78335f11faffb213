import { type FieldDef, fieldOf, type RecordTypeDef } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from './EmptyPanel';
import { useFieldFormat, useLabel } from './fieldFormat';
import { useFormat } from './format';

export interface FieldHistoryProps {
  record: RecordTypeDef;
  items: FieldChange[];
  /**
   * Stored fields that are not list fields (e.g. `creditLimitCents` shown as the `creditLimit`
   * field, or `addresses`): a field definition to label and format them by.
   */
  extraFields?: Record<string, FieldDef>;
  /** Values that need more than formatting by kind, e.g. an id shown as a name; undefined = default. */
  describeValue?: (field: string, value: unknown) => string | undefined;
}

/** Who changed which field when, from what to what (X4), newest first as the server sends it. */
export function FieldHistory({ record, items, extraFields, describeValue }: FieldHistoryProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const fieldFormat = useFieldFormat();

  if (items.length === 0) {
    return (
      <EmptyPanel
        icon={<IconHistory aria-hidden />}
        title={t('history.emptyTitle')}
        description={t('history.emptyText')}
      />
    );
  }

  const show = (change: FieldChange, value: unknown): ReactNode => {
    const custom = describeValue?.(change.field, value);
    if (custom !== undefined) return custom;
    const field = extraFields?.[change.field] ?? fieldOf(record, change.field);
    if (field) return fieldFormat.text(field, value);
    return plainText(value);
  };

  return (
    <Card withBorder padding={0}>
      <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((change, index) => {
          const field = extraFields?.[change.field] ?? fieldOf(record, change.field);
          return (
            <Stack
              component="li"
              key={change.id}
              gap={4}
              p="md"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <Text size="xs" c="dimmed">
                {t('history.by', {
                  name: change.changedByName ?? t('history.system'),
                  when: format.dateTime(change.changedAt),
                })}
              </Text>
              <Text size="sm" fw={600}>
                {field ? label(field.label) : change.field}
              </Text>
              <Group gap="xs" wrap="wrap" align="center">
                <Text size="sm" td="line-through" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  <span className="kontor-visually-hidden">{t('history.before')} </span>
                  {show(change, change.oldValue)}
                </Text>
                <IconArrowRight size={14} aria-hidden />
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <span className="kontor-visually-hidden">{t('history.after')} </span>
                  {show(change, change.newValue)}
                </Text>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}

/** Values without a field definition: arrays and objects (such as addresses) in a readable line. */
function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(plainText).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, part]) => key !== 'type' && part !== null && part !== '')
      .map(([, part]) => String(part))
      .join(' ');
  }
  return String(value);
}
