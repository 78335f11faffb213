import { getHotkeyHandler } from '@mantine/hooks';
import type { FormEvent, ReactNode } from 'react';

interface HotkeyFormProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** A form that Ctrl+S (Cmd+S) submits, as everywhere in Kontor; validation is the app's own. */
export function HotkeyForm({ onSubmit, children }: HotkeyFormProps) {
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      onKeyDown={getHotkeyHandler([
        ['mod+S', (event) => (event.currentTarget as HTMLFormElement).requestSubmit()],
      ])}
    >
      {children}
    </form>
  );
}
