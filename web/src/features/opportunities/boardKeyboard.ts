import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys jump a lifted card to the neighbouring column (left/right) instead of moving it a
 * few pixels, so a keyboard user reaches any stage in as many presses as columns lie between.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return currentCoordinates;
  event.preventDefault();
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return currentCoordinates;
  const rects = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  // The column the card is over now (a card sits off its column's centre by the scrollbar gap).
  const here = rects.findIndex((rect) => rect.left <= centre && centre <= rect.right);
  const next =
    here >= 0
      ? here + (event.code === 'ArrowRight' ? 1 : -1)
      : event.code === 'ArrowRight'
        ? rects.findIndex((rect) => rect.left > centre)
        : rects.findLastIndex((rect) => rect.right < centre);
  const target = rects[next];
  if (!target) return currentCoordinates;
  return {
    x: target.left + target.width / 2 - collisionRect.width / 2,
    y: Math.max(target.top + 60, currentCoordinates.y),
  };
};
