import type { SavedView } from '@kontor/domain/views';
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions';
import { HotkeyForm } from './HotkeyForm';
import type { SavedViewInput } from './SavedViewQueries';
import { useCurrentSession } from './session';
import { useValidators } from './validators';

const PRIVATE = 'private';

/** Name and audience of a view: "only me" or one of the user's own teams (the server insists on it). */
export function SavedViewForm({
  opened,
  title,
  view,
  pending,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  /** The view being renamed or re-shared; none when saving a new one. */
  view?: SavedView;
  pending: boolean;
  onSubmit: (input: SavedViewInput, form: SavedViewFormApi) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      {opened && (
        <SavedViewFields
          key={view ? `${view.id}:${view.version}` : 'new'}
          view={view}
          pending={pending}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function useSavedViewForm(view?: SavedView) {
  const validators = useValidators();
  const { t } = useTranslation();
  return useForm({
    initialValues: { name: view?.name ?? '', audience: view?.teamId ?? PRIVATE },
    validate: {
      name: (value: string) =>
        validators.required(value) ?? (value.trim().length > 80 ? t('views.nameTooLong') : null),
    },
  });
}

function SavedViewFields({
  view,
  pending,
  onSubmit,
  onClose,
}: {
  view?: SavedView;
  pending: boolean;
  onSubmit: (input: SavedViewInput, form: SavedViewFormApi) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const form = useSavedViewForm(view);
  // The view's current team stays choosable even if the owner has left it since, so nothing changes silently.
  const teams = [...user.teams];
  if (view?.teamId && view.teamName && !teams.some((team) => team.id === view.teamId)) {
    teams.push({ id: view.teamId, name: view.teamName });
  }
  const audiences = [
    { value: PRIVATE, label: t('views.private') },
    ...teams.map((team) => ({ value: team.id, label: t('views.sharedWith', { team: team.name }) })),
  ];
  const submit = form.onSubmit((values) =>
    onSubmit(
      {
        name: values.name.trim(),
        visibility: values.audience === PRIVATE ? 'private' : 'team',
        teamId: values.audience === PRIVATE ? null : values.audience,
      },
      form,
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('views.name')}
          required
          data-autofocus
          maxLength={80}
          {...form.getInputProps('name')}
        />
        <Select
          label={t('views.visibleTo')}
          description={teams.length === 0 ? t('views.noTeams') : undefined}
          data={audiences}
          allowDeselect={false}
          {...form.getInputProps('audience')}
        />
        <FormActions submitLabel={t('common.save')} pending={pending} onCancel={onClose} />
      </Stack>
    </HotkeyForm>
  );
}

export type SavedViewFormApi = ReturnType<typeof useSavedViewForm>;

/** Where a server field error of a view belongs in this form. */
export const savedViewFormPath = (path: string) =>
  path === 'teamId' || path === 'visibility' ? 'audience' : path;
