import { ActionIcon, Button, FileButton, Group, Input, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileSize } from '../documents/fileSize';
import { UploadStatus } from '../documents/UploadStatus';
import type { FileUploads } from '../documents/useFileUploads';

interface Props {
  files: File[];
  onChange: (files: File[]) => void;
  /** Refuses bad files as they are chosen and shows the upload after saving. */
  uploads: FileUploads;
}

/**
 * Files chosen in the entry form; they go up once the entry is saved. Files the server would
 * refuse are refused here already, with the reason.
 */
export function AttachmentPicker({ files, onChange, uploads }: Props) {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  const labelId = useId();

  const add = (chosen: File[]) => {
    uploads.dismissFailure();
    const accepted = chosen.filter((file) => {
      const refused = uploads.refusal(file);
      if (refused) uploads.refuse(file.name, refused);
      return !refused;
    });
    // The same file chosen twice is attached once.
    const known = new Set(files.map(fileKey));
    onChange([...files, ...accepted.filter((file) => !known.has(fileKey(file)))]);
  };

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId}>
      <Group justify="space-between" gap="xs">
        <Input.Label labelElement="div" id={labelId}>
          {t('activities.attachments.title')}
        </Input.Label>
        <FileButton multiple onChange={add} disabled={uploads.busy}>
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="light"
              leftSection={<IconPaperclip size={14} aria-hidden />}
            >
              {t('activities.attachments.add')}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.length > 0 && (
        <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
          {files.map((file) => (
            <Group component="li" key={fileKey(file)} gap="xs" wrap="nowrap">
              <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {file.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {fileSize(file.size)}
              </Text>
              <Tooltip label={t('activities.attachments.remove', { name: file.name })}>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={t('activities.attachments.remove', { name: file.name })}
                  onClick={() => onChange(files.filter((other) => other !== file))}
                  disabled={uploads.busy}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
      {files.length > 0 && !uploads.busy && (
        <Text size="xs" c="dimmed">
          {t('activities.attachments.afterSave')}
        </Text>
      )}
      <UploadStatus uploads={uploads} />
    </Stack>
  );
}

/** After the entry was saved, not every chosen file arrived: which one and why, and where to add it later. */
export function SavedWithoutAttachments({ uploads, onClose }: { uploads: FileUploads; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <UploadStatus uploads={uploads} />
      <Text size="sm">{t('activities.attachments.savedWithout')}</Text>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;
