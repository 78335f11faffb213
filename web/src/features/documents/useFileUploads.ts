import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/problems';
import { refusalOf, type UploadTarget, useDocumentSettings, useUploadDocument } from './api';

export interface UploadProgress {
  name: string;
  fraction: number;
}

export interface UploadFailure {
  name: string;
  message: string;
}

/**
 * Uploads files one after another with progress, refusing before sending what the server would
 * refuse anyway (name, emptiness, size). Shared by a record's documents section, an entry's
 * attachments and the entry form, which all show the state with `UploadStatus`.
 */
export function useFileUploads() {
  const { t } = useTranslation();
  const limit = useDocumentSettings().data?.uploadLimit;
  const upload = useUploadDocument();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);

  /** Why this file would be refused, in the reader's language; null when it may go. */
  const refusal = (file: File): string | null => {
    const refused = refusalOf(file, limit);
    if (!refused) return null;
    return t(`documents.refused.${refused}`, { limit: Math.round((limit ?? 0) / 1024 / 1024) });
  };

  /** Resolves to whether every file arrived; the last failure stays shown until dismissed. */
  const uploadAll = async (target: UploadTarget, files: File[]): Promise<boolean> => {
    setFailure(null);
    let complete = true;
    for (const file of files) {
      const refused = refusal(file);
      if (refused) {
        setFailure({ name: file.name, message: refused });
        complete = false;
        continue;
      }
      setProgress({ name: file.name, fraction: 0 });
      try {
        await upload.mutateAsync({
          target,
          file,
          onProgress: (fraction) => setProgress({ name: file.name, fraction }),
        });
        notifications.show({ color: 'teal', message: t('documents.uploaded', { name: file.name }) });
      } catch (error) {
        const { title, detail } = describeError(error, t);
        setFailure({ name: file.name, message: detail ?? title });
        complete = false;
      }
    }
    setProgress(null);
    return complete;
  };

  return {
    uploadAll,
    refusal,
    progress,
    failure,
    /** Shows a refusal found before uploading (e.g. when files are chosen for a form). */
    refuse: (name: string, message: string) => setFailure({ name, message }),
    dismissFailure: () => setFailure(null),
    busy: progress !== null,
  };
}

export type FileUploads = ReturnType<typeof useFileUploads>;
