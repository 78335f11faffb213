import { roleKeySchema } from '@kontor/domain/permissions';
import type { User } from '@kontor/domain/users';
import { Modal, MultiSelect, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { usersKey, useTeamsList } from '../../ui/lookups';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { useCurrentSession } from '../../ui/session';
import { useValidators } from '../../ui/validators';
import { useUpdateUser } from './api';
import { useRoleOptions } from './roles';

interface EditUserModalProps {
  user: User | null;
  onClose: () => void;
}

export function EditUserModal({ user, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.editTitle')} size="lg">
      {user && <EditUserForm key={`${user.id}:${user.version}`} user={user} onDone={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const roleOptions = useRoleOptions();
  const teams = useTeamsList();
  const isSelf = useCurrentSession().user.id === user.id;
  const updateUser = useUpdateUser(user.id);
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    initialValues: {
      name: user.name,
      role: user.role as string,
      teamIds: user.teams.map((team) => team.id),
      active: user.active,
    },
    validate: { name: validators.required },
  });

  const submit = form.onSubmit((values) =>
    updateUser.mutate(
      { ...values, role: roleKeySchema.parse(values.role), version: user.version },
      {
        onError: (error) => (isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t)),
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('users.saved', { name: saved.name }) });
          onDone();
        },
      },
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        {conflict && <ConflictAlert onReload={() => queryClient.invalidateQueries({ queryKey: usersKey })} />}
        <TextInput label={t('fields.email')} value={user.email} readOnly />
        <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('fields.role')}
          data={roleOptions}
          allowDeselect={false}
          disabled={isSelf}
          description={isSelf ? t('users.ownRoleHint') : undefined}
          {...form.getInputProps('role')}
        />
        <MultiSelect
          label={t('fields.teams')}
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
          searchable
          clearable
          {...form.getInputProps('teamIds')}
        />
        <Switch
          label={t('users.activeLabel')}
          description={t('users.activeHint')}
          disabled={isSelf}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions
          submitLabel={t('common.save')}
          pending={updateUser.isPending}
          disabled={conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
