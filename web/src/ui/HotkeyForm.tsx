import { getHotkeyHandler } from '@mantine/hooks';
import { type FormEvent, type KeyboardEvent, type ReactNode, useRef } from 'react';

interface HotkeyFormProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** For forms on their own page (dialogs close on Esc by themselves): Esc cancels. */
  onEscape?: () => void;
  children: ReactNode;
}

/** A form that Ctrl+S (Cmd+S) submits, as everywhere in Kontor; validation is the app's own. */
export function HotkeyForm({ onSubmit, onEscape, children }: HotkeyFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const onHotkey = getHotkeyHandler([['mod+S', () => formRef.current?.requestSubmit()]]);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    onHotkey(event);
    // Esc in an open dropdown only closes the dropdown.
    const inOpenDropdown = event.target instanceof Element && event.target.closest('[aria-expanded="true"]');
    if (onEscape && event.key === 'Escape' && !event.defaultPrevented && !inOpenDropdown) onEscape();
  };
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      {children}
    </form>
  );
}
