import { DOCUMENT, type DocumentItem, documentDownloadPath } from '@kontor/domain/documents';
import { Anchor, Group, Text } from '@mantine/core';
import { IconDownload, IconFiles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { documentsKey, fetchDocumentsPage } from './api';
import { useFileSize } from './fileSize';

/** Where a record type's detail page is; a document row opens its record there. */
const RECORD_PAGES: Record<string, string> = { organization: '/organizations', contact: '/contacts' };

/** "Dokumente": every file on a record the user may see, with the list's filters and sorting. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  return (
    <>
      <PageHeader title={t('documents.title')} description={t('documents.description')} />
      <RecordList<DocumentItem>
        record={DOCUMENT}
        queryKey={[...documentsKey, 'all']}
        fetchPage={fetchDocumentsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.fileName}
        rowHref={(row) => `${RECORD_PAGES[row.recordType] ?? ''}/${encodeURIComponent(row.recordId)}`}
        cells={{
          linkedName: (row) => row.linkedName ?? '–',
          fileName: (row) => (
            <Anchor
              href={documentDownloadPath(row.id)}
              download={row.fileName}
              size="sm"
              aria-label={t('documents.download', { name: row.fileName })}
            >
              <Group gap={6} wrap="nowrap" component="span">
                <IconDownload size={16} aria-hidden style={{ flexShrink: 0 }} />
                <Text span inherit miw={160} style={{ display: 'inline-block', overflowWrap: 'anywhere' }}>
                  {row.fileName}
                </Text>
              </Group>
            </Anchor>
          ),
          size: (row) => fileSize(row.size),
        }}
        empty={{
          icon: <IconFiles aria-hidden />,
          title: t('documents.emptyTitle'),
          description: t('documents.emptyText'),
        }}
      />
    </>
  );
}
