import { getHotkeyHandler } from '@mantine/hooks';
import { type FormEvent, type ReactNode, useRef } from 'react';

interface HotkeyFormProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** A form that Ctrl+S (Cmd+S) submits, as everywhere in Kontor; validation is the app's own. */
export function HotkeyForm({ onSubmit, children }: HotkeyFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={getHotkeyHandler([['mod+S', () => formRef.current?.requestSubmit()]])}
    >
      {children}
    </form>
  );
}
