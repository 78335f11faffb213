import type { QuotationDetail } from '@kontor/domain/quotations';
import { Modal, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { useOrganizationSearch } from '../../ui/OrganizationSelect';
import { notifyError } from '../../ui/problems';
import { useLostReasons, useQuotationAction } from './api';

/** Marks a quotation lost (S5): at least one lost reason, the competitors who won, a note. */
export function LostDialog({
  quotation,
  opened,
  onClose,
}: {
  quotation: QuotationDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reasons = useLostReasons(opened);
  const act = useQuotationAction(quotation.id);
  const [reasonIds, setReasonIds] = useState<string[]>([]);
  const [competitorIds, setCompetitorIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const reasonError = tried && reasonIds.length === 0 ? t('quotations.lost.reasonRequired') : undefined;

  const submit = () => {
    setTried(true);
    if (reasonIds.length === 0) return;
    act.mutate(
      {
        action: 'mark-lost',
        version: quotation.version,
        lostReasonIds: reasonIds,
        competitorIds,
        note: note.trim() === '' ? null : note.trim(),
      },
      {
        onError: (error) => notifyError(error, t),
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: t('quotations.done.markLost', { label: result.label }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quotations.lost.title', { label: quotation.label })}
      centered
    >
      <HotkeyForm
        onSubmit={(event) => {
          event?.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <MultiSelect
            label={t('quotations.lost.reasons')}
            required
            data-autofocus
            data={(reasons.data ?? []).map((reason) => ({ value: reason.id, label: reason.name }))}
            value={reasonIds}
            onChange={setReasonIds}
            error={reasonError ?? (reasons.isError ? t('quotations.lost.reasonsLoadError') : undefined)}
            nothingFoundMessage={reasons.isPending ? t('common.loading') : t('quotations.lost.noReasons')}
            searchable
          />
          <CompetitorSelect value={competitorIds} onChange={setCompetitorIds} />
          <Textarea
            label={t('quotations.lost.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormActions
            submitLabel={t('quotations.actions.markLost')}
            pending={act.isPending}
            onCancel={onClose}
          />
        </Stack>
      </HotkeyForm>
    </Modal>
  );
}

/** The competitors who won, picked among the organisations by name; chosen names stay shown. */
function CompetitorSelect({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useOrganizationSearch(debounced);
  const [names, setNames] = useState<Record<string, string>>({});
  const found = (results.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));
  const data = [
    ...value
      .filter((id) => !found.some((option) => option.value === id))
      .map((id) => ({ value: id, label: names[id] ?? id })),
    ...found,
  ];
  return (
    <MultiSelect
      label={t('quotations.lost.competitors')}
      placeholder={t('quotations.lost.competitorsPlaceholder')}
      data={data}
      value={value}
      searchable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('organizations.parentNone')}
      onChange={(ids) => {
        setNames((known) => ({
          ...known,
          ...Object.fromEntries(found.map((option) => [option.value, option.label])),
        }));
        onChange(ids);
      }}
    />
  );
}
