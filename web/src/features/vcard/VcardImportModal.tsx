import { DUPLICATE_POLICIES, type DuplicatePolicy } from '@kontor/domain/vcard';
import { Alert, Button, Checkbox, FileInput, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/problems';
import { contactsKey } from '../contacts/api';
import { uploadVcard } from './api';
import { VcardResultTable } from './VcardResultTable';

/**
 * "vCard importieren": choose a .vcf, try it as a dry run or import it, and see per card what
 * happened. A real import refreshes every contact list and page.
 */
export function VcardImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('skip');
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadVcard(chosen, { dryRun, duplicates }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: contactsKey });
    },
  });
  const error = upload.isError ? describeError(upload.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  const close = () => {
    upload.reset();
    setFile(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('vcard.importTitle')} size="xl">
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text size="sm">{t('vcard.importIntro')}</Text>
          <FileInput
            label={t('vcard.file')}
            placeholder={t('vcard.filePlaceholder')}
            accept=".vcf,.vcard,text/vcard,text/x-vcard"
            leftSection={<IconFileUpload size={18} aria-hidden />}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('vcard.clearFile') }}
            required
            data-autofocus
          />
          <Group align="flex-end" gap="lg">
            <Select
              label={t('vcard.duplicates')}
              data={DUPLICATE_POLICIES.map((policy) => ({
                value: policy,
                label: t(`vcard.policy.${policy}`),
              }))}
              value={duplicates}
              onChange={(value) => value && setDuplicates(value as DuplicatePolicy)}
              allowDeselect={false}
              w={240}
            />
            <Checkbox
              label={t('vcard.dryRun')}
              description={t('vcard.dryRunHint')}
              checked={dryRun}
              onChange={(event) => setDryRun(event.currentTarget.checked)}
            />
          </Group>
          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('vcard.failedTitle')}
              role="alert"
            >
              {error.detail ?? error.title}
            </Alert>
          )}
          {upload.data && <VcardResultTable result={upload.data} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('vcard.close')}
            </Button>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {dryRun ? t('vcard.startDryRun') : t('vcard.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
