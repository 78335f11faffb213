import type { ImportType } from '@kontor/domain/imports/fields';
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Importieren" in a list page's header: opens the import with that list's record type chosen. */
export function ImportButton({ type }: { type: ImportType }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/import?type=${type}`}
      variant="default"
      leftSection={<IconFileImport size={18} aria-hidden />}
    >
      {t('imports.button')}
    </Button>
  );
}
