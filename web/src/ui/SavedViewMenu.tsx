import type { RecordTypeDef } from '@kontor/domain/fields';
import type { SavedView } from '@kontor/domain/views';
import { Button, Group, Loader, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconLayoutList,
  IconPencil,
  IconPlus,
  IconStar,
  IconStarOff,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal';
import type { ListView } from './listView';
import { notifyError, showSubmitError } from './problems';
import { SavedViewForm, savedViewFormPath } from './SavedViewForm';
import {
  useCreateSavedView,
  useDeleteSavedView,
  useSavedViews,
  useSetDefaultView,
  useUpdateSavedView,
} from './SavedViewQueries';
import { showsState, stateOfList } from './SavedViewState';

type Dialog = 'save' | 'edit' | 'delete' | null;

/**
 * The saved views of a list (SPEC X2): "Alle", the user's own views and those their teams share,
 * each applied to the URL when chosen; saving the current list as a view, saving changes to the
 * chosen one, renaming, re-sharing and deleting it. Works for any record type.
 */
export function SavedViewMenu({ record, view }: { record: RecordTypeDef; view: ListView }) {
  const { t } = useTranslation();
  const views = useSavedViews(record.type);
  const create = useCreateSavedView(record.type);
  const update = useUpdateSavedView(record.type);
  const remove = useDeleteSavedView(record.type);
  const setDefault = useSetDefaultView(record.type);
  const [dialog, setDialog] = useState<Dialog>(null);
  useOpenWithDefault(record, view, views.data);
  const close = () => setDialog(null);

  const all = views.data ?? [];
  const selected = all.find((saved) => saved.id === view.viewId);
  const changed = selected !== undefined && !showsState(record, view, selected.state);
  const own = all.filter((saved) => saved.mine);
  const shared = all.filter((saved) => !saved.mine);
  const current = selected?.name ?? t('views.all');

  const saveChanges = (target: SavedView) =>
    update.mutate(
      { view: target, change: { state: stateOfList(record, view) } },
      {
        onError: (error) => notifyError(error, t),
        onSuccess: (saved) =>
          notifications.show({ color: 'teal', message: t('views.changesSaved', { name: saved.name }) }),
      },
    );

  const toggleDefault = (target: SavedView) =>
    setDefault.mutate(target.isDefault ? null : target.id, {
      onError: (error) => notifyError(error, t),
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          message: target.isDefault ? t('views.defaultUnset') : t('views.defaultSet', { name: target.name }),
        }),
    });

  const viewItem = (saved: SavedView) => (
    <Menu.Item
      key={saved.id}
      onClick={() => view.applyView(saved.id, saved.state)}
      leftSection={
        saved.id === selected?.id ? (
          <IconCheck size={16} aria-label={t('views.selected')} />
        ) : (
          <span style={{ width: 16 }} />
        )
      }
      rightSection={
        <Group gap={4} wrap="nowrap">
          {saved.isDefault && <IconStar size={16} aria-label={t('views.defaultMark')} />}
          {saved.teamId && (
            <IconUsers size={16} aria-label={t('views.sharedWith', { team: saved.teamName })} />
          )}
        </Group>
      }
    >
      <Text size="sm">{saved.name}</Text>
      {saved.teamId && (
        <Text size="xs" c="dimmed">
          {saved.mine
            ? t('views.sharedWith', { team: saved.teamName })
            : t('views.sharedBy', { team: saved.teamName, owner: saved.ownerName })}
        </Text>
      )}
    </Menu.Item>
  );

  return (
    <Group gap="xs">
      <Menu position="bottom-start" withinPortal shadow="md" width={300} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            aria-label={[t('views.menuLabel', { name: current }), changed ? t('views.changedMark') : '']
              .join(' ')
              .trim()}
            leftSection={views.isLoading ? <Loader size={14} /> : <IconLayoutList size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {current}
            {changed && (
              <Text span c="dimmed" size="sm" ml={4}>
                {t('views.changedMark')}
              </Text>
            )}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => view.applyView(null)}
            leftSection={
              selected ? (
                <span style={{ width: 16 }} />
              ) : (
                <IconCheck size={16} aria-label={t('views.selected')} />
              )
            }
          >
            {t('views.all')}
          </Menu.Item>
          {views.isError && (
            <Text size="sm" c="red" px="sm" py={6}>
              {t('views.loadError')}
            </Text>
          )}
          {views.isSuccess && all.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {t('views.empty')}
            </Text>
          )}
          {own.length > 0 && <Menu.Label>{t('views.mine')}</Menu.Label>}
          {own.map(viewItem)}
          {shared.length > 0 && <Menu.Label>{t('views.team')}</Menu.Label>}
          {shared.map(viewItem)}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('save')}>
            {t('views.saveAs')}
          </Menu.Item>
          {selected?.mine && changed && (
            <Menu.Item
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={() => saveChanges(selected)}
            >
              {t('views.saveChanges')}
            </Menu.Item>
          )}
          {selected && (
            <Menu.Item
              leftSection={
                selected.isDefault ? (
                  <IconStarOff size={16} aria-hidden />
                ) : (
                  <IconStar size={16} aria-hidden />
                )
              }
              onClick={() => toggleDefault(selected)}
            >
              {selected.isDefault ? t('views.unsetDefault') : t('views.setDefault')}
            </Menu.Item>
          )}
          {selected?.mine && (
            <>
              <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('edit')}>
                {t('views.edit')}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDialog('delete')}
              >
                {t('views.delete')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {selected?.mine && changed && (
        <Button
          variant="light"
          leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          loading={update.isPending}
          onClick={() => saveChanges(selected)}
        >
          {t('views.saveChanges')}
        </Button>
      )}

      <SavedViewForm
        opened={dialog === 'save'}
        title={t('views.saveAsTitle')}
        pending={create.isPending}
        onClose={close}
        onSubmit={(input, form) =>
          create.mutate(
            { ...input, state: stateOfList(record, view) },
            {
              onError: (error) => showSubmitError(error, form, t, savedViewFormPath),
              onSuccess: (saved) => {
                notifications.show({ color: 'teal', message: t('views.saved', { name: saved.name }) });
                view.applyView(saved.id, saved.state);
                close();
              },
            },
          )
        }
      />
      {selected?.mine && (
        <SavedViewForm
          opened={dialog === 'edit'}
          title={t('views.editTitle')}
          view={selected}
          pending={update.isPending}
          onClose={close}
          onSubmit={(input, form) =>
            update.mutate(
              { view: selected, change: input },
              {
                onError: (error) => showSubmitError(error, form, t, savedViewFormPath),
                onSuccess: close,
              },
            )
          }
        />
      )}
      <ConfirmModal
        opened={dialog === 'delete' && selected !== undefined}
        title={t('views.deleteTitle')}
        message={t(selected?.teamId ? 'views.deleteSharedMessage' : 'views.deleteMessage', {
          name: selected?.name,
          team: selected?.teamName,
        })}
        confirmLabel={t('views.delete')}
        loading={remove.isPending}
        onClose={close}
        onConfirm={() =>
          selected &&
          remove.mutate(selected, {
            onError: (error) => notifyError(error, t),
            onSuccess: () => {
              view.applyView(null);
              close();
            },
          })
        }
      />
    </Group>
  );
}

/**
 * Opens the list with the user's default view when it is opened plain (no view, filter, sort or
 * columns in the URL) — once, so that choosing "Alle" afterwards stays "Alle".
 */
function useOpenWithDefault(record: RecordTypeDef, view: ListView, views: SavedView[] | undefined) {
  const decided = useRef(false);
  useEffect(() => {
    if (decided.current || !views) return;
    decided.current = true;
    const fallback = views.find((saved) => saved.isDefault);
    const state = stateOfList(record, view);
    const plain =
      !view.viewId &&
      Object.keys(state.filters).length === 0 &&
      state.sort === null &&
      state.columns.length === 0;
    if (fallback && plain) view.applyView(fallback.id, fallback.state);
  }, [record, view, views]);
}
