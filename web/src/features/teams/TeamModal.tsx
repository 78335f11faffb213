import type { Team } from '@kontor/domain/teams';
import { Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { teamsKey, useUsersList } from '../../ui/lookups';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useSaveTeam } from './api';

interface TeamModalProps {
  opened: boolean;
  /** The team to edit; null creates a new one. */
  team: Team | null;
  onClose: () => void;
}

export function TeamModal({ opened, team, onClose }: TeamModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={team ? t('teams.editTitle') : t('teams.createTitle')}
      size="lg"
    >
      {opened && <TeamForm key={team ? `${team.id}:${team.version}` : 'new'} team={team} onDone={onClose} />}
    </Modal>
  );
}

function TeamForm({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const users = useUsersList();
  const saveTeam = useSaveTeam(team);
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    initialValues: { name: team?.name ?? '', memberIds: team?.members.map((member) => member.id) ?? [] },
    validate: { name: validators.required },
  });

  const submit = form.onSubmit((values) =>
    saveTeam.mutate(values, {
      onError: (error) => (isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t)),
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('teams.saved', { name: saved.name }) });
        onDone();
      },
    }),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        {conflict && <ConflictAlert onReload={() => queryClient.invalidateQueries({ queryKey: teamsKey })} />}
        <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <MultiSelect
          label={t('teams.members')}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
          searchable
          clearable
          {...form.getInputProps('memberIds')}
        />
        <FormActions
          submitLabel={team ? t('common.save') : t('teams.create')}
          pending={saveTeam.isPending}
          disabled={conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
