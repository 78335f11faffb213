import { Button, Group } from '@mantine/core';
import { IconGitMerge, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionWithReason } from './ActionWithReason';

/**
 * Edit, merge and delete of a detail page's header, each disabled with a reason when not allowed.
 * Record types without merging leave `onMerge` out.
 */
export function DetailActions({
  canWrite,
  canDelete,
  editPath,
  noWriteReason,
  noDeleteReason,
  onMerge,
  onDelete,
}: {
  canWrite: boolean;
  canDelete: boolean;
  editPath: string;
  noWriteReason: string;
  noDeleteReason: string;
  onMerge?: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <ActionWithReason allowed={canWrite} reason={noWriteReason}>
        <Button
          component={canWrite ? Link : undefined}
          to={editPath}
          disabled={!canWrite}
          leftSection={<IconPencil size={18} aria-hidden />}
        >
          {t('organizations.edit')}
        </Button>
      </ActionWithReason>
      {onMerge && (
        <ActionWithReason allowed={canDelete} reason={t('merge.noPermission')}>
          <Button
            variant="default"
            disabled={!canDelete}
            onClick={onMerge}
            leftSection={<IconGitMerge size={18} aria-hidden />}
          >
            {t('merge.action')}
          </Button>
        </ActionWithReason>
      )}
      <ActionWithReason allowed={canDelete} reason={noDeleteReason}>
        <Button
          variant="default"
          color="red"
          disabled={!canDelete}
          onClick={onDelete}
          leftSection={<IconTrash size={18} aria-hidden />}
        >
          {t('common.delete')}
        </Button>
      </ActionWithReason>
    </Group>
  );
}
