import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isOverlayOpen, isTyping } from '../ui/keyboard';

/** "g" then a letter jumps to a page (UX.md "Keyboard"). */
const GO_TARGETS: Record<string, string> = {
  s: '/',
  o: '/organizations',
  k: '/contacts',
  l: '/leads',
  c: '/opportunities',
  a: '/quotations',
  b: '/reports',
};
const SEQUENCE_TIMEOUT_MS = 1500;

/**
 * Global shortcuts (UX.md "Keyboard"): Ctrl+K / Cmd+K opens the search from anywhere, even a
 * field; single keys ("/" search, "?" help, "g" jumps) are ignored while the user types.
 */
export function useKeyboardShortcuts({
  onHelp,
  onSearch,
}: {
  onHelp: () => void;
  onSearch: () => void;
}): void {
  const navigate = useNavigate();

  useEffect(() => {
    let goPressedAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        onSearch();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/' && !isOverlayOpen()) {
        event.preventDefault();
        onSearch();
        return;
      }
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
        return;
      }
      const target = GO_TARGETS[event.key];
      if (target && Date.now() - goPressedAt < SEQUENCE_TIMEOUT_MS) {
        goPressedAt = 0;
        navigate(target);
        return;
      }
      goPressedAt = event.key === 'g' ? Date.now() : 0;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, onHelp, onSearch]);
}
