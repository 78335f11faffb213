import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import {
  type Board,
  type BoardCard,
  boardKey,
  fetchBoard,
  fetchBoardColumnPage,
  opportunitiesKey,
  postMove,
} from './api';
import { confirmMove, moveCard, moveFailureKey } from './boardCache';

/** The board for the filters in the URL. */
export function useBoard(filter: Record<string, string>) {
  return useQuery({ queryKey: boardKey(filter), queryFn: () => fetchBoard(filter) });
}

/**
 * A drag to another stage, optimistic: the card moves in the cache at once, then the server is
 * asked. A refusal (someone changed it meanwhile: 409; not allowed: 403; gone: 404) puts the
 * board back exactly as it was and says why; afterwards the board is re-read either way, so
 * counts, sums and versions are the server's.
 */
export function useMoveCard(filter: Record<string, string>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = boardKey(filter);
  return useMutation({
    mutationFn: ({ card, toStageId }: { card: BoardCard; toStageId: string }) =>
      postMove(card.id, toStageId, card.version),
    onMutate: async ({ card, toStageId }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData(key, moveCard(previous, card.id, toStageId));
      return { previous };
    },
    onError: (error, { card }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      const failure = moveFailureKey(error instanceof ApiError ? error.status : undefined);
      notifications.show({
        color: 'red',
        title: t(failure),
        message: t('opportunities.board.moveReturned', { name: card.name }),
      });
    },
    onSuccess: (result, { card }) => {
      queryClient.setQueryData<Board>(key, (board) => board && confirmMove(board, card.id, result.version));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: opportunitiesKey }),
  });
}

/** Loads a column's next cards into the cached board, so they can be dragged like the first ones. */
export function useLoadMoreCards(filter: Record<string, string>) {
  const queryClient = useQueryClient();
  const key = boardKey(filter);
  return useMutation({
    mutationFn: ({ stageId, cursor }: { stageId: string; cursor: string }) =>
      fetchBoardColumnPage(stageId, filter, cursor),
    onSuccess: (page) =>
      queryClient.setQueryData<Board>(key, (board) =>
        board
          ? {
              ...board,
              columns: board.columns.map((column) =>
                column.stage.id === page.stageId
                  ? {
                      ...column,
                      // A card moved in meanwhile may come again: keep one of each.
                      cards: [
                        ...column.cards,
                        ...page.cards.filter((c) => !column.cards.some((k) => k.id === c.id)),
                      ],
                      nextCursor: page.nextCursor,
                    }
                  : column,
              ),
            }
          : board,
      ),
  });
}
