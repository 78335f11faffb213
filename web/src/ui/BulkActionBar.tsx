import { type BulkAction, bulkResultSchema, type RecordTypeDef } from '@kontor/domain/fields';
import { Button, Card, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTag, IconTagOff, IconTrash, IconUserShare, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from './api';
import { ConfirmModal } from './ConfirmModal';
import { useLabel } from './fieldFormat';
import { useUsersList } from './lookups';
import { notifyError } from './problems';
import { usePermission } from './session';

export interface BulkPermissions {
  write: boolean;
  delete: boolean;
  /** The bulk actions the record type has (products and campaigns: only delete); all when left out. */
  actions?: readonly BulkAction['action'][];
}

type Dialog = 'assign-owner' | 'add-tag' | 'remove-tag' | 'delete' | null;

/**
 * What can be done with the selected rows at once (X2): assign an owner, add or remove a tag,
 * delete. One request, all or nothing; the list reloads afterwards.
 */
export function BulkActionBar({
  record,
  apiPath,
  ids,
  permissions,
  onClear,
  onDone,
}: {
  record: RecordTypeDef;
  apiPath: string;
  ids: string[];
  permissions: BulkPermissions;
  onClear: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canReadUsers = usePermission('users.read');
  const offers = (action: BulkAction['action']) =>
    !permissions.actions || permissions.actions.includes(action);
  const count = ids.length;
  const records = label(count === 1 ? record.label.singular : record.label.plural);

  const run = useMutation({
    mutationFn: (action: BulkAction) =>
      apiRequest(`${apiPath}/bulk`, { method: 'POST', body: action, schema: bulkResultSchema }),
    onSuccess: (result, action) => {
      setDialog(null);
      notifications.show({
        color: 'teal',
        message: t(`bulk.done.${action.action}`, { count: result.affected }),
      });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) {
        notifications.show({ color: 'red', title: t('bulk.goneTitle'), message: t('bulk.goneText') });
        setDialog(null);
        onDone();
      } else notifyError(error, t);
    },
  });

  return (
    <>
      <Card
        withBorder
        padding="xs"
        bg="var(--mantine-primary-color-light)"
        role="region"
        aria-label={t('bulk.label')}
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600} px="xs" aria-live="polite">
            {t('bulk.selected', { count })}
          </Text>
          <Group gap="xs">
            {permissions.write && canReadUsers && offers('assign-owner') && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUserShare size={16} aria-hidden />}
                onClick={() => setDialog('assign-owner')}
              >
                {t('bulk.assignOwner')}
              </Button>
            )}
            {permissions.write && offers('add-tag') && offers('remove-tag') && (
              <>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconTag size={16} aria-hidden />}
                  onClick={() => setDialog('add-tag')}
                >
                  {t('bulk.addTag')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconTagOff size={16} aria-hidden />}
                  onClick={() => setDialog('remove-tag')}
                >
                  {t('bulk.removeTag')}
                </Button>
              </>
            )}
            {permissions.write && permissions.delete && offers('delete') && (
              <Button
                size="xs"
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDialog('delete')}
              >
                {t('common.delete')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={onClear}
            >
              {t('bulk.clear')}
            </Button>
          </Group>
        </Group>
      </Card>

      <ValueDialog
        opened={dialog === 'add-tag' || dialog === 'remove-tag'}
        title={t(dialog === 'remove-tag' ? 'bulk.removeTagTitle' : 'bulk.addTagTitle', { count, records })}
        submitLabel={t(dialog === 'remove-tag' ? 'bulk.removeTag' : 'bulk.addTag')}
        loading={run.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(tag) =>
          run.mutate(
            dialog === 'remove-tag' ? { action: 'remove-tag', ids, tag } : { action: 'add-tag', ids, tag },
          )
        }
      />
      {canReadUsers && (
        <OwnerDialog
          opened={dialog === 'assign-owner'}
          title={t('bulk.assignOwnerTitle', { count, records })}
          loading={run.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(ownerId) => run.mutate({ action: 'assign-owner', ids, ownerId })}
        />
      )}
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('bulk.deleteTitle', { count, records })}
        message={t('bulk.deleteText', { count, records })}
        confirmLabel={t('bulk.deleteConfirm', { count, records })}
        loading={run.isPending}
        onConfirm={() => run.mutate({ action: 'delete', ids })}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

function ValueDialog({
  opened,
  title,
  submitLabel,
  loading,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  loading: boolean;
  onClose: () => void;
  onSubmit: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tag = value.trim();
    if (!tag || tag.includes(',')) {
      setError(t('bulk.tagInvalid'));
      return;
    }
    onSubmit(tag);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      onExitTransitionEnd={() => {
        setValue('');
        setError(null);
      }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('bulk.tag')}
            value={value}
            error={error}
            data-autofocus
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function OwnerDialog({
  opened,
  title,
  loading,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  loading: boolean;
  onClose: () => void;
  onSubmit: (ownerId: string | null) => void;
}) {
  const { t } = useTranslation();
  const users = useUsersList(opened);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const data = (users.data ?? [])
    .filter((user) => user.active)
    .map((user) => ({ value: user.id, label: user.name }));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      onExitTransitionEnd={() => setOwnerId(null)}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(ownerId);
        }}
      >
        <Stack gap="md">
          <Select
            label={t('bulk.owner')}
            description={t('bulk.ownerHint')}
            data={data}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            clearable
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('bulk.assignOwner')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
