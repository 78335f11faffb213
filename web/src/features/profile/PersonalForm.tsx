import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { showSubmitError } from '../../ui/problems';
import { useUpdateMyProfile } from '../../ui/profile';
import { useCurrentSession } from '../../ui/session';
import { useValidators } from '../../ui/validators';

export function PersonalForm() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const validators = useValidators();
  const updateProfile = useUpdateMyProfile();
  const form = useForm({ initialValues: { name: user.name }, validate: { name: validators.required } });

  const submit = form.onSubmit((values) =>
    updateProfile.mutate(values, {
      onError: (error) => showSubmitError(error, form, t),
      onSuccess: () => {
        form.resetDirty();
        notifications.show({ color: 'teal', message: t('profile.saved') });
      },
    }),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <TextInput label={t('fields.email')} value={user.email} readOnly />
        <TextInput label={t('fields.name')} required autoComplete="name" {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button type="submit" loading={updateProfile.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </HotkeyForm>
  );
}
