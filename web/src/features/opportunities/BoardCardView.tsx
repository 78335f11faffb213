import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import type { BoardCard } from './api';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';

/**
 * One deal on the board. The mouse drags it from anywhere on the card; the keyboard lifts it by
 * its handle (a button of its own, so the name can stay a plain link to the deal).
 */
export function BoardCardView({ card, draggable }: { card: BoardCard; draggable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !draggable,
  });
  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="sm"
      radius="sm"
      data-testid="board-card"
      data-card-name={card.name}
      {...listeners}
      style={{
        transform: CSS.Translate.toString(transform),
        opacity: isDragging ? 0.6 : 1,
        cursor: draggable ? 'grab' : 'default',
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        touchAction: 'manipulation',
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
          <Anchor
            component={Link}
            to={`/opportunities/${encodeURIComponent(card.id)}`}
            fw={600}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
            // The link opens the deal; a drag starts on the rest of the card.
            onPointerDown={(event) => event.stopPropagation()}
          >
            {card.name}
          </Anchor>
          {draggable && (
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              size="sm"
              {...attributes}
              aria-roledescription={t('opportunities.board.cardRole')}
              aria-label={t('opportunities.board.moveCard', { name: card.name })}
              data-testid="card-handle"
            >
              <IconGripVertical size={14} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {(card.organizationName ?? card.leadName) && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {card.organizationName ?? card.leadName}
          </Text>
        )}
        <Group justify="space-between" gap={4}>
          <Text size="sm" fw={500}>
            {format.money(card.expectedRevenueCents)}
          </Text>
          <Text size="xs" c="dimmed">
            {card.probability} %
          </Text>
        </Group>
        <Group justify="space-between" gap={4}>
          <Text size="xs" c="dimmed">
            {[card.expectedCloseDate && format.date(card.expectedCloseDate), card.ownerName]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {card.status !== 'open' && <OpportunityStatusBadge status={card.status} size="xs" />}
        </Group>
      </Stack>
    </Card>
  );
}
