import { useState } from 'react';
import type { DocumentFormValues } from './documentForm';
import type { DocumentForm } from './SalesDocumentForm';

/**
 * The version an edit form started from and the conflict state: a change saved by someone else
 * since then answers 409, and reloading puts their version into the form as the new start.
 */
export function useVersionedEdit<D extends { version: number }>(
  document: D,
  form: DocumentForm,
  reload: () => Promise<D | undefined>,
  valuesOf: (document: D) => DocumentFormValues,
) {
  const [base, setBase] = useState(document);
  const [conflict, setConflict] = useState(false);
  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = valuesOf(latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };
  return { base, conflict, setConflict, reloadLatest };
}
