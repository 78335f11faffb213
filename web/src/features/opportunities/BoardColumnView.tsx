import { useDroppable } from '@dnd-kit/core';
import { ActionIcon, Badge, Button, Card, Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronsLeft, IconChevronsRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import type { BoardColumn } from './api';
import { BoardCardView } from './BoardCardView';

/** One stage: its count and sums (German money format), its cards, "more"; folded it is a narrow strip. */
export function BoardColumnView({
  column,
  folded,
  onToggleFold,
  canWrite,
  loadingMore,
  onMore,
}: {
  column: BoardColumn;
  folded: boolean;
  onToggleFold: () => void;
  canWrite: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, data: { stage: column.stage } });
  const border = isOver ? '2px solid var(--mantine-color-blue-5)' : undefined;
  const titleId = `board-column-${column.stage.id}`;

  if (folded)
    return (
      <Card
        ref={setNodeRef}
        withBorder
        padding="xs"
        w={56}
        style={{ flex: '0 0 auto', outline: border }}
        component="section"
        aria-labelledby={titleId}
        data-testid="board-column"
        data-stage-name={column.stage.name}
      >
        <Stack align="center" gap="xs">
          <Tooltip label={t('opportunities.board.unfold')}>
            <ActionIcon
              variant="subtle"
              onClick={onToggleFold}
              aria-label={t('opportunities.board.unfoldStage', { name: column.stage.name })}
            >
              <IconChevronsRight size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Badge variant="light">{format.number(column.count)}</Badge>
          <Text id={titleId} fw={600} size="sm" style={{ writingMode: 'vertical-rl' }}>
            {column.stage.name}
          </Text>
        </Stack>
      </Card>
    );

  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="sm"
      w={280}
      bg="var(--mantine-color-gray-light)"
      style={{ flex: '0 0 auto', outline: border, display: 'flex', flexDirection: 'column' }}
      component="section"
      aria-labelledby={titleId}
      data-testid="board-column"
      data-stage-name={column.stage.name}
    >
      <Stack gap={2} mb="sm">
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Group gap={6} wrap="nowrap">
            <Text id={titleId} fw={700} size="sm">
              {column.stage.name}
            </Text>
            <Badge variant="light" data-testid="column-count">
              {format.number(column.count)}
            </Badge>
          </Group>
          <Group gap={0} wrap="nowrap">
            {canWrite && (
              <Tooltip label={t('opportunities.board.newHere')}>
                <ActionIcon
                  variant="subtle"
                  component={Link}
                  to={`/opportunities/new?stageId=${encodeURIComponent(column.stage.id)}`}
                  aria-label={t('opportunities.board.newInStage', { name: column.stage.name })}
                >
                  <IconPlus size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t('opportunities.board.fold')}>
              <ActionIcon
                variant="subtle"
                onClick={onToggleFold}
                aria-label={t('opportunities.board.foldStage', { name: column.stage.name })}
              >
                <IconChevronsLeft size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Text size="sm" fw={500} data-testid="column-sum">
          {format.money(column.expectedRevenueCents)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('opportunities.board.weighted', { amount: format.money(column.weightedRevenueCents) })}
        </Text>
      </Stack>
      <ScrollArea.Autosize mah="calc(100vh - 320px)" type="auto" offsetScrollbars>
        <Stack gap="xs" mih={80}>
          {column.cards.map((card) => (
            <BoardCardView key={card.id} card={card} draggable={canWrite} />
          ))}
          {column.cards.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('opportunities.board.emptyColumn')}
            </Text>
          )}
          {column.nextCursor && (
            <Button variant="subtle" size="xs" loading={loadingMore} onClick={onMore}>
              {t('opportunities.board.more', { count: column.count - column.cards.length })}
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Card>
  );
}
