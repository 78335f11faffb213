import type { ImportJob, Upload } from '@kontor/domain/imports/schemas';
import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { notifyError } from '../../ui/problems';
import { ErrorState } from '../../ui/states';
import { cancelImport, errorReportHref, fetchImportJob, importJobKey, startImport } from './api';

const isRunning = (job: ImportJob | undefined) => !job || job.status === 'queued' || job.status === 'running';
// Dark shades on white: AA contrast for the small badge text.
const STATUS_COLOR = {
  queued: 'gray.8',
  running: 'blue.9',
  done: 'teal.9',
  failed: 'red.9',
  cancelled: 'gray.8',
};

interface Props {
  jobId: string;
  upload: Upload;
  onStarted: (jobId: string) => void;
  onRestart: () => void;
}

/** Step 3: the job's progress, polled twice a second while it runs; the result with its error report. */
export function ProgressStep({ jobId, upload, onStarted, onRestart }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: importJobKey(jobId),
    queryFn: () => fetchImportJob(jobId),
    refetchInterval: (query) => (isRunning(query.state.data) ? 500 : false),
  });
  const cancel = useMutation({
    mutationFn: () => cancelImport(jobId),
    onSuccess: (data) => queryClient.setQueryData(importJobKey(jobId), data),
    onError: (error) => notifyError(error, t),
  });
  const realRun = useMutation({
    mutationFn: (current: ImportJob) =>
      startImport({
        uploadId: upload.uploadId,
        mapping: current.mapping,
        dryRun: false,
        duplicatePolicy: current.duplicatePolicy,
      }),
    onSuccess: (started) => onStarted(started.id),
    onError: (error) => notifyError(error, t),
  });

  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;
  const running = isRunning(data);
  const share = data && data.totalRows > 0 ? Math.round((data.rowsRead / data.totalRows) * 100) : 0;
  const listPath = upload.type === 'contact' ? '/contacts' : '/organizations';

  return (
    <Stack gap="lg" maw={820}>
      <Group justify="space-between">
        <Text fw={600}>
          {upload.fileName}
          {data?.dryRun && ` · ${t('imports.dryRunBadge')}`}
        </Text>
        <Badge color={STATUS_COLOR[data?.status ?? 'queued']} size="lg" variant="outline" role="status">
          {t(`imports.statuses.${data?.status ?? 'queued'}`)}
        </Badge>
      </Group>
      <Stack gap={4}>
        <Progress
          value={data?.status === 'done' ? 100 : share}
          animated={running}
          size="xl"
          aria-label={t('imports.progress')}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('imports.rowsOf', {
            read: format.number(data?.rowsRead ?? 0),
            total: format.number(data?.totalRows ?? upload.rows),
          })}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {(['created', 'updated', 'skipped', 'failed'] as const).map((key) => (
          <Card key={key} withBorder padding="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t(data?.dryRun ? `imports.wouldBe.${key}` : `imports.counts.${key}`)}
            </Text>
            <Text
              size="xl"
              fw={700}
              c={key === 'failed' && (data?.failed ?? 0) > 0 ? 'red.9' : undefined}
              data-count={key}
            >
              {format.number(data?.[key] ?? 0)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {data && <Outcome job={data} />}
      <Group>
        {running && (
          <Button
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={18} aria-hidden />}
            onClick={() => cancel.mutate()}
            loading={cancel.isPending}
          >
            {t('imports.cancel')}
          </Button>
        )}
        {data && !running && data.failed > 0 && (
          <Button
            component="a"
            href={errorReportHref(jobId)}
            download
            leftSection={<IconDownload size={18} aria-hidden />}
          >
            {t('imports.downloadReport')}
          </Button>
        )}
        {data?.status === 'done' && data.dryRun && (
          <Button onClick={() => realRun.mutate(data)} loading={realRun.isPending}>
            {t('imports.runForReal')}
          </Button>
        )}
        {data && !running && !data.dryRun && (
          <Button component={Link} to={listPath} variant="default">
            {t(`imports.toList.${upload.type}`)}
          </Button>
        )}
        {!running && (
          <Button variant="subtle" leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRestart}>
            {t('imports.another')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** What happened, in words: especially which rows are saved when the job did not finish. */
function Outcome({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  if (job.status === 'failed')
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('imports.failedTitle')}
        role="alert"
      >
        {job.error}
      </Alert>
    );
  if (job.status === 'cancelled')
    return (
      <Alert color="orange" variant="light" title={t('imports.cancelledTitle')}>
        {job.lastRow ? t('imports.cancelledText', { row: job.lastRow }) : t('imports.cancelledNothing')}
      </Alert>
    );
  if (job.status === 'done')
    return (
      <Text size="sm">
        {job.dryRun ? t('imports.dryRunDone') : t('imports.doneText')}
        {job.failed > 0 && ` ${t('imports.failedRowsHint')}`}
      </Text>
    );
  return null;
}
