import type { Lead } from '@kontor/domain/leads';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
import { useLead, useUpdateLead } from './api';
import { LeadFormFields, useLeadForm } from './LeadForm';
import { LeadNotFound } from './LeadNotFound';
import { initialLeadValues, toLeadPayload } from './leadForm';

export function EditLeadPage() {
  const { id = '' } = useParams();
  return (
    <EditRecordPage query={useLead(id)} notFound={<LeadNotFound />}>
      {(lead, reload) => <EditForm lead={lead} reload={reload} />}
    </EditRecordPage>
  );
}

function EditForm({ lead, reload }: { lead: Lead; reload: () => Promise<Lead | undefined> }) {
  const { t, i18n } = useTranslation();
  const valuesOf = (record: Lead) => initialLeadValues(i18n.language, record);
  const form = useLeadForm(valuesOf(lead));
  const { base, formProps } = useRecordEdit({
    record: lead,
    reload,
    form,
    valuesOf,
    toPayload: toLeadPayload,
    update: useUpdateLead(lead.id),
    detailPath: `/leads/${encodeURIComponent(lead.id)}`,
    savedMessage: (saved) => t('leads.saved', { name: saved.name }),
  });
  return (
    <>
      <PageHeader title={t('leads.editTitle', { name: base.name })} />
      <LeadFormFields form={form} lead={base} {...formProps} />
    </>
  );
}
