import { Alert, Button, Group, Modal, MultiSelect, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { describeError } from '../../ui/problems';
import { type OpportunityView, useLostReasons, useSetOpportunityStatus } from './api';

/** "Verloren": which of the active lost reasons applied, and a note (S5: Lost needs a reason). */
export function LostDialog({
  opportunity,
  opened,
  onClose,
}: {
  opportunity: OpportunityView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reasons = useLostReasons(true);
  const setStatus = useSetOpportunityStatus(opportunity.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const failure = setStatus.error ? describeError(setStatus.error, t) : null;

  const submit = () => {
    if (chosen.length === 0) return setMissing(true);
    setStatus.mutate(
      { status: 'lost', version: opportunity.version, lostReasonIds: chosen, lostNote: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('opportunities.lost.done', { name: opportunity.name }),
          });
          setChosen([]);
          setNote('');
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('opportunities.lost.title')}>
      <HotkeyForm
        onSubmit={(event) => {
          event?.preventDefault();
          submit();
        }}
        onEscape={onClose}
      >
        <Stack gap="md">
          {failure && (
            <Alert color="red" title={failure.title}>
              {failure.detail}
            </Alert>
          )}
          <MultiSelect
            label={t('opportunities.lost.reasons')}
            required
            data-autofocus
            data={(reasons.data ?? []).map((reason) => ({ value: reason.id, label: reason.name }))}
            value={chosen}
            onChange={(ids) => {
              setChosen(ids);
              setMissing(false);
            }}
            error={missing ? t('opportunities.lost.reasonRequired') : undefined}
            searchable
          />
          <Textarea
            label={t('opportunities.lost.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={setStatus.isPending}>
              {t('opportunities.lost.submit')}
            </Button>
          </Group>
        </Stack>
      </HotkeyForm>
    </Modal>
  );
}
