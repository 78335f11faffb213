import type { RecordTypeDef } from '@kontor/domain/fields';
import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabel } from './fieldFormat';

/** Checkboxes over all fields of the record type; at least one column stays visible. */
export function ColumnChooser({
  record,
  columns,
  onChange,
}: {
  record: RecordTypeDef;
  columns: string[];
  onChange: (keys: string[]) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const defaults = record.fields.filter((field) => field.defaultColumn).map((field) => field.key);
  return (
    <Popover width={260} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={18} aria-hidden />}>
          {t('list.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('list.columnsLabel')}
          value={columns}
          onChange={(keys) => keys.length > 0 && onChange(keys)}
        >
          <Stack gap={6} mt="xs" mah={360} style={{ overflowY: 'auto' }}>
            {record.fields.map((field) => (
              <Checkbox key={field.key} value={field.key} label={label(field.label)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button variant="subtle" size="xs" mt="sm" onClick={() => onChange(defaults)}>
          {t('list.defaultColumns')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
