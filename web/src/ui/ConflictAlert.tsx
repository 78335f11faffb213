import { Alert, Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown when someone else saved the record first: nothing was changed, reloading shows their version. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.conflict')} role="alert" mb="md">
      {t('errors.conflictDetail')}
      <Button
        mt="sm"
        size="xs"
        variant="light"
        color="red"
        display="block"
        leftSection={<IconRefresh size={16} aria-hidden />}
        onClick={onReload}
      >
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
