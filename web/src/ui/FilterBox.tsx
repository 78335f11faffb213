import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

const FILTER_DEBOUNCE_MS = 300;

/**
 * One column's filter box: typed text reaches the URL (and the server) after a short pause, or at
 * once on Enter; a change of the URL from outside (reset, back) replaces what is in the box.
 */
export function FilterBox({
  label,
  value,
  error,
  onCommit,
}: {
  label: string;
  value: string;
  error?: string;
  onCommit: (text: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [debounced] = useDebouncedValue(draft, FILTER_DEBOUNCE_MS);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);

  // Only a new pause in typing commits; an old debounced value must not undo a reset from outside.
  const lastDebounced = useRef(debounced);
  useEffect(() => {
    if (debounced === lastDebounced.current) return;
    lastDebounced.current = debounced;
    if (debounced !== committed.current) {
      committed.current = debounced;
      onCommit(debounced);
    }
  }, [debounced, onCommit]);

  return (
    <TextInput
      size="xs"
      data-list-filter
      aria-label={label}
      placeholder="…"
      leftSection={<IconSearch size={14} aria-hidden />}
      value={draft}
      error={error}
      styles={{ error: { whiteSpace: 'normal', fontWeight: 400 } }}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft !== committed.current) {
          committed.current = draft;
          onCommit(draft);
        }
      }}
    />
  );
}
