import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListView } from './listView';

/** A download format one list offers besides CSV and Excel (contacts: vCard), by its `format=` name. */
export interface ExtraExportFormat {
  format: string;
  label: string;
  icon: ReactNode;
}

/** The export URL of a list as the user sees it: same filters, sort and visible columns in order (M5). */
export function exportHref(
  apiPath: string,
  view: Pick<ListView, 'filters' | 'sort' | 'columns'>,
  format: string,
) {
  const params = new URLSearchParams({ format, cols: view.columns.join(','), sort: view.sort });
  for (const [key, text] of Object.entries(view.filters)) params.set(`filter[${key}]`, text);
  return `${apiPath}/export?${params}`;
}

/** "Export" → CSV or Excel (and a list's extra formats); plain downloads, the session cookie authenticates them. */
export function ExportMenu({
  apiPath,
  view,
  extraFormats = [],
}: {
  apiPath: string;
  view: ListView;
  extraFormats?: ExtraExportFormat[];
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('list.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component="a"
          href={exportHref(apiPath, view, 'csv')}
          download
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        >
          {t('list.exportCsv')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={exportHref(apiPath, view, 'xlsx')}
          download
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        >
          {t('list.exportXlsx')}
        </Menu.Item>
        {extraFormats.map((extra) => (
          <Menu.Item
            key={extra.format}
            component="a"
            href={exportHref(apiPath, view, extra.format)}
            download
            leftSection={extra.icon}
          >
            {extra.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
