import { type RefObject, useEffect, useRef } from 'react';
import { isOverlayOpen, isTyping } from './keyboard';

/** `n` opens "new", `f` jumps into the first filter box (`/` belongs to the global search). */
export function useListShortcuts(tableRef: RefObject<HTMLDivElement | null>, onNew?: () => void) {
  const onNewRef = useRef(onNew);
  onNewRef.current = onNew;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || isOverlayOpen()) return;
      if (event.key === 'n' && onNewRef.current) {
        event.preventDefault();
        onNewRef.current();
      } else if (event.key === 'f') {
        const input = tableRef.current?.querySelector<HTMLInputElement>('input[data-list-filter]');
        if (input) {
          event.preventDefault();
          input.focus();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tableRef]);
}
