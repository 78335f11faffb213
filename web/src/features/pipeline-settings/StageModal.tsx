import { Button, Group, Modal, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { isStaleVersion, notifyError } from '../../ui/problems';
import { type Stage, useSaveStage } from './api';

/** Creates a stage or changes one: name, default probability, folded on the board. */
export function StageModal({
  stage,
  opened,
  onClose,
}: {
  stage: Stage | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStage();
  const form = useForm({
    initialValues: {
      name: stage?.name ?? '',
      probability: stage?.probability ?? (10 as number | string),
      folded: stage?.folded ?? false,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      probability: (value) =>
        Number.isInteger(Number(value)) && value !== '' && Number(value) >= 0 && Number(value) <= 100
          ? null
          : t('pipelineSettings.validation.probability'),
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={stage ? t('pipelineSettings.stages.edit') : t('pipelineSettings.stages.add')}
    >
      <HotkeyForm
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            {
              id: stage?.id ?? null,
              ...(stage ? { version: stage.version } : {}),
              name: values.name.trim(),
              probability: Number(values.probability),
              folded: values.folded,
            },
            {
              onSuccess: onClose,
              onError: (error) => {
                notifyError(error, t);
                // Someone changed the stage meanwhile: the list is re-read, the dialog starts over.
                if (isStaleVersion(error)) onClose();
              },
            },
          ),
        )}
        onEscape={onClose}
      >
        <Stack gap="md">
          <TextInput
            label={t('pipelineSettings.stages.name')}
            required
            data-autofocus
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('pipelineSettings.stages.probability')}
            description={t('pipelineSettings.stages.probabilityHint')}
            min={0}
            max={100}
            allowDecimal={false}
            rightSection="%"
            {...form.getInputProps('probability')}
          />
          <Switch
            label={t('pipelineSettings.stages.folded')}
            description={t('pipelineSettings.stages.foldedHint')}
            {...form.getInputProps('folded', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </HotkeyForm>
    </Modal>
  );
}
