import type { Activity } from '@kontor/domain/activities';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useCompleteActivity } from '../activities/api';
import { useActionErrors } from './actionErrors';

/** "Erledigt" (A2): closes the follow-up, optionally with what came of it. */
export function CompleteModal({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={activity !== null} onClose={onClose} title={t('followUps.complete.title')}>
      {activity && <CompleteForm key={activity.id} activity={activity} onDone={onClose} />}
    </Modal>
  );
}

function CompleteForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteActivity(activity.id);
  const errors = useActionErrors(onDone);
  const form = useForm({ initialValues: { outcome: '' } });

  const submit = form.onSubmit(({ outcome }) =>
    complete.mutate(
      { version: activity.version, outcome: outcome.trim() || null },
      {
        onError: errors.onError,
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('followUps.complete.done', { subject: activity.subject }),
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
        <Textarea
          label={t('followUps.complete.outcome')}
          description={t('followUps.complete.outcomeHint')}
          autosize
          minRows={3}
          maxLength={5000}
          data-autofocus
          {...form.getInputProps('outcome')}
        />
        <FormActions
          submitLabel={t('followUps.complete.submit')}
          pending={complete.isPending}
          disabled={errors.conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
