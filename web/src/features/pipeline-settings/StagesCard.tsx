import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { usePipelineStages } from '../opportunities/api';
import { type Stage, useReorderStages } from './api';
import { DeleteStageModal } from './DeleteStageModal';
import { moveBy } from './reorder';
import { StageModal } from './StageModal';

/** The pipeline's stages in board order, with up/down to reorder them. */
export function StagesCard() {
  const { t } = useTranslation();
  const stages = usePipelineStages();
  const reorder = useReorderStages();
  const [editing, setEditing] = useState<Stage | null | 'new'>(null);
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const list = stages.data ?? [];

  const shift = (index: number, step: -1 | 1) =>
    reorder.mutate(moveBy(list, index, step), { onError: (error) => notifyError(error, t) });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="stages-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="stages-title">
            {t('pipelineSettings.stages.title')}
          </Title>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('pipelineSettings.stages.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('pipelineSettings.stages.description')}
        </Text>
        {stages.isPending ? (
          <TableSkeleton rows={5} />
        ) : stages.isError ? (
          <ErrorState error={stages.error} onRetry={() => stages.refetch()} />
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pipelineSettings.stages.order')}</Table.Th>
                <Table.Th>{t('pipelineSettings.stages.name')}</Table.Th>
                <Table.Th>{t('pipelineSettings.stages.probability')}</Table.Th>
                <Table.Th>
                  <span className="kontor-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((stage, index) => (
                <Table.Tr key={stage.id} data-testid="stage-row">
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => shift(index, -1)}
                        aria-label={t('pipelineSettings.stages.up', { name: stage.name })}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        disabled={index === list.length - 1 || reorder.isPending}
                        onClick={() => shift(index, 1)}
                        aria-label={t('pipelineSettings.stages.down', { name: stage.name })}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {stage.name}
                      </Text>
                      {stage.folded && (
                        <Badge variant="light" color="gray" size="sm">
                          {t('pipelineSettings.stages.foldedBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{stage.probability} %</Table.Td>
                  <Table.Td>
                    <Group gap={2} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(stage)}
                        aria-label={t('pipelineSettings.stages.editStage', { name: stage.name })}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        disabled={list.length <= 1}
                        onClick={() => setDeleting(stage)}
                        aria-label={t('pipelineSettings.stages.deleteStage', { name: stage.name })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {editing !== null && (
        <StageModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          stage={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <DeleteStageModal stage={deleting} stages={list} onClose={() => setDeleting(null)} />
    </Card>
  );
}
