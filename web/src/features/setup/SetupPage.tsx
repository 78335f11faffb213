import { type Language, languageSchema, PASSWORD_MIN_LENGTH } from '@kontor/domain/users';
import { Button, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../../i18n';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { PublicLayout } from '../../ui/PublicLayout';
import { showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useCreateFirstAdmin } from './api';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const validators = useValidators();
  const createAdmin = useCreateFirstAdmin();
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      password: '',
      passwordConfirmation: '',
      language: languageSchema.catch('de').parse(i18n.language) as Language,
    },
    validate: {
      name: validators.required,
      email: validators.email,
      password: validators.password,
      passwordConfirmation: (value, values) => validators.matches(values.password)(value),
    },
  });
  const submit = form.onSubmit(({ passwordConfirmation: _, ...input }) =>
    createAdmin.mutate(input, { onError: (error) => showSubmitError(error, form, t) }),
  );

  return (
    <PublicLayout title={t('setup.title')} intro={t('setup.intro')}>
      <HotkeyForm onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('fields.name')}
            autoComplete="name"
            required
            autoFocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('fields.passwordConfirmation')}
            autoComplete="new-password"
            required
            {...form.getInputProps('passwordConfirmation')}
          />
          <Select
            label={t('fields.language')}
            allowDeselect={false}
            data={[
              { value: 'de', label: 'Deutsch' },
              { value: 'en', label: 'English' },
            ]}
            {...form.getInputProps('language')}
            onChange={(value) => {
              const language = languageSchema.catch('de').parse(value);
              form.setFieldValue('language', language);
              applyLanguage(language);
            }}
          />
          <Button type="submit" loading={createAdmin.isPending} fullWidth mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </HotkeyForm>
    </PublicLayout>
  );
}
