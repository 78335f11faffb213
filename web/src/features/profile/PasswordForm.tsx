import { PASSWORD_MIN_LENGTH } from '@kontor/domain/users';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useChangePassword } from './api';

export function PasswordForm() {
  const { t } = useTranslation();
  const validators = useValidators();
  const changePassword = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', newPasswordConfirmation: '' },
    validate: {
      currentPassword: validators.required,
      newPassword: validators.password,
      newPasswordConfirmation: (value, values) => validators.matches(values.newPassword)(value),
    },
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onError: (error) => showSubmitError(error, form, t),
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'teal', message: t('profile.passwordChanged') });
        },
      },
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('fields.passwordConfirmation')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPasswordConfirmation')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={changePassword.isPending}>
            {t('profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </HotkeyForm>
  );
}
