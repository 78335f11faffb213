import type { Board, BoardCard } from './api';

// The board's cache as the optimistic move changes it: pure functions, so the rollback logic is
// tested without a browser.

/** Where a card sits: its column and index, or null when it is not loaded. */
export function findCard(
  board: Board,
  cardId: string,
): { column: number; index: number; card: BoardCard } | null {
  for (const [column, entry] of board.columns.entries()) {
    const index = entry.cards.findIndex((card) => card.id === cardId);
    if (index >= 0) return { column, index, card: entry.cards[index] as BoardCard };
  }
  return null;
}

/**
 * The board with the card moved to the top of another column, counts and sums moved with it
 * (its probability is the stage default unless its own, which the card cannot tell: the weighted
 * sums are re-read from the server once the move is confirmed). Unchanged when the card is
 * unknown or already there.
 */
export function moveCard(board: Board, cardId: string, toStageId: string): Board {
  const found = findCard(board, cardId);
  if (!found) return board;
  const target = board.columns.findIndex((column) => column.stage.id === toStageId);
  if (target < 0 || target === found.column) return board;
  const card = found.card;
  return {
    ...board,
    columns: board.columns.map((column, index) => {
      if (index === found.column)
        return {
          ...column,
          cards: column.cards.filter((c) => c.id !== cardId),
          count: column.count - 1,
          expectedRevenueCents: column.expectedRevenueCents - card.expectedRevenueCents,
        };
      if (index === target)
        return {
          ...column,
          cards: [{ ...card, stageId: toStageId }, ...column.cards],
          count: column.count + 1,
          expectedRevenueCents: column.expectedRevenueCents + card.expectedRevenueCents,
        };
      return column;
    }),
  };
}

/** After the server confirmed: the card carries its new version, so the next drag is not stale. */
export function confirmMove(board: Board, cardId: string, version: number): Board {
  return {
    ...board,
    columns: board.columns.map((column) => ({
      ...column,
      cards: column.cards.map((card) => (card.id === cardId ? { ...card, version } : card)),
    })),
  };
}

/** Why a move was refused, as an i18n key: changed meanwhile, not allowed, gone, or another failure. */
export function moveFailureKey(status: number | undefined): string {
  if (status === 409) return 'opportunities.board.moveConflict';
  if (status === 403) return 'opportunities.board.moveForbidden';
  if (status === 404) return 'opportunities.board.moveGone';
  return 'opportunities.board.moveFailed';
}
