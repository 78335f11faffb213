import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconPhoto,
} from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chartFileName, downloadChartPng } from './chartPng';

/** "Export" → the report's figures as CSV or Excel (same view, from the server) or the chart as PNG. */
export function ReportExportMenu({
  csvHref,
  xlsxHref,
  chart,
  title,
  period,
}: {
  csvHref: string;
  xlsxHref: string;
  /** The chart's box; no PNG entry while there is no chart. */
  chart: RefObject<HTMLDivElement | null> | null;
  title: string;
  period: { from: string | null; to: string | null };
}) {
  const { t } = useTranslation();
  const savePng = async () => {
    const box = chart?.current;
    try {
      if (!box) throw new Error('no chart');
      await downloadChartPng(box, chartFileName(title, period.from, period.to));
    } catch {
      notifications.show({ color: 'red', message: t('reports.pngFailed') });
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('reports.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component="a"
          href={csvHref}
          download
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        >
          {t('reports.exportCsv')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={xlsxHref}
          download
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        >
          {t('reports.exportXlsx')}
        </Menu.Item>
        {chart && (
          <Menu.Item leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => void savePng()}>
            {t('reports.exportPng')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
