import type { Activity, AssigneeInput } from '@kontor/domain/activities';
import { Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useTeamsList, useUsersList } from '../../ui/lookups';
import { useCurrentSession, usePermission } from '../../ui/session';
import { useReassignActivity } from '../activities/api';
import { useActionErrors } from './actionErrors';

/** "Zuweisen" (A3): hands the follow-up to a user or a team. */
export function AssignModal({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={activity !== null} onClose={onClose} title={t('followUps.assign.title')}>
      {activity && <AssignForm key={activity.id} activity={activity} onDone={onClose} />}
    </Modal>
  );
}

/** Choices are `user:<id>` or `team:<id>`: one select for both, as the API takes either. */
function toAssignee(choice: string): AssigneeInput {
  const [kind, id = ''] = choice.split(/:(.*)/s);
  return kind === 'team' ? { teamId: id } : { userId: id };
}

function useAssigneeOptions() {
  const { t } = useTranslation();
  const me = useCurrentSession().user;
  const canReadUsers = usePermission('users.read');
  const users = useUsersList(canReadUsers);
  const teams = useTeamsList();
  // Without the users list, the people one can pick are oneself and one's teams' members.
  const people = canReadUsers
    ? (users.data ?? []).filter((user) => user.active)
    : [me, ...(teams.data ?? []).flatMap((team) => team.members)];
  const unique = [...new Map(people.map((person) => [person.id, person.name])).entries()];
  return [
    {
      group: t('followUps.assign.users'),
      items: unique.map(([id, name]) => ({ value: `user:${id}`, label: name })),
    },
    {
      group: t('followUps.assign.teams'),
      items: (teams.data ?? []).map((team) => ({ value: `team:${team.id}`, label: team.name })),
    },
  ];
}

function AssignForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const reassign = useReassignActivity(activity.id);
  const errors = useActionErrors(onDone);
  const options = useAssigneeOptions();
  const current = activity.assigneeUserId
    ? `user:${activity.assigneeUserId}`
    : activity.assigneeTeamId
      ? `team:${activity.assigneeTeamId}`
      : '';
  const form = useForm({
    initialValues: { assignee: current },
    validate: { assignee: (value) => (value ? null : t('validation.required')) },
  });

  const submit = form.onSubmit(({ assignee }) =>
    reassign.mutate(
      { version: activity.version, assignee: toAssignee(assignee) },
      {
        onError: errors.onError,
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('followUps.assign.done', { subject: activity.subject }),
          });
          onDone();
        },
      },
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        {errors.conflict && <ConflictAlert onReload={errors.reload} />}
        <Text size="sm" fw={600}>
          {activity.subject}
        </Text>
        <Select
          label={t('followUps.assign.assignee')}
          data={options}
          searchable
          required
          data-autofocus
          nothingFoundMessage={t('followUps.assign.nothingFound')}
          {...form.getInputProps('assignee')}
        />
        <FormActions
          submitLabel={t('followUps.assign.submit')}
          pending={reassign.isPending}
          disabled={errors.conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
