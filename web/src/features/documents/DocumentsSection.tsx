import { Badge, Button, Card, FileButton, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/states';
import { useRecordDocuments } from './api';
import { DocumentTable } from './DocumentTable';
import { UploadStatus } from './UploadStatus';
import { useFileUploads } from './useFileUploads';

interface Props {
  recordType: string;
  recordId: string;
  /** The record type's write permission: upload and delete. */
  canWrite: boolean;
}

/**
 * The documents of a record (A9) on its detail page: the list, and for writers an upload by
 * button or by dropping files onto the section, one file after another with progress.
 */
export function DocumentsSection({ recordType, recordId, canWrite }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const documents = useRecordDocuments(recordType, recordId);
  const uploads = useFileUploads();
  const [dragging, setDragging] = useState(false);
  const uploadAll = (files: File[]) => void uploads.uploadAll({ recordType, recordId }, files);

  const busy = uploads.busy;
  const dropHandlers = canWrite
    ? {
        onDragOver: (event: DragEvent) => {
          event.preventDefault();
          if (!busy) setDragging(true);
        },
        onDragLeave: (event: DragEvent) => {
          // Leaving into a child of the card is not leaving the card.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          if (!busy) uploadAll([...event.dataTransfer.files]);
        },
      }
    : {};

  const count = documents.data?.items.length;
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={titleId}
      data-testid="documents-section"
      {...dropHandlers}
      style={{
        borderStyle: dragging ? 'dashed' : undefined,
        borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
        background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} size="h4" id={titleId}>
              {t('documents.section')}
            </Title>
            {count !== undefined && count > 0 && (
              <Badge size="sm" variant="light" circle={count < 10}>
                {count}
              </Badge>
            )}
          </Group>
          {canWrite && (
            <Group gap="sm">
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {dragging ? t('documents.dropHere') : t('documents.dropHint')}
              </Text>
              <FileButton multiple onChange={uploadAll} disabled={busy}>
                {(props) => (
                  <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />}>
                    {t('documents.upload')}
                  </Button>
                )}
              </FileButton>
            </Group>
          )}
        </Group>

        <UploadStatus uploads={uploads} />

        {documents.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={16} />
            <Skeleton height={16} width="70%" />
          </Stack>
        ) : documents.isError ? (
          <ErrorState error={documents.error} onRetry={() => documents.refetch()} />
        ) : documents.data.items.length === 0 ? (
          <Group gap="sm" c="dimmed" py="sm">
            <IconFileUpload size={24} stroke={1.5} aria-hidden />
            <Text size="sm">{canWrite ? t('documents.sectionEmptyWrite') : t('documents.sectionEmpty')}</Text>
          </Group>
        ) : (
          <DocumentTable documents={documents.data.items} canWrite={canWrite} />
        )}
      </Stack>
    </Card>
  );
}
