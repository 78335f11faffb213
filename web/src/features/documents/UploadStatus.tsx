import { Alert, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FileUploads } from './useFileUploads';

/** The file being uploaded with its progress, and why the last one did not arrive. */
export function UploadStatus({ uploads }: { uploads: FileUploads }) {
  const { t } = useTranslation();
  const { progress, failure } = uploads;
  return (
    <>
      {progress && (
        <Stack gap={4} role="status">
          <Text size="sm">
            {t('documents.uploading', {
              name: progress.name,
              percent: Math.round(progress.fraction * 100),
            })}
          </Text>
          <Progress value={progress.fraction * 100} animated aria-hidden />
        </Stack>
      )}
      {failure && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('documents.uploadFailed', { name: failure.name })}
          role="alert"
          withCloseButton
          closeButtonLabel={t('documents.dismissFailure')}
          onClose={uploads.dismissFailure}
        >
          {failure.message}
        </Alert>
      )}
    </>
  );
}
