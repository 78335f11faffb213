import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The buttons under a dialog form: cancel, then the submit button with its own label. */
export function FormActions({
  submitLabel,
  pending,
  disabled = false,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  /** E.g. while a conflict with someone else's change is unresolved. */
  disabled?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
