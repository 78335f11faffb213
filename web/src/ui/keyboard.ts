import { useEffect, useRef } from 'react';

/** True while the user types into a field: single-key shortcuts must leave such keys alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True while a dialog or menu is open: page shortcuts then belong to it, not to the page below. */
export function isOverlayOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="menu"]') !== null;
}

/** A single-key shortcut of the current page (e.g. `e` edits); none while typing or in a dialog. */
export function usePageKey(key: string, handler: (() => void) | undefined): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.key !== key || !handlerRef.current || isTyping(event.target) || isOverlayOpen()) return;
      event.preventDefault();
      handlerRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
