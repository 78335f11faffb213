import { type Activity, DIRECTED_TYPES, MANUAL_ACTIVITY_TYPES } from '@kontor/domain/activities';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { useCurrentSession } from '../../ui/session';
import { recordDocumentsQuery } from '../documents/api';
import { useFileUploads } from '../documents/useFileUploads';
import { AssigneeSelect } from './AssigneeSelect';
import { AttachmentPicker, SavedWithoutAttachments } from './AttachmentPicker';
import {
  type ActivityFormValues,
  createPayload,
  editValues,
  type FormLink,
  type ManualType,
  newValues,
  updatePayload,
} from './activityForm';
import { refreshActivities, useCreateActivity, useUpdateActivity } from './api';
import { parseDateTimeInput } from './dateTimeInput';
import { LinksField } from './LinksField';
import { RichTextField } from './RichTextField';
import { useNoteTypeOptions } from './useNoteTypeOptions';

export type ActivityFormMode =
  | { kind: 'create'; type: ManualType; record: FormLink }
  | { kind: 'edit'; activity: Activity };

/**
 * Records a new entry on a record (quick add, A5) or changes one. Ctrl+Enter or Ctrl+S saves;
 * the server's problems appear at their fields.
 */
export function ActivityFormModal({ mode, onClose }: { mode: ActivityFormMode; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentSession().user;
  const queryClient = useQueryClient();
  const editing = mode.kind === 'edit' ? mode.activity : null;
  // The version the form was filled from: a live refetch meanwhile must not make a stale edit look current.
  const [baseVersion] = useState(editing?.version ?? 0);
  const form = useForm<ActivityFormValues>({
    initialValues:
      mode.kind === 'edit'
        ? editValues(mode.activity, i18n.language)
        : newValues(mode.type, mode.record, me.id, i18n.language),
    validate: {
      subject: (value) => (value.trim() === '' ? t('activities.validation.subject') : null),
      occurredAt: (value) => (parseDateTimeInput(value) ? null : t('activities.validation.dateTime')),
      dueAt: (value, values) => {
        if (!values.open || editing) return null;
        const due = parseDateTimeInput(value);
        if (due === null) return t('activities.validation.dueAt');
        return due === undefined ? t('activities.validation.dateTime') : null;
      },
    },
  });
  const create = useCreateActivity();
  const update = useUpdateActivity(editing?.id ?? '');
  const mutation = editing ? update : create;
  const noteTypes = useNoteTypeOptions();
  const fieldsRef = useRef<HTMLDivElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const uploads = useFileUploads();
  const [savedWithout, setSavedWithout] = useState(false);
  // While files go up, the dialog stays: closing it would hide their progress and failures.
  const close = () => {
    if (!uploads.busy) onClose();
  };

  /** Uploads the chosen files to the saved entry; its timeline entry then shows them unasked. */
  const attach = async (activityId: string) => {
    const complete = await uploads.uploadAll({ recordType: 'activity', recordId: activityId }, files);
    await queryClient.prefetchQuery(recordDocumentsQuery('activity', activityId));
    return complete;
  };
  const values = form.getValues();
  const directed = DIRECTED_TYPES.includes(values.type);
  const typeLabel = t(`activities.types.${values.type}`);

  const save = form.onSubmit((submitted) => {
    const options = {
      onSuccess: async (saved: Activity | undefined) => {
        notifications.show({
          color: 'green',
          message: editing ? t('activities.saved') : t('activities.created', { type: typeLabel }),
        });
        if (saved && files.length > 0 && !(await attach(saved.id))) {
          setSavedWithout(true);
          return;
        }
        onClose();
      },
      onError: (error: unknown) => {
        if (!isStaleVersion(error)) showSubmitError(error, form, t);
      },
    };
    if (editing) update.mutate(updatePayload(submitted, baseVersion), options);
    else create.mutate(createPayload(submitted), options);
  });
  // Ctrl+Enter saves from any field, the rich text included (its editor hands the key over).
  const submit = () => fieldsRef.current?.closest('form')?.requestSubmit();

  return (
    <Modal
      opened
      onClose={close}
      size="lg"
      title={editing ? t('activities.editTitle') : t('activities.newTitle', { type: typeLabel })}
    >
      {/* The entry exists now: the form goes, as saving again would record it twice. */}
      {savedWithout ? (
        <SavedWithoutAttachments uploads={uploads} onClose={onClose} />
      ) : (
        <HotkeyForm onSubmit={save}>
          <Stack
            gap="md"
            ref={fieldsRef}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
                event.preventDefault();
                submit();
              }
            }}
          >
            {editing && isStaleVersion(update.error) && (
              <ConflictAlert
                onReload={() => {
                  void refreshActivities(queryClient);
                  onClose();
                }}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {!editing && (
                <Select
                  label={t('activities.fields.type')}
                  data={MANUAL_ACTIVITY_TYPES.map((type) => ({
                    value: type,
                    label: t(`activities.types.${type}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps('type')}
                  onChange={(type) => {
                    if (!type) return;
                    form.setFieldValue('type', type as ManualType);
                    form.setFieldValue(
                      'direction',
                      DIRECTED_TYPES.includes(type as ManualType) ? (values.direction ?? 'out') : null,
                    );
                  }}
                />
              )}
              <Select
                label={t('activities.fields.noteType')}
                placeholder={t('activities.fields.noteTypeNone')}
                data={noteTypes.options}
                clearable
                {...form.getInputProps('noteTypeId')}
                onChange={(id) => {
                  form.setFieldValue('noteTypeId', id);
                  // A note type says what happened ("Kunde hat bei uns angerufen"): it sets type and direction.
                  const chosen = noteTypes.byId(id);
                  if (chosen && !editing) form.setFieldValue('type', chosen.activityType);
                  if (chosen?.direction) form.setFieldValue('direction', chosen.direction);
                }}
              />
            </SimpleGrid>
            {directed && (
              <div>
                <Text size="sm" fw={500} mb={4} id="activity-direction-label">
                  {t('activities.fields.direction')}
                </Text>
                <SegmentedControl
                  aria-labelledby="activity-direction-label"
                  data={[
                    { value: 'out', label: t('activities.directions.out') },
                    { value: 'in', label: t('activities.directions.in') },
                  ]}
                  value={values.direction ?? 'out'}
                  onChange={(direction) => form.setFieldValue('direction', direction as 'in' | 'out')}
                />
              </div>
            )}
            <TextInput
              label={t('activities.fields.subject')}
              required
              data-autofocus
              maxLength={300}
              {...form.getInputProps('subject')}
            />
            <RichTextField
              label={t('activities.fields.body')}
              description={t('activities.editor.mentionHint')}
              initial={values.body}
              onChange={(html) => form.setFieldValue('body', html)}
              onSubmit={submit}
              error={form.errors.body as string | undefined}
            />
            <TextInput
              label={t('activities.fields.occurredAt')}
              placeholder={t('activities.dateTimePlaceholder')}
              required
              {...form.getInputProps('occurredAt')}
            />
            {!editing && <FollowUpFields form={form} />}
            {!editing && (
              <Checkbox
                label={t('activities.fields.pinned')}
                {...form.getInputProps('pinned', { type: 'checkbox' })}
              />
            )}
            <LinksField
              links={values.links}
              onChange={(links) => form.setFieldValue('links', links)}
              error={
                (form.errors.links ??
                  Object.entries(form.errors).find(([key]) => key.startsWith('links.'))?.[1]) as
                  | string
                  | undefined
              }
            />
            <AttachmentPicker files={files} onChange={setFiles} uploads={uploads} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('activities.saveHint')}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={close} disabled={uploads.busy}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={mutation.isPending || uploads.busy}>
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </HotkeyForm>
      )}
    </Modal>
  );
}

/** Open entries come up again when due, for the assignee (A2, A3). */
function FollowUpFields({ form }: { form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('activities.fields.followUp')}
        description={t('activities.fields.followUpHint')}
        {...form.getInputProps('open', { type: 'checkbox' })}
      />
      {values.open && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('activities.fields.dueAt')}
            placeholder={t('activities.dateTimePlaceholder')}
            required
            {...form.getInputProps('dueAt')}
          />
          <AssigneeSelect
            value={values.assignee}
            onChange={(assignee) => form.setFieldValue('assignee', assignee)}
            error={form.errors.assignee as string | undefined}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
