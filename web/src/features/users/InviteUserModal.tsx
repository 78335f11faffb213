import { roleKeySchema } from '@kontor/domain/permissions';
import { languageSchema, PASSWORD_MIN_LENGTH } from '@kontor/domain/users';
import { Group, Modal, MultiSelect, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useTeamsList } from '../../ui/lookups';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import { showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useCreateUser } from './api';
import { useRoleOptions } from './roles';

interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function InviteUserModal({ opened, onClose }: InviteUserModalProps) {
  const { t } = useTranslation();
  const [invitationUrl, setInvitationUrl] = useState<string | null>(null);
  const close = () => {
    setInvitationUrl(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('users.inviteTitle')} size="lg">
      {invitationUrl ? (
        <InvitationLink url={invitationUrl} onDone={close} />
      ) : (
        <InviteUserForm onCancel={close} onInvited={setInvitationUrl} onCreated={close} />
      )}
    </Modal>
  );
}

interface InviteUserFormProps {
  onCancel: () => void;
  onInvited: (url: string) => void;
  onCreated: () => void;
}

function InviteUserForm({ onCancel, onInvited, onCreated }: InviteUserFormProps) {
  const { t, i18n } = useTranslation();
  const validators = useValidators();
  const roleOptions = useRoleOptions();
  const teams = useTeamsList();
  const createUser = useCreateUser();
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      role: 'sales',
      teamIds: [] as string[],
      language: languageSchema.catch('de').parse(i18n.language) as string,
      password: '',
    },
    validate: {
      name: validators.required,
      email: validators.email,
      password: validators.optionalPassword,
    },
  });

  const submit = form.onSubmit((values) => {
    const input = {
      ...values,
      role: roleKeySchema.parse(values.role),
      language: languageSchema.parse(values.language),
      password: values.password === '' ? undefined : values.password,
    };
    createUser.mutate(input, {
      onError: (error) => showSubmitError(error, form, t),
      onSuccess: ({ user, invitationPath }) => {
        if (invitationPath) {
          onInvited(new URL(invitationPath, window.location.origin).toString());
        } else {
          notifications.show({ color: 'teal', message: t('users.created', { name: user.name }) });
          onCreated();
        }
      },
    });
  });

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
        <Group grow align="flex-start">
          <Select
            label={t('fields.role')}
            data={roleOptions}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <Select
            label={t('fields.language')}
            allowDeselect={false}
            data={[
              { value: 'de', label: 'Deutsch' },
              { value: 'en', label: 'English' },
            ]}
            {...form.getInputProps('language')}
          />
        </Group>
        <MultiSelect
          label={t('fields.teams')}
          placeholder={teams.data?.length ? undefined : t('users.noTeamsYet')}
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
          searchable
          clearable
          {...form.getInputProps('teamIds')}
        />
        <PasswordInput
          label={t('users.initialPassword')}
          description={t('users.initialPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormActions
          submitLabel={form.values.password ? t('users.createUser') : t('users.sendInvitation')}
          pending={createUser.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </HotkeyForm>
  );
}

function InvitationLink({ url, onDone }: { url: string; onDone: () => void }) {
  const { t } = useTranslation();
  const alert = {
    color: 'blue',
    icon: <IconInfoCircle aria-hidden />,
    title: t('users.invitationLinkTitle'),
    text: t('users.invitationLinkText'),
  };
  return <OneTimeSecret alert={alert} label={t('users.invitationLink')} value={url} onDone={onDone} />;
}
