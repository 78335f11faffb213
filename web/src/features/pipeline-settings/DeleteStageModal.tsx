import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { describeError } from '../../ui/problems';
import { type Stage, useDeleteStage } from './api';

/**
 * Deletes a stage. One that still holds opportunities answers 409: the dialog then asks which
 * stage they move to, and deletes again with that choice (one transaction on the server).
 */
export function DeleteStageModal({
  stage,
  stages,
  onClose,
}: {
  stage: Stage | null;
  stages: readonly Stage[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteStage();
  const [needsTarget, setNeedsTarget] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const others = stages.filter((s) => s.id !== stage?.id);
  const failure = remove.error && !needsTarget ? describeError(remove.error, t) : null;

  const close = () => {
    setNeedsTarget(null);
    setMoveTo(null);
    remove.reset();
    onClose();
  };
  const submit = () => {
    if (!stage) return;
    remove.mutate(
      { id: stage.id, ...(moveTo ? { moveTo } : {}) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('pipelineSettings.stages.deleted', { name: stage.name }),
          });
          close();
        },
        onError: (error) => {
          const inUse =
            error instanceof ApiError &&
            error.status === 409 &&
            error.problem.errors?.some((e) => e.path === 'moveTo');
          if (inUse) setNeedsTarget(error.problem.detail ?? '');
        },
      },
    );
  };

  return (
    <Modal opened={stage !== null} onClose={close} title={t('pipelineSettings.stages.deleteTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('pipelineSettings.stages.deleteText', { name: stage?.name })}</Text>
        {failure && (
          <Alert color="red" title={failure.title}>
            {failure.detail}
          </Alert>
        )}
        {needsTarget !== null && (
          <>
            <Alert color="yellow">{needsTarget}</Alert>
            <Select
              label={t('pipelineSettings.stages.moveTo')}
              required
              data={others.map((s) => ({ value: s.id, label: s.name }))}
              value={moveTo}
              onChange={setMoveTo}
              data-autofocus
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            disabled={needsTarget !== null && !moveTo}
            onClick={submit}
          >
            {needsTarget !== null ? t('pipelineSettings.stages.moveAndDelete') : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
