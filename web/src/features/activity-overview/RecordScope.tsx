import { Alert, Anchor, Button, Group, Skeleton, Text } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { recordPath } from '../../ui/links';
import { recordApiPath } from './recordPages';

const named = z.object({ name: z.string() });

/**
 * Says which record the overview is narrowed to (the timeline's "Alle anzeigen") and offers to
 * show every entry again. The name comes from the record's own API, so a hidden record stays hidden.
 */
export function RecordScope({
  recordType,
  recordId,
  onClear,
}: {
  recordType: string;
  recordId: string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const apiPath = recordApiPath(recordType, recordId);
  const record = useQuery({
    queryKey: ['activity-overview', 'scope', recordType, recordId],
    queryFn: () => apiRequest(apiPath ?? '', { schema: named }),
    enabled: apiPath !== null,
    retry: false,
  });
  const href = recordPath(recordType, recordId);
  const typeLabel = t(`activityOverview.recordTypes.${recordType}`);
  const name = record.data?.name;

  return (
    <Alert variant="light" color="blue" icon={<IconFilter aria-hidden />} mb="md" p="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" component="div">
          {record.isPending && apiPath !== null ? (
            <Skeleton height={14} width={240} aria-label={t('common.loading')} />
          ) : (
            <>
              {t('activityOverview.scopedTo', { type: typeLabel })}{' '}
              {name && href ? (
                <Anchor component={Link} to={href} fw={600} size="sm">
                  {name}
                </Anchor>
              ) : (
                <Text span fw={600} size="sm">
                  {name ?? t('activityOverview.hiddenRecord')}
                </Text>
              )}
            </>
          )}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
          {t('activityOverview.showAll')}
        </Button>
      </Group>
    </Alert>
  );
}
