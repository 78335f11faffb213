import type { ConversionCandidates, Lead } from '@kontor/domain/leads';
import type { PipelineStage } from '@kontor/domain/opportunities';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { eurosToCents } from '../../ui/money';
import type { WizardState } from './conversionPayload';

/** The last step: what the conversion will match and make, before the user commits to it. */
export function ConversionSummary({
  state,
  lead,
  candidates,
  stages,
}: {
  state: WizardState;
  lead: Lead;
  candidates: ConversionCandidates;
  stages: PipelineStage[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = (list: { id: string; name: string }[], id: string) =>
    list.find((c) => c.id === id)?.name ?? id;
  const { organization, contact, opportunity } = state;
  const person = [lead.firstName, lead.lastName].filter(Boolean).join(' ');
  const stage = stages.find((s) => s.id === opportunity.stageId);
  return (
    <FactList
      facts={[
        {
          label: t('leads.convert.summary.organization'),
          value:
            organization.mode === 'match'
              ? t('leads.convert.summary.matched', {
                  name: nameOf(candidates.organizations, organization.organizationId),
                })
              : organization.mode === 'create'
                ? t('leads.convert.summary.created', { name: organization.name })
                : t('leads.convert.summary.none'),
        },
        {
          label: t('leads.convert.summary.contact'),
          value:
            contact.mode === 'match'
              ? t('leads.convert.summary.matched', { name: nameOf(candidates.contacts, contact.contactId) })
              : contact.mode === 'create'
                ? t('leads.convert.summary.created', { name: person })
                : t('leads.convert.summary.none'),
        },
        {
          label: t('leads.convert.summary.opportunity'),
          value: opportunity.enabled ? (
            <Text size="sm" span>
              {t('leads.convert.summary.created', { name: opportunity.name })} ·{' '}
              {format.money(eurosToCents(opportunity.revenue) ?? 0, 'EUR')}
              {stage ? ` · ${stage.name}` : ''}
            </Text>
          ) : (
            t('leads.convert.summary.none')
          ),
        },
      ]}
    />
  );
}
