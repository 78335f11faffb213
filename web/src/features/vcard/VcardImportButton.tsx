import { Button } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VcardImportModal } from './VcardImportModal';

/** "vCard importieren" on the contacts list, for users who may create contacts. */
export function VcardImportButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconAddressBook size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('vcard.import')}
      </Button>
      <VcardImportModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
