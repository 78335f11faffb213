import { describe, expect, it } from 'vitest';
import type { Board, BoardCard, BoardColumn } from './api';
import { confirmMove, findCard, moveCard, moveFailureKey } from './boardCache';

const card = (id: string, stageId: string, cents: number): BoardCard => ({
  id,
  name: id,
  stageId,
  organizationName: null,
  leadName: null,
  expectedRevenueCents: cents,
  probability: 10,
  expectedCloseDate: null,
  ownerId: null,
  ownerName: null,
  status: 'open',
  version: 1,
});

const column = (id: string, cards: BoardCard[]): BoardColumn => ({
  stage: { id, name: id, position: 0, probability: 10, folded: false, version: 1 },
  stageId: id,
  cards,
  nextCursor: null,
  count: cards.length,
  expectedRevenueCents: cards.reduce((sum, c) => sum + c.expectedRevenueCents, 0),
  weightedRevenueCents: 0,
});

const board: Board = {
  statuses: ['open', 'replied', 'quotation'],
  columns: [column('a', [card('x', 'a', 1000), card('y', 'a', 250)]), column('b', [card('z', 'b', 5)])],
};

describe('the optimistic move on the board cache', () => {
  it('moves the card to the top of the target column with count and sum', () => {
    const moved = moveCard(board, 'y', 'b');
    expect(moved.columns.map((c) => c.cards.map((k) => k.id))).toEqual([['x'], ['y', 'z']]);
    expect(moved.columns.map((c) => [c.count, c.expectedRevenueCents])).toEqual([
      [1, 1000],
      [2, 255],
    ]);
    expect(findCard(moved, 'y')?.card.stageId).toBe('b');
  });

  it('leaves the board as it was, so the snapshot restores exactly what the user saw', () => {
    const before = structuredClone(board);
    moveCard(board, 'x', 'b');
    expect(board).toEqual(before);
    expect(moveCard(board, 'x', 'a')).toBe(board);
    expect(moveCard(board, 'unknown', 'b')).toBe(board);
    expect(moveCard(board, 'x', 'no-stage')).toBe(board);
  });

  it('takes the new version after confirmation', () => {
    const confirmed = confirmMove(moveCard(board, 'x', 'b'), 'x', 2);
    expect(findCard(confirmed, 'x')?.card.version).toBe(2);
    expect(findCard(confirmed, 'z')?.card.version).toBe(1);
  });

  it('explains each refusal', () => {
    expect(moveFailureKey(409)).toBe('opportunities.board.moveConflict');
    expect(moveFailureKey(403)).toBe('opportunities.board.moveForbidden');
    expect(moveFailureKey(404)).toBe('opportunities.board.moveGone');
    expect(moveFailureKey(0)).toBe('opportunities.board.moveFailed');
  });
});
