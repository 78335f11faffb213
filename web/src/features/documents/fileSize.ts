import { useTranslation } from 'react-i18next';
import { useLocale } from '../../ui/format';

const UNITS = ['kb', 'mb', 'gb'] as const;

/** File sizes as people read them: "812 Bytes", "12,4 KB", "3,1 MB" (binary units, as file managers show). */
export function useFileSize(): (bytes: number) => string {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(useLocale(), { maximumFractionDigits: 1 });
  return (bytes) => {
    if (bytes < 1024) return t('documents.sizes.bytes', { value: number.format(bytes) });
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return t(`documents.sizes.${UNITS[unit]}`, { value: number.format(value) });
  };
}
