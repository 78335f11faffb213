import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowsExchange, IconGitMerge } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ApiError, apiRequest } from './api';
import { notifyError } from './problems';
import { TableSkeleton } from './states';

interface Mergeable {
  id: string;
  name: string;
  version: number;
}

export interface MergeOption {
  id: string;
  name: string;
  detail?: string | null;
  /** Duplicate reasons (`email`, `phone`, `name`, `vatId`) when the server suggested it. */
  reasons?: string[];
}

export interface MergeModalProps<T extends Mergeable> {
  opened: boolean;
  onClose: () => void;
  /** The record whose page the merge started from; kept unless the user swaps. */
  current: T;
  /** The record type's API path, e.g. `/api/contacts`; the merge posts to `…/merge`. */
  apiPath: string;
  /** Where the kept record's detail page is, e.g. `/contacts/`. */
  detailPath: (id: string) => string;
  schema: z.ZodType<T>;
  /** The query key of the record type, reloaded after the merge or a conflict. */
  queryKey: readonly unknown[];
  /** Likely duplicates the server found for this record. */
  suggestions: MergeOption[];
  /** Records whose name starts with the typed text. */
  useSearch: (typed: string) => { data?: MergeOption[]; isFetching: boolean };
  /** The record's facts for the side-by-side view. */
  describe: (record: T) => ReactNode;
  /** What moves from the merged record to the kept one (e-mails, contacts, children …). */
  moves: (merged: T) => ReactNode;
}

/**
 * Merges two duplicates (M4): pick the other record, see both side by side — which one stays and
 * what moves over — and confirm. A change by someone else meanwhile (409) asks to reload.
 */
export function MergeModal<T extends Mergeable>(props: MergeModalProps<T>) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('merge.title')} size="xl" centered>
      {props.opened && <MergeContent {...props} />}
    </Modal>
  );
}

function MergeContent<T extends Mergeable>({
  current,
  apiPath,
  detailPath,
  schema,
  queryKey,
  suggestions,
  useSearch,
  describe,
  moves,
  onClose,
}: MergeModalProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [otherId, setOtherId] = useState<string | null>(suggestions[0]?.id ?? null);
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [conflict, setConflict] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useSearch(debounced);
  // Suggestions arrive after the dialog opens; the first one is the likely pick.
  const firstSuggestion = suggestions.find((option) => option.id !== current.id)?.id ?? null;
  const [picked, setPicked] = useState(false);
  useEffect(() => {
    if (!picked && otherId === null && firstSuggestion) setOtherId(firstSuggestion);
  }, [picked, otherId, firstSuggestion]);

  const path = (id: string) => `${apiPath}/${encodeURIComponent(id)}`;
  const latestCurrent = useQuery({
    queryKey: [...queryKey, 'merge', current.id],
    queryFn: () => apiRequest(path(current.id), { schema }),
    initialData: current,
  });
  const other = useQuery({
    queryKey: [...queryKey, 'merge', otherId],
    queryFn: () => apiRequest(path(otherId ?? ''), { schema }),
    enabled: otherId !== null,
  });

  const options = new Map<string, MergeOption>();
  for (const option of [...suggestions, ...(results.data ?? [])])
    if (option.id !== current.id && !options.has(option.id)) options.set(option.id, option);
  const data = [...options.values()].map((option) => ({
    value: option.id,
    label: option.detail ? `${option.name} · ${option.detail}` : option.name,
  }));

  const me = latestCurrent.data;
  const keep = keepCurrent ? me : other.data;
  const merge = keepCurrent ? other.data : me;

  const run = useMutation({
    mutationFn: (body: { keepId: string; keepVersion: number; mergeId: string; mergeVersion: number }) =>
      apiRequest(`${apiPath}/merge`, { method: 'POST', body, schema }),
    onSuccess: (kept) => {
      void queryClient.invalidateQueries({ queryKey });
      onClose();
      navigate(detailPath(kept.id), { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setConflict(true);
      else notifyError(error, t);
    },
  });

  const reload = async () => {
    await Promise.all([latestCurrent.refetch(), other.refetch()]);
    void queryClient.invalidateQueries({ queryKey });
    setConflict(false);
  };

  const suggested = suggestions.filter((option) => option.id !== current.id);

  return (
    <Stack gap="md">
      <Text size="sm">{t('merge.intro')}</Text>
      {suggested.length > 0 && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('merge.suggested')}
          </Text>
          {suggested.map((option) => (
            <Button
              key={option.id}
              size="compact-sm"
              variant={otherId === option.id ? 'filled' : 'light'}
              onClick={() => {
                setPicked(true);
                setOtherId(option.id);
              }}
            >
              {option.name}
              {option.reasons?.length
                ? ` (${option.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')})`
                : ''}
            </Button>
          ))}
        </Group>
      )}
      <Select
        label={t('merge.pick')}
        placeholder={t('merge.pickPlaceholder')}
        data={data}
        value={otherId}
        onChange={(id) => {
          setPicked(true);
          setOtherId(id);
          setConflict(false);
        }}
        searchable
        clearable
        filter={({ options: all, search: typed }) =>
          all.filter((option) =>
            'label' in option ? option.label.toLowerCase().includes(typed.toLowerCase().trim()) : true,
          )
        }
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={results.isFetching ? t('common.loading') : t('merge.nothingFound')}
      />

      {conflict && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('merge.conflictTitle')}
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('merge.conflictText')}</Text>
            <Button size="xs" variant="white" color="orange" onClick={reload}>
              {t('common.reload')}
            </Button>
          </Stack>
        </Alert>
      )}

      {otherId && other.isPending && <TableSkeleton rows={3} />}
      {keep && merge && (
        <>
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('merge.compare')}
            </Title>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconArrowsExchange size={16} aria-hidden />}
              onClick={() => setKeepCurrent((value) => !value)}
            >
              {t('merge.swap')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Card withBorder padding="md" style={{ borderColor: 'var(--mantine-color-teal-filled)' }}>
              <Group gap="xs" mb="xs">
                <Badge color="teal" variant="light">
                  {t('merge.kept')}
                </Badge>
              </Group>
              <Text fw={700} mb="xs">
                {keep.name}
              </Text>
              {describe(keep)}
            </Card>
            <Card withBorder padding="md">
              <Group gap="xs" mb="xs">
                <Badge color="gray" variant="light">
                  {t('merge.mergedAway')}
                </Badge>
              </Group>
              <Text fw={700} mb="xs">
                {merge.name}
              </Text>
              {describe(merge)}
            </Card>
          </SimpleGrid>
          <Alert variant="light" color="blue" title={t('merge.movesTitle', { kept: keep.name })}>
            <Stack gap={4}>
              {moves(merge)}
              <Text size="sm">{t('merge.historyKept', { merged: merge.name })}</Text>
            </Stack>
          </Alert>
        </>
      )}

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          leftSection={<IconGitMerge size={18} aria-hidden />}
          disabled={!keep || !merge || conflict}
          loading={run.isPending}
          onClick={() =>
            keep &&
            merge &&
            run.mutate({
              keepId: keep.id,
              keepVersion: keep.version,
              mergeId: merge.id,
              mergeVersion: merge.version,
            })
          }
        >
          {t('merge.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
