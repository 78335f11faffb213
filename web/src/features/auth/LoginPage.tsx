import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { PublicLayout } from '../../ui/PublicLayout';
import { describeError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useLogin } from './api';

function loginErrorMessage(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (error instanceof ApiError && error.status === 401) return t('login.wrongCredentials');
  if (error instanceof ApiError && error.status === 429) {
    return [t('login.tooManyAttempts'), error.problem.detail].filter(Boolean).join(' ');
  }
  const { title, detail } = describeError(error, t);
  return [title, detail].filter(Boolean).join(' – ');
}

export function LoginPage() {
  const { t } = useTranslation();
  const validators = useValidators();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: validators.email, password: validators.required },
  });

  return (
    <PublicLayout title={t('login.title')} intro={t('login.intro')}>
      <HotkeyForm onSubmit={form.onSubmit((values) => login.mutate(values))}>
        <Stack>
          {login.isError && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {loginErrorMessage(login.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </HotkeyForm>
    </PublicLayout>
  );
}
