import type { Mapping } from '@kontor/domain/imports/fields';
import { checkMapping, type DuplicatePolicy, type Upload } from '@kontor/domain/imports/schemas';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../ui/problems';
import { startImport } from './api';
import { ImportOptions } from './ImportOptions';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';

interface Props {
  upload: Upload;
  onBack: () => void;
  onStarted: (jobId: string) => void;
}

/** Step 2: which column goes into which field (the server's suggestion preselected), a live preview, options. */
export function MappingStep({ upload, onBack, onStarted }: Props) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Mapping>(upload.mapping);
  const [dryRun, setDryRun] = useState(false);
  const [duplicatePolicy, setDuplicatePolicy] = useState<DuplicatePolicy>('skip');
  const missing = checkMapping(upload.type, mapping).some(
    (problem) => problem.code === 'import-field-missing',
  );
  const start = useMutation({
    mutationFn: () => startImport({ uploadId: upload.uploadId, mapping, dryRun, duplicatePolicy }),
    onSuccess: (job) => onStarted(job.id),
    onError: (error) => notifyError(error, t),
  });

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('imports.fileFacts', {
          name: upload.fileName,
          rows: upload.rows,
          format: upload.format === 'xlsx' ? 'Excel (XLSX)' : 'CSV',
        })}
        {upload.format === 'csv' &&
          ` · ${t('imports.encoding', { encoding: ENCODING_NAMES[upload.encoding ?? ''] ?? upload.encoding })} · ${t(
            'imports.delimiter',
            {
              delimiter: t(`imports.delimiters.${delimiterName(upload.delimiter)}`),
            },
          )}`}
      </Text>
      <section aria-labelledby="import-mapping-title">
        <Title order={2} size="h4" mb="xs" id="import-mapping-title">
          {t('imports.mappingTitle')}
        </Title>
        <MappingTable upload={upload} mapping={mapping} onChange={setMapping} />
      </section>
      {missing && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t(`imports.requiredMissing.${upload.type}`)}
        </Alert>
      )}
      <section aria-labelledby="import-preview-title">
        <Title order={2} size="h4" mb="xs" id="import-preview-title">
          {t('imports.previewTitle', { count: upload.sampleRows.length })}
        </Title>
        <PreviewTable upload={upload} mapping={mapping} />
      </section>
      <ImportOptions
        type={upload.type}
        dryRun={dryRun}
        onDryRun={setDryRun}
        policy={duplicatePolicy}
        onPolicy={setDuplicatePolicy}
      />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
          {t('imports.otherFile')}
        </Button>
        <Button
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          onClick={() => start.mutate()}
          loading={start.isPending}
          disabled={missing}
        >
          {dryRun ? t('imports.startDryRun') : t('imports.start', { count: upload.rows })}
        </Button>
      </Group>
    </Stack>
  );
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

function delimiterName(delimiter: string | null): string {
  return { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' }[delimiter ?? ';'] ?? 'semicolon';
}
