import { type Language, languageSchema } from '@kontor/domain/users';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={value}
      onChange={(next) => onChange(languageSchema.parse(next))}
      data={[
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
