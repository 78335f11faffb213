import type { ReactNode } from 'react';
import { OrganizationSelect } from '../../ui/OrganizationSelect';

interface ParentSelectProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** The organisation being edited: it cannot be its own parent. */
  excludeId?: string;
  /** The current parent, so its name shows before any search. */
  initial: { id: string; name: string } | null;
}

/** Picks the parent organisation by searching names on the server (prefix match, 20 at a time). */
export function ParentSelect({ onChange, ...props }: ParentSelectProps) {
  return <OrganizationSelect {...props} onChange={(id) => onChange(id)} />;
}
