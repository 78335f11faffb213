import { Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordPath } from '../../ui/links';
import { useGlobalSearch } from './api';

const DEBOUNCE_MS = 150;

/**
 * The global search (X1, UX.md "Keyboard"): a dialog with one combobox whose listbox groups the
 * hits by record type. Focus stays in the input; ↑/↓ move the active option (announced through
 * aria-activedescendant), Enter opens it, Esc closes.
 */
export function Spotlight({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const baseId = useId();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, DEBOUNCE_MS);
  const search = useGlobalSearch(debounced);

  const groups = debounced.trim() && search.data ? search.data.groups : [];
  const options = useMemo(
    () =>
      groups.flatMap((group) =>
        group.items.map((item) => ({
          ...item,
          type: group.type,
          domId: `${baseId}-${group.type}-${item.id}`,
        })),
      ),
    [groups, baseId],
  );
  // The active option belongs to one answer: a new answer starts at its first hit.
  const [cursor, setCursor] = useState({ options, index: 0 });
  const active = cursor.options === options ? cursor.index : 0;
  const setActive = (index: number) => setCursor({ options, index });
  useEffect(() => {
    if (!opened) setQuery('');
  }, [opened]);

  const open = (type: string, id: string) => {
    const path = recordPath(type, id);
    if (!path) return;
    onClose();
    navigate(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) open(option.type, option.id);
    }
  };

  const typed = query.trim().length > 0;
  const waiting = typed && (query !== debounced || search.isFetching);
  const listboxId = `${baseId}-listbox`;
  const activeOption = options[active];
  return (
    <Modal opened={opened} onClose={onClose} title={t('search.title')} size="lg" yOffset="10vh">
      <Stack gap="sm">
        <TextInput
          data-autofocus
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={activeOption?.domId}
          autoComplete="off"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={waiting ? <Loader size="xs" aria-hidden /> : null}
        />
        <div id={listboxId} role="listbox" aria-label={t('search.results')}>
          {groups.map((group) => (
            // biome-ignore lint/a11y/useSemanticElements: an option group of a listbox (ARIA), not a form fieldset
            <div key={group.type} role="group" aria-labelledby={`${baseId}-${group.type}`}>
              <Text
                id={`${baseId}-${group.type}`}
                size="xs"
                fw={700}
                c="dimmed"
                tt="uppercase"
                px="xs"
                pt="xs"
              >
                {t(`search.groups.${group.type}`, { defaultValue: group.type })}
              </Text>
              {group.items.map((item) => {
                const option = options.find((o) => o.type === group.type && o.id === item.id);
                const selected = option === activeOption;
                return (
                  <UnstyledButton
                    component="div"
                    key={item.id}
                    id={option?.domId}
                    role="option"
                    aria-selected={selected}
                    tabIndex={-1}
                    display="block"
                    w="100%"
                    px="xs"
                    py={6}
                    bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    // Keeps focus in the input, so typing and arrow keys go on working.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => option && setActive(options.indexOf(option))}
                    onClick={() => open(group.type, item.id)}
                  >
                    <Text size="sm" fw={500}>
                      {item.title}
                    </Text>
                    {item.subtitle && (
                      <Text size="xs" c="dimmed">
                        {item.subtitle}
                      </Text>
                    )}
                  </UnstyledButton>
                );
              })}
            </div>
          ))}
        </div>
        <SpotlightStatus
          typed={typed}
          waiting={waiting}
          found={options.length > 0}
          query={debounced.trim()}
        />
      </Stack>
    </Modal>
  );
}

/** The line below the hits: how to use it, that it is searching, or that nothing was found. */
function SpotlightStatus({
  typed,
  waiting,
  found,
  query,
}: {
  typed: boolean;
  waiting: boolean;
  found: boolean;
  query: string;
}) {
  const { t } = useTranslation();
  let text = t('search.hint');
  if (typed && waiting && !found) text = t('search.loading');
  else if (typed && !waiting && !found) text = t('search.empty', { query });
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite" px="xs">
      {text}
    </Text>
  );
}
