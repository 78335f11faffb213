import { type DocumentItem, documentDownloadPath } from '@kontor/domain/documents';
import { ActionIcon, Anchor, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { useFileSize } from './fileSize';
import { useDocumentDeletion } from './useDocumentDeletion';

/** A record's documents: name (downloads the file), size, date and uploader; delete after asking. */
export function DocumentTable({ documents, canWrite }: { documents: DocumentItem[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const deletion = useDocumentDeletion({
    title: t('documents.deleteTitle'),
    message: (name) => t('documents.deleteText', { name }),
  });

  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.columns.name')}</Table.Th>
              <Table.Th ta="right">{t('documents.columns.size')}</Table.Th>
              <Table.Th>{t('documents.columns.date')}</Table.Th>
              <Table.Th>{t('documents.columns.uploader')}</Table.Th>
              {canWrite && (
                <Table.Th w={48}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((document) => (
              <Table.Tr key={document.id}>
                <Table.Td>
                  <Anchor
                    href={documentDownloadPath(document.id)}
                    download={document.fileName}
                    size="sm"
                    fw={500}
                    aria-label={t('documents.download', { name: document.fileName })}
                  >
                    <Group gap={6} wrap="nowrap" component="span">
                      <IconDownload size={16} aria-hidden style={{ flexShrink: 0 }} />
                      <Text span size="sm" inherit style={{ overflowWrap: 'anywhere' }}>
                        {document.fileName}
                      </Text>
                    </Group>
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {fileSize(document.size)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(document.createdAt)}</Table.Td>
                <Table.Td>{document.uploadedBy ?? t('documents.unknownUploader')}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Tooltip label={t('documents.delete', { name: document.fileName })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('documents.delete', { name: document.fileName })}
                        onClick={() => deletion.ask(document)}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deletion.dialog}
    </>
  );
}
