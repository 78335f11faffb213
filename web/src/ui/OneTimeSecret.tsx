import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from './CopyField';

/** A secret Kontor shows exactly once (API token, invitation link): the warning, a copy field, done. */
export function OneTimeSecret({
  alert,
  label,
  value,
  onDone,
}: {
  alert: { color: string; icon: ReactNode; title: string; text: string };
  label: string;
  value: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color={alert.color} icon={alert.icon} title={alert.title}>
        {alert.text}
      </Alert>
      <CopyField value={value} label={label} />
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          {t('common.done')}
        </Button>
      </Group>
    </Stack>
  );
}
