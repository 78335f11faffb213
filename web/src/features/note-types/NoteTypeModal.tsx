import { DIRECTED_TYPES, MANUAL_ACTIVITY_TYPES, type NoteType } from '@kontor/domain/activities';
import { Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useSaveNoteType } from './api';

type ManualType = (typeof MANUAL_ACTIVITY_TYPES)[number];
const NO_DIRECTION = 'none';

export function NoteTypeModal({
  opened,
  noteType,
  nextPosition,
  onClose,
}: {
  opened: boolean;
  /** The note type to change; null adds one. */
  noteType: NoteType | null;
  /** Where a new note type goes: after the last one. */
  nextPosition: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={noteType ? t('noteTypes.editTitle') : t('noteTypes.createTitle')}
      size="lg"
    >
      {opened && (
        <NoteTypeForm
          key={noteType?.id ?? 'new'}
          noteType={noteType}
          nextPosition={nextPosition}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function NoteTypeForm({
  noteType,
  nextPosition,
  onDone,
}: {
  noteType: NoteType | null;
  nextPosition: number;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const validators = useValidators();
  const save = useSaveNoteType(noteType);
  const form = useForm({
    initialValues: {
      label: { de: noteType?.label.de ?? '', en: noteType?.label.en ?? '' },
      activityType: (noteType?.activityType ?? 'note') as ManualType,
      direction: noteType?.direction ?? NO_DIRECTION,
      position: noteType?.position ?? nextPosition,
      active: noteType?.active ?? true,
    },
    validate: {
      label: { de: validators.required, en: validators.required },
      position: (value) =>
        Number.isInteger(value) && value >= 0 && value <= 10_000 ? null : t('noteTypes.positionInvalid'),
    },
  });
  const directed = DIRECTED_TYPES.includes(form.values.activityType);

  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        ...values,
        // Only calls, e-mails and letters go one way; the server refuses a direction elsewhere.
        direction: directed && values.direction !== NO_DIRECTION ? (values.direction as 'in' | 'out') : null,
      },
      {
        onError: (error) => showSubmitError(error, form, t),
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: t('noteTypes.saved', { name: i18n.language === 'en' ? saved.label.en : saved.label.de }),
          });
          onDone();
        },
      },
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('noteTypes.labelDe')}
            required
            data-autofocus
            maxLength={120}
            {...form.getInputProps('label.de')}
          />
          <TextInput
            label={t('noteTypes.labelEn')}
            required
            maxLength={120}
            {...form.getInputProps('label.en')}
          />
          <Select
            label={t('noteTypes.activityType')}
            data={MANUAL_ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`noteTypes.types.${type}`) }))}
            allowDeselect={false}
            {...form.getInputProps('activityType')}
          />
          <Select
            label={t('noteTypes.direction')}
            data={[
              { value: NO_DIRECTION, label: t('noteTypes.directions.none') },
              { value: 'in', label: t('noteTypes.directions.in') },
              { value: 'out', label: t('noteTypes.directions.out') },
            ]}
            allowDeselect={false}
            disabled={!directed}
            description={directed ? undefined : t('noteTypes.directionOnlyDirected')}
            {...form.getInputProps('direction')}
            value={directed ? form.values.direction : NO_DIRECTION}
          />
          <NumberInput
            label={t('noteTypes.position')}
            description={t('noteTypes.positionHint')}
            min={0}
            max={10_000}
            allowDecimal={false}
            {...form.getInputProps('position')}
          />
        </SimpleGrid>
        <Switch
          label={t('noteTypes.activeLabel')}
          description={t('noteTypes.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions
          submitLabel={noteType ? t('common.save') : t('noteTypes.create')}
          pending={save.isPending}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
