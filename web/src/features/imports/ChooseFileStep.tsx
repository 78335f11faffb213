import type { ImportType } from '@kontor/domain/imports/fields';
import type { Upload } from '@kontor/domain/imports/schemas';
import { Alert, Button, Card, FileButton, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/problems';
import { uploadFile } from './api';

const ACCEPT =
  '.csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  types: ImportType[];
  type: ImportType;
  onType: (type: ImportType) => void;
  onUploaded: (upload: Upload) => void;
}

/** Step 1: what to import and from which file, chosen with the button or dropped onto the area. */
export function ChooseFileStep({ types, type, onType, onUploaded }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile(type, file),
    onSuccess: onUploaded,
  });
  const error = upload.error ? describeError(upload.error, t) : null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !upload.isPending) upload.mutate(file);
  };

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={6}>
        <Text fw={600} id="import-type-label">
          {t('imports.type')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-type-label"
          value={type}
          onChange={(value) => onType(value as ImportType)}
          data={types.map((value) => ({ value, label: t(`imports.types.${value}`) }))}
          disabled={upload.isPending}
          w="fit-content"
        />
      </Stack>
      <Card
        withBorder
        padding="xl"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Stack align="center" gap="sm" py="lg">
          {upload.isPending ? (
            <>
              <Loader size="md" aria-hidden />
              <Text role="status">{t('imports.reading')}</Text>
            </>
          ) : (
            <>
              <IconFileUpload size={40} stroke={1.5} aria-hidden />
              <Text fw={600}>{t('imports.dropHere')}</Text>
              <Text size="sm" c="dimmed" ta="center">
                {t('imports.formats')}
              </Text>
              <FileButton onChange={(file) => file && upload.mutate(file)} accept={ACCEPT}>
                {(props) => (
                  <Button {...props} mt="xs">
                    {t('imports.chooseFile')}
                  </Button>
                )}
              </FileButton>
            </>
          )}
        </Stack>
      </Card>
      {error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={error.title}
          role="alert"
        >
          <Group>{error.detail ?? t('errors.tryAgain')}</Group>
        </Alert>
      )}
    </Stack>
  );
}
