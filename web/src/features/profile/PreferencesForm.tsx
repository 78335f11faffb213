import { colorSchemeSchema, languageSchema } from '@kontor/domain/users';
import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../ui/problems';
import { useUpdateMyProfile } from '../../ui/profile';
import { useCurrentSession } from '../../ui/session';

/** Language and colour scheme apply and save as soon as they are chosen. */
export function PreferencesForm() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const updateProfile = useUpdateMyProfile();
  const onError = (error: unknown) => notifyError(error, t);

  return (
    <Stack>
      <Input.Wrapper label={t('fields.language')} id="profile-language-label">
        <SegmentedControl
          fullWidth
          aria-labelledby="profile-language-label"
          value={user.language}
          onChange={(value) => updateProfile.mutate({ language: languageSchema.parse(value) }, { onError })}
          data={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Input.Wrapper>
      <Input.Wrapper label={t('fields.colorScheme')} id="profile-scheme-label">
        <SegmentedControl
          fullWidth
          aria-labelledby="profile-scheme-label"
          value={user.colorScheme}
          onChange={(value) =>
            updateProfile.mutate({ colorScheme: colorSchemeSchema.parse(value) }, { onError })
          }
          data={[
            { value: 'light', label: t('colorScheme.light') },
            { value: 'dark', label: t('colorScheme.dark') },
            { value: 'auto', label: t('colorScheme.auto') },
          ]}
        />
      </Input.Wrapper>
    </Stack>
  );
}
