import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { applyLanguage } from '../i18n';
import { useSession } from '../ui/session';

/** Applies the signed-in user's saved language and colour scheme whenever they change. */
export function PreferenceSync() {
  const user = useSession().data?.user;
  const { setColorScheme } = useMantineColorScheme();
  const language = user?.language;
  const colorScheme = user?.colorScheme;

  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  useEffect(() => {
    if (colorScheme) setColorScheme(colorScheme);
  }, [colorScheme, setColorScheme]);

  return null;
}
