import { fieldOf } from '@kontor/domain/fields';
import type { ReportDef } from '@kontor/domain/reports';
import { Badge, Button, Collapse, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBox } from '../FilterBox';
import { FilterHelp } from '../FilterHelp';
import { useLabel } from '../fieldFormat';
import { recordTypeOf } from './recordTypes';

/**
 * The report's filters in the filter language, one box per filterable field of its record type,
 * as in the lists; a 400 about a filter shows at its box.
 */
export function ReportFilters({
  def,
  filter,
  errors,
  onChange,
}: {
  def: ReportDef;
  filter: Record<string, string>;
  errors: Record<string, string> | null;
  onChange: (key: string, text: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const record = recordTypeOf(def.record);
  const active = Object.values(filter).filter((text) => text.trim() !== '').length;
  // A report may filter by many fields: the boxes stay folded until wanted, open when in use.
  const [opened, setOpened] = useState(active > 0);
  const panelId = useId();
  if (def.filters.length === 0) return null;
  const fieldLabel = (key: string) => {
    const field = record ? fieldOf(record, key) : undefined;
    return field ? label(field.label) : key;
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          variant="subtle"
          size="compact-sm"
          id="report-filters"
          aria-expanded={opened || errors !== null}
          aria-controls={panelId}
          leftSection={
            opened ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />
          }
          rightSection={
            active > 0 ? (
              <Badge size="sm" circle>
                {active}
              </Badge>
            ) : null
          }
          onClick={() => setOpened((open) => !open)}
        >
          {t('reports.filters')}
        </Button>
        <FilterHelp />
      </Group>
      <Collapse expanded={opened || errors !== null} id={panelId}>
        <SimpleGrid
          cols={{ base: 1, xs: 2, md: 4 }}
          spacing="xs"
          role="group"
          aria-labelledby="report-filters"
        >
          {def.filters.map((key) => (
            <Stack key={key} gap={2}>
              <Text size="xs" c="dimmed" component="span" aria-hidden>
                {fieldLabel(key)}
              </Text>
              <FilterBox
                label={fieldLabel(key)}
                value={filter[key] ?? ''}
                error={errors?.[key]}
                onCommit={(text) => onChange(key, text)}
              />
            </Stack>
          ))}
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
