import { Button } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vcardHref } from './api';

/** "vCard herunterladen" on a contact's page: a plain download link, any reader may use it. */
export function VcardDownloadButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={vcardHref(contactId)}
      download
      variant="default"
      leftSection={<IconAddressBook size={18} aria-hidden />}
    >
      {t('vcard.download')}
    </Button>
  );
}
