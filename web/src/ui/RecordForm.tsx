import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from './HotkeyForm';
import { UnsavedChangesPrompt } from './UnsavedChangesPrompt';

/**
 * The frame of a record's create or edit form: asks before leaving unsaved changes, shows `alert`
 * over the fields and cancel and submit under them.
 */
export function RecordForm<Values>({
  form,
  submitLabel,
  pending,
  disabled,
  alert,
  onSubmit,
  onCancel,
  children,
}: {
  form: UseFormReturnType<Values>;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  alert?: ReactNode;
  /** Receives a function that lets the page leave without the unsaved-changes question. */
  onSubmit: (values: Values, markSaved: () => void) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const saved = useRef(false);
  const dirty = useCallback(() => !saved.current && form.isDirty(), [form]);
  return (
    <HotkeyForm
      onSubmit={form.onSubmit((values) =>
        onSubmit(values, () => {
          saved.current = true;
        }),
      )}
      onEscape={onCancel}
    >
      <UnsavedChangesPrompt dirty={dirty} />
      <Stack gap="lg">
        {alert}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={disabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </HotkeyForm>
  );
}

/** The props a feature's form fields pass on to the frame unchanged, so they need not list them again. */
export type RecordFormFrameProps<Values> = Omit<Parameters<typeof RecordForm<Values>>[0], 'children'>;
