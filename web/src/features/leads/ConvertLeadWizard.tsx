import type { ConversionCandidates, LeadDetail } from '@kontor/domain/leads';
import { Alert, Button, Group, Modal, Stack, Stepper, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useConversionCandidates, useConvertLead, usePipelineStages } from './api';
import { CandidateChoice } from './CandidateChoice';
import { ConversionSummary } from './ConversionSummary';
import {
  initialWizardState,
  stepErrors,
  toConvertPayload,
  type WizardState,
  type WizardStep,
} from './conversionPayload';
import { OpportunityStep } from './OpportunityStep';

/** The conversion wizard (S1) in a modal: it loads the duplicate candidates first, then asks. */
export function ConvertLeadWizard({
  lead,
  opened,
  onClose,
}: {
  lead: LeadDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const candidates = useConversionCandidates(lead.id, opened);
  return (
    <Modal opened={opened} onClose={onClose} title={t('leads.convert.title')} size="lg">
      {candidates.isPending ? (
        <TableSkeleton rows={4} />
      ) : candidates.isError ? (
        <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />
      ) : (
        <Wizard lead={lead} candidates={candidates.data} onClose={onClose} />
      )}
    </Modal>
  );
}

function Wizard({
  lead,
  candidates,
  onClose,
}: {
  lead: LeadDetail;
  candidates: ConversionCandidates;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const convert = useConvertLead(lead.id);
  const canCreateOpportunity = usePermission('opportunities.write');
  const stages = usePipelineStages(canCreateOpportunity);
  const [state, setState] = useState<WizardState>(() => initialWizardState(lead, candidates));
  const [active, setActive] = useState(0);
  const [shownErrors, setShownErrors] = useState<Record<string, string>>({});

  // Without stages (none set up, or a server without the pipeline) the opportunity step is left out.
  const offersOpportunity = canCreateOpportunity && (stages.data?.length ?? 0) > 0;
  const steps: WizardStep[] = offersOpportunity
    ? ['organization', 'contact', 'opportunity']
    : ['organization', 'contact'];
  const update = (change: Partial<WizardState>) => {
    setState((current) => ({ ...current, ...change }));
    setShownErrors({});
  };

  const next = () => {
    const step = steps[active];
    const errors = step ? stepErrors(step, state, lead, candidates) : {};
    setShownErrors(errors);
    if (Object.keys(errors).length === 0) setActive(active + 1);
  };
  const submit = () =>
    convert.mutate(toConvertPayload(state, lead.version), {
      onError: (error) => notifyError(error, t),
      onSuccess: (result) => {
        notifications.show({ color: 'teal', message: t('leads.convert.done', { name: lead.name }) });
        onClose();
        if (result.organizationId) navigate(`/organizations/${encodeURIComponent(result.organizationId)}`);
        else if (result.contactId) navigate(`/contacts/${encodeURIComponent(result.contactId)}`);
      },
    });
  const error = (key: string) => (shownErrors[key] ? t(shownErrors[key]) : undefined);
  const personName = [lead.firstName, lead.lastName].filter(Boolean).join(' ');

  return (
    <HotkeyForm
      onSubmit={(event) => {
        event?.preventDefault();
        if (active < steps.length) next();
        else submit();
      }}
    >
      <Stack gap="lg">
        <Stepper active={active} onStepClick={(step) => step < active && setActive(step)} size="sm">
          <Stepper.Step label={t('leads.convert.steps.organization')}>
            <CandidateChoice
              label={t('leads.convert.steps.organization')}
              intro={t('leads.convert.organizationIntro')}
              candidates={candidates.organizations.map((o) => ({ ...o, details: [o.city] }))}
              value={choiceValue(
                state.organization.mode,
                state.organization.mode === 'match' ? state.organization.organizationId : '',
              )}
              onChange={(value) =>
                update({
                  organization: value.startsWith('match:')
                    ? { mode: 'match', organizationId: value.slice(6) }
                    : value === 'create'
                      ? { mode: 'create', name: lead.companyName ?? '' }
                      : { mode: 'none' },
                })
              }
              createLabel={t('leads.convert.createOrganization')}
              createFields={
                state.organization.mode === 'create' && (
                  <TextInput
                    label={t('leads.convert.organizationName')}
                    required
                    maxLength={200}
                    value={state.organization.name}
                    onChange={(event) =>
                      update({ organization: { mode: 'create', name: event.currentTarget.value } })
                    }
                    error={error('name')}
                  />
                )
              }
              noneLabel={t('leads.convert.noOrganization')}
              confirmed={state.confirmedNewOrganization}
              onConfirm={(confirmedNewOrganization) => update({ confirmedNewOrganization })}
              error={error('confirm')}
            />
          </Stepper.Step>
          <Stepper.Step label={t('leads.convert.steps.contact')}>
            <CandidateChoice
              label={t('leads.convert.steps.contact')}
              intro={t('leads.convert.contactIntro')}
              candidates={candidates.contacts.map((c) => ({
                ...c,
                details: [c.organizationName, c.email, c.city],
              }))}
              value={choiceValue(
                state.contact.mode,
                state.contact.mode === 'match' ? state.contact.contactId : '',
              )}
              onChange={(value) =>
                update({
                  contact: value.startsWith('match:')
                    ? { mode: 'match', contactId: value.slice(6) }
                    : value === 'create'
                      ? { mode: 'create' }
                      : { mode: 'none' },
                })
              }
              createLabel={lead.lastName ? t('leads.convert.createContact', { name: personName }) : null}
              noneLabel={t('leads.convert.noContact')}
              confirmed={state.confirmedNewContact}
              onConfirm={(confirmedNewContact) => update({ confirmedNewContact })}
              error={error('confirm') ?? error('contact')}
            />
          </Stepper.Step>
          {offersOpportunity && (
            <Stepper.Step label={t('leads.convert.steps.opportunity')}>
              <OpportunityStep
                draft={state.opportunity}
                stages={stages.data ?? []}
                errors={shownErrors}
                onChange={(opportunity) => update({ opportunity })}
              />
            </Stepper.Step>
          )}
          <Stepper.Completed>
            <ConversionSummary state={state} lead={lead} candidates={candidates} stages={stages.data ?? []} />
          </Stepper.Completed>
        </Stepper>
        {canCreateOpportunity && stages.isError && (
          <Alert color="yellow" variant="light">
            {t('leads.convert.stagesUnavailable')}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={active === 0 ? onClose : () => setActive(active - 1)}>
            {active === 0 ? t('common.cancel') : t('leads.convert.back')}
          </Button>
          {active < steps.length ? (
            <Button type="submit">{t('leads.convert.next')}</Button>
          ) : (
            <Button type="submit" color="teal" loading={convert.isPending}>
              {t('leads.convert.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </HotkeyForm>
  );
}

function choiceValue(mode: 'match' | 'create' | 'none', id: string): string {
  return mode === 'match' ? `match:${id}` : mode;
}
