import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Exportieren" → CSV or Excel, as plain downloads the session cookie authenticates, and what a
 * page offers besides (a list's vCard, a report's chart as PNG) as further menu items.
 */
export function DownloadMenu({
  csvHref,
  xlsxHref,
  children,
}: {
  csvHref: string;
  xlsxHref: string;
  children?: ReactNode;
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
          href={csvHref}
          download
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        >
          {t('list.exportCsv')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={xlsxHref}
          download
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        >
          {t('list.exportXlsx')}
        </Menu.Item>
        {children}
      </Menu.Dropdown>
    </Menu>
  );
}
