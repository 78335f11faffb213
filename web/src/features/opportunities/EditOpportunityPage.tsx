import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
import { type OpportunityView, useOpportunity, useUpdateOpportunity } from './api';
import { OpportunityFormFields, useOpportunityForm } from './OpportunityForm';
import { OpportunityNotFound } from './OpportunityNotFound';
import { initialOpportunityValues, opportunityFormPath, toOpportunityPayload } from './opportunityForm';

export function EditOpportunityPage() {
  const { id = '' } = useParams();
  return (
    <EditRecordPage query={useOpportunity(id)} notFound={<OpportunityNotFound />}>
      {(opportunity, reload) => <EditForm opportunity={opportunity} reload={reload} />}
    </EditRecordPage>
  );
}

function EditForm({
  opportunity,
  reload,
}: {
  opportunity: OpportunityView;
  reload: () => Promise<OpportunityView | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const valuesOf = (record: OpportunityView) => initialOpportunityValues(i18n.language, record);
  const form = useOpportunityForm(valuesOf(opportunity));
  const { base, formProps } = useRecordEdit({
    record: opportunity,
    reload,
    form,
    valuesOf,
    toPayload: toOpportunityPayload,
    update: useUpdateOpportunity(opportunity.id),
    detailPath: `/opportunities/${encodeURIComponent(opportunity.id)}`,
    savedMessage: (saved) => t('opportunities.saved', { name: saved.name }),
    formPathOf: opportunityFormPath,
  });
  return (
    <>
      <PageHeader title={t('opportunities.editTitle', { name: base.name })} />
      <OpportunityFormFields
        // The competitor picker keeps the names it knows: a reloaded version brings new ones.
        key={base.version}
        form={form}
        opportunity={base}
        {...formProps}
      />
    </>
  );
}
