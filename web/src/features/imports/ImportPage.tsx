import type { ImportType } from '@kontor/domain/imports/fields';
import type { Upload } from '@kontor/domain/imports/schemas';
import { Stepper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { usePermission } from '../../ui/session';
import { fetchImportJob, importJobKey } from './api';
import { ChooseFileStep } from './ChooseFileStep';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';

/**
 * "Importieren" (M5): choose type and file, map columns with a live preview, then watch the
 * job run. The step lives in component state; the record type can be preset by `?type=`.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const canOrganizations = usePermission('organizations.write');
  const canContacts = usePermission('contacts.write');
  const allowed: ImportType[] = [
    ...(canOrganizations ? (['organization'] as const) : []),
    ...(canContacts ? (['contact'] as const) : []),
  ];
  const requested = params.get('type');
  const [type, setType] = useState<ImportType>(
    allowed.find((candidate) => candidate === requested) ?? allowed[0] ?? 'contact',
  );
  const [upload, setUpload] = useState<Upload | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  // The progress step polls the job; this reads the same cache entry, so the stepper shows all done at the end.
  const { data: job } = useQuery({
    queryKey: importJobKey(jobId ?? ''),
    queryFn: () => fetchImportJob(jobId ?? ''),
    enabled: false,
  });
  const finished = job?.status === 'done';
  const step = jobId ? (finished ? 3 : 2) : upload ? 1 : 0;

  if (allowed.length === 0) return <NotFoundPage />;

  const restart = () => {
    setJobId(null);
    setUpload(null);
  };

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Stepper active={step} size="sm" mb="xl" allowNextStepsSelect={false}>
        <Stepper.Step label={t('imports.steps.file')} description={t('imports.steps.fileHint')} />
        <Stepper.Step label={t('imports.steps.mapping')} description={t('imports.steps.mappingHint')} />
        <Stepper.Step label={t('imports.steps.run')} description={t('imports.steps.runHint')} />
      </Stepper>
      {step === 0 && <ChooseFileStep types={allowed} type={type} onType={setType} onUploaded={setUpload} />}
      {step === 1 && upload && <MappingStep upload={upload} onBack={restart} onStarted={setJobId} />}
      {step >= 2 && jobId && upload && (
        <ProgressStep jobId={jobId} upload={upload} onStarted={setJobId} onRestart={restart} />
      )}
    </>
  );
}
