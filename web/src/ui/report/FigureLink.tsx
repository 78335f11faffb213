import type { DrillTarget } from '@kontor/domain/reports';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { drillHref } from './drill';

/** A figure that opens the list of the records behind it; plain text where no list can show them. */
export function FigureLink({ text, target }: { text: string; target: DrillTarget | null | undefined }) {
  const { t } = useTranslation();
  const href = drillHref(target);
  if (!href) return <>{text}</>;
  return (
    <Anchor
      component={Link}
      to={href}
      title={t('reports.drill', { value: text })}
      style={{ whiteSpace: 'nowrap' }}
    >
      {text}
    </Anchor>
  );
}
