import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { MutateOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictAlert } from './ConflictAlert';
import { changedFields } from './changedFields';
import { isStaleVersion, showSubmitError } from './problems';

export interface RecordEditOptions<R extends { version: number }, V extends object, I, S> {
  record: R;
  reload: () => Promise<R | undefined>;
  form: UseFormReturnType<V>;
  /** The form's values for a version of the record. */
  valuesOf: (record: R) => V;
  /** What the server is sent for these values; compared with the record's own so only edits go out. */
  toPayload: (values: V, base: R) => object;
  /** Tidies the submitted values first (e.g. drops empty rows from the form as well). */
  prepare?: (values: V) => V;
  update: { isPending: boolean; mutate: (input: I, options?: MutateOptions<S, Error, I>) => void };
  /** Where cancel and a successful save lead. */
  detailPath: string;
  savedMessage: (saved: S) => string;
  /** Where a server path lives in the form when the names differ (see showSubmitError). */
  formPathOf?: (path: string) => string;
}

/**
 * The save logic every record's edit page shares: sends only the changed fields with the version
 * the form started from, turns a stale version into the conflict alert (reloading takes the latest
 * version into the form), shows other problems at their fields, and leads back to the record
 * after a save. Returns the version being edited and the props for the feature's form fields.
 */
export function useRecordEdit<R extends { version: number }, V extends object, I, S>({
  record,
  reload,
  form,
  valuesOf,
  toPayload,
  prepare = (values) => values,
  update,
  detailPath,
  savedMessage,
  formPathOf,
}: RecordEditOptions<R, V, I, S>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(record);
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

  const onSubmit = (values: V, markSaved: () => void) => {
    const changed = changedFields(toPayload(valuesOf(base), base), toPayload(prepare(values), base));
    // Every update input is the version plus any of the record's fields, which `changed` holds.
    const input = { version: base.version, ...changed } as I;
    update.mutate(input, {
      onError: (error) =>
        isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t, formPathOf),
      onSuccess: (saved) => {
        markSaved();
        notifications.show({ color: 'teal', message: savedMessage(saved) });
        navigate(detailPath);
      },
    });
  };

  return {
    base,
    formProps: {
      submitLabel: t('common.save'),
      pending: update.isPending,
      disabled: conflict,
      alert: conflict && <ConflictAlert onReload={reloadLatest} />,
      onCancel: () => navigate(detailPath),
      onSubmit,
    },
  };
}
