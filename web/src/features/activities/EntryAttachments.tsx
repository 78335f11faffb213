import { type DocumentItem, documentDownloadPath } from '@kontor/domain/documents';
import { ActionIcon, Anchor, Button, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/states';
import { recordDocumentsQuery } from '../documents/api';
import { useFileSize } from '../documents/fileSize';
import { UploadStatus } from '../documents/UploadStatus';
import { useDocumentDeletion } from '../documents/useDocumentDeletion';
import { useFileUploads } from '../documents/useFileUploads';

type Attachments = ReturnType<typeof useEntryAttachments>;

const hasItems = (data: { items: unknown[] } | undefined) => (data?.items.length ?? 0) > 0;

/**
 * An entry's attachments (A1, A9), fetched only once the reader opens them (`open` true), so a
 * timeline of twenty entries asks nothing up front. Until the reader decides (`open` null),
 * files known to be there already (uploaded from this browser, e.g. with a new entry) show.
 */
export function useEntryAttachments(activityId: string, open: boolean | null) {
  const query = useQuery({
    ...recordDocumentsQuery('activity', activityId),
    enabled: (current) => open ?? hasItems(current.state.data),
  });
  return { query, shown: open ?? hasItems(query.data) };
}

interface Props {
  activityId: string;
  attachments: Attachments;
  /** Adding files shows the list. */
  onOpen: () => void;
  /** Writers only: the file input that "Anhang hinzufügen" clicks. */
  inputRef: RefObject<HTMLInputElement | null> | null;
}

/** The attachments of an entry: the upload in progress and the list, when shown. */
export function EntryAttachments({ activityId, attachments: { query, shown }, onOpen, inputRef }: Props) {
  const { t } = useTranslation();
  const target = { recordType: 'activity', recordId: activityId };
  const uploads = useFileUploads();
  const canWrite = inputRef !== null;

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    // Cleared, so choosing the same file again after a failure still counts as a change.
    event.currentTarget.value = '';
    onOpen();
    void uploads.uploadAll(target, files);
  };

  return (
    <>
      {inputRef && <input ref={inputRef} type="file" multiple hidden tabIndex={-1} onChange={chosen} />}
      <UploadStatus uploads={uploads} />
      {shown && (
        <Stack
          component="section"
          gap={4}
          aria-label={t('activities.attachments.title')}
          data-testid="entry-attachments"
        >
          {query.isPending ? (
            <Stack gap={4} aria-busy="true" aria-label={t('common.loading')}>
              <Skeleton height={14} width="50%" />
            </Stack>
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          ) : query.data.items.length === 0 ? (
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {t('activities.attachments.none')}
              </Text>
              {canWrite && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPaperclip size={12} aria-hidden />}
                  onClick={() => inputRef?.current?.click()}
                  disabled={uploads.busy}
                >
                  {t('activities.attachments.add')}
                </Button>
              )}
            </Group>
          ) : (
            <AttachmentList documents={query.data.items} canDelete={canWrite} />
          )}
        </Stack>
      )}
    </>
  );
}

/** Name (downloads the file) and size of each attachment; writers delete one after asking. */
function AttachmentList({ documents, canDelete }: { documents: DocumentItem[]; canDelete: boolean }) {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  const deletion = useDocumentDeletion({
    title: t('activities.attachments.deleteTitle'),
    message: (name) => t('activities.attachments.deleteText', { name }),
  });

  return (
    <>
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {documents.map((document) => (
          <Group component="li" key={document.id} gap="xs" wrap="nowrap">
            <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0 }} />
            <Anchor
              href={documentDownloadPath(document.id)}
              download={document.fileName}
              size="sm"
              aria-label={t('documents.download', { name: document.fileName })}
              style={{ overflowWrap: 'anywhere', minWidth: 0 }}
            >
              {document.fileName}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {fileSize(document.size)}
            </Text>
            {canDelete && (
              <Tooltip label={t('documents.delete', { name: document.fileName })}>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('documents.delete', { name: document.fileName })}
                  onClick={() => deletion.ask(document)}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        ))}
      </Stack>
      {deletion.dialog}
    </>
  );
}
