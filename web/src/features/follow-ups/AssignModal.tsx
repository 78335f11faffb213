import type { Activity, AssigneeInput } from '@kontor/domain/activities';
import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { AssigneeSelect } from '../activities/AssigneeSelect';
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

/** The select's `user:<id>` / `team:<id>` as the API's assignee. */
function toAssignee(choice: string): AssigneeInput {
  const [kind, id = ''] = choice.split(/:(.*)/s);
  return kind === 'team' ? { teamId: id } : { userId: id };
}

function AssignForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const reassign = useReassignActivity(activity.id);
  const errors = useActionErrors(onDone);
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
        <AssigneeSelect
          value={form.values.assignee || null}
          onChange={(value) => form.setFieldValue('assignee', value ?? '')}
          error={form.errors.assignee as string | undefined}
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
