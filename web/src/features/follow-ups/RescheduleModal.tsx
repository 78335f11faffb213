import type { Activity } from '@kontor/domain/activities';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useRescheduleActivity } from '../activities/api';
import { formatDateTimeInput, parseDateTimeInput } from '../activities/dateTimeInput';
import { useActionErrors } from './actionErrors';
import { nextWeek, tomorrow } from './dueDates';

/** "Verschieben" (A2): a new due date and time, typed or one of the quick choices. */
export function RescheduleModal({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={activity !== null} onClose={onClose} title={t('followUps.reschedule.title')}>
      {activity && <RescheduleForm key={activity.id} activity={activity} onDone={onClose} />}
    </Modal>
  );
}

function RescheduleForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  // Typed like every date field (25.11.2026 14:30): the browser's own picker shows its UI locale's notation.
  const show = (date: Date | string) => formatDateTimeInput(date, i18n.language);
  const reschedule = useRescheduleActivity(activity.id);
  const errors = useActionErrors(onDone);
  const form = useForm({
    initialValues: { dueAt: show(activity.dueAt ?? tomorrow(new Date())) },
    validate: { dueAt: (value) => (parseDateTimeInput(value) ? null : t('followUps.reschedule.invalid')) },
  });

  const submit = form.onSubmit(({ dueAt }) =>
    reschedule.mutate(
      { version: activity.version, dueAt: parseDateTimeInput(dueAt) ?? '' },
      {
        onError: errors.onError,
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('followUps.reschedule.done', { subject: activity.subject }),
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
        <Group gap="xs" role="group" aria-label={t('followUps.reschedule.quick')}>
          <Button
            size="xs"
            variant="light"
            onClick={() => form.setFieldValue('dueAt', show(tomorrow(new Date())))}
          >
            {t('followUps.reschedule.tomorrow')}
          </Button>
          <Button
            size="xs"
            variant="light"
            onClick={() => form.setFieldValue('dueAt', show(nextWeek(new Date())))}
          >
            {t('followUps.reschedule.nextWeek')}
          </Button>
        </Group>
        <TextInput
          label={t('followUps.reschedule.dueAt')}
          placeholder={t('activities.dateTimePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('dueAt')}
        />
        <FormActions
          submitLabel={t('followUps.reschedule.submit')}
          pending={reschedule.isPending}
          disabled={errors.conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
