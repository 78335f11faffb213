import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../DownloadMenu';
import { chartFileName, downloadChartPng } from './chartPng';

/** "Exportieren" → the report's figures as CSV or Excel (same view, from the server) or the chart as PNG. */
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
    <DownloadMenu csvHref={csvHref} xlsxHref={xlsxHref}>
      {chart && (
        <Menu.Item leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => void savePng()}>
          {t('reports.exportPng')}
        </Menu.Item>
      )}
    </DownloadMenu>
  );
}
