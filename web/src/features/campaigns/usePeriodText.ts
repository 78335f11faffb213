import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

/** A campaign's period in words: "01.03.2026 – 31.03.2026", "ab 01.03.2026", "bis 31.03.2026", or null. */
export function usePeriodText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (startsOn: string | null, endsOn: string | null): string | null => {
    if (startsOn && endsOn) return `${format.date(startsOn)} – ${format.date(endsOn)}`;
    if (startsOn) return t('campaigns.periodFrom', { date: format.date(startsOn) });
    if (endsOn) return t('campaigns.periodUntil', { date: format.date(endsOn) });
    return null;
  };
}
