import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import { Button, Group, Loader, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBox } from '../../ui/FilterBox';
import { FilterHelp } from '../../ui/FilterHelp';
import { useLabel } from '../../ui/fieldFormat';
import { filterErrorsOf } from '../../ui/filterErrors';
import { useListView } from '../../ui/listView';
import { PageHeader } from '../../ui/PageHeader';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import type { Board, BoardCard } from './api';
import { BoardColumnView } from './BoardColumnView';
import { columnKeyboardCoordinates } from './boardKeyboard';
import { useBoard, useLoadMoreCards, useMoveCard } from './useBoard';
import { ViewToggle } from './ViewToggle';

/** The filter boxes the board offers; the list has all fields, and both share the URL's filters. */
const BOARD_FILTERS = ['name', 'organizationName', 'ownerName', 'status', 'expectedCloseDate'];

// The pointer decides for mouse and touch; a lifted card moved by keys has no pointer.
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/** The pipeline as a kanban board (S2): a column per stage, cards dragged between them. */
export function OpportunityBoardPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const view = useListView(OPPORTUNITY);
  const board = useBoard(view.filters);
  const move = useMoveCard(view.filters);
  const more = useLoadMoreCards(view.filters);
  const canWrite = usePermission('opportunities.write');
  const [foldChanges, setFoldChanges] = useState<Record<string, boolean>>({});
  // A malformed filter answers 400: the board shown before stays, the message goes under its box.
  const lastGood = useRef<Board | undefined>(undefined);
  if (board.data) lastGood.current = board.data;
  const filterErrors = filterErrorsOf(board.error) ?? {};
  const data = board.data ?? (Object.keys(filterErrors).length > 0 ? lastGood.current : undefined);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const stageName = (id: string | number | undefined) =>
    data?.columns.find((column) => column.stage.id === id)?.stage.name ?? '';
  const cardOf = (active: { data: { current?: unknown } }) =>
    (active.data.current as { card: BoardCard }).card;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('opportunities.board.announce.start', {
        name: cardOf(active).name,
        stage: stageName(cardOf(active).stageId),
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('opportunities.board.announce.over', { name: cardOf(active).name, stage: stageName(over.id) })
        : t('opportunities.board.announce.outside', { name: cardOf(active).name }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('opportunities.board.announce.end', { name: cardOf(active).name, stage: stageName(over.id) })
        : t('opportunities.board.announce.cancel', {
            name: cardOf(active).name,
            stage: stageName(cardOf(active).stageId),
          }),
    onDragCancel: ({ active }) =>
      t('opportunities.board.announce.cancel', {
        name: cardOf(active).name,
        stage: stageName(cardOf(active).stageId),
      }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = cardOf(active);
    if (!over || over.id === card.stageId) return;
    move.mutate({ card, toStageId: String(over.id) });
  };

  const hasFilters = Object.keys(view.filters).length > 0;
  const newButton = canWrite && (
    <Button component={Link} to="/opportunities/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('opportunities.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('opportunities.board.title')}
        description={t('opportunities.board.description')}
        actions={
          <Group gap="xs">
            <ViewToggle current="board" />
            {newButton}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} spacing="xs">
        {BOARD_FILTERS.map((key) => {
          const field = fieldOf(OPPORTUNITY, key) as FieldDef;
          return (
            <Stack gap={2} key={key}>
              <Text size="xs" fw={600} c="dimmed">
                {label(field.label)}
              </Text>
              <FilterBox
                label={t('list.filterFor', { field: label(field.label) })}
                value={view.filters[key] ?? ''}
                error={filterErrors[key]}
                onCommit={(text) => view.setFilter(key, text)}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
      <Group gap="xs">
        <FilterHelp />
        {hasFilters && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={view.resetFilters}
          >
            {t('list.resetFilters')}
          </Button>
        )}
        {data && (
          <Text size="sm" c="dimmed" data-testid="board-statuses">
            {t('opportunities.board.showing', {
              statuses:
                data.statuses.map((status) => label(OPPORTUNITY_STATUS_LABELS[status])).join(', ') || '–',
            })}
          </Text>
        )}
        {board.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {!data ? (
        board.isError ? (
          <ErrorState error={board.error} onRetry={() => board.refetch()} />
        ) : (
          <TableSkeleton rows={6} />
        )
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('opportunities.board.instructions') },
          }}
        >
          <ScrollArea type="auto" offsetScrollbars>
            <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
              {data.columns.map((column) => {
                const folded = foldChanges[column.stage.id] ?? column.stage.folded;
                return (
                  <BoardColumnView
                    key={column.stage.id}
                    column={column}
                    folded={folded}
                    onToggleFold={() =>
                      setFoldChanges((current) => ({ ...current, [column.stage.id]: !folded }))
                    }
                    canWrite={canWrite}
                    loadingMore={more.isPending && more.variables?.stageId === column.stage.id}
                    onMore={() =>
                      column.nextCursor &&
                      more.mutate({ stageId: column.stage.id, cursor: column.nextCursor })
                    }
                  />
                );
              })}
            </Group>
          </ScrollArea>
        </DndContext>
      )}
    </Stack>
  );
}
