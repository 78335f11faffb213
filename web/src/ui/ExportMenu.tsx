import { Menu } from '@mantine/core';
import type { ReactNode } from 'react';
import { DownloadMenu } from './DownloadMenu';
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

/** A list's "Exportieren" menu: CSV, Excel and its extra formats, all with the view the user sees. */
export function ExportMenu({
  apiPath,
  view,
  extraFormats = [],
}: {
  apiPath: string;
  view: ListView;
  extraFormats?: ExtraExportFormat[];
}) {
  return (
    <DownloadMenu csvHref={exportHref(apiPath, view, 'csv')} xlsxHref={exportHref(apiPath, view, 'xlsx')}>
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
    </DownloadMenu>
  );
}
