import { Badge, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Candidate {
  id: string;
  name: string;
  /** What else tells it apart: city, employer, e-mail. */
  details: (string | null)[];
  reasons: string[];
}

/**
 * One wizard step's choice between the likely duplicates found (with why each was found), a new
 * record, and none. A new record while candidates exist needs the user's confirmation.
 */
export function CandidateChoice({
  label,
  intro,
  candidates,
  value,
  onChange,
  createLabel,
  createFields,
  noneLabel,
  confirmed,
  onConfirm,
  error,
}: {
  label: string;
  intro: string;
  candidates: Candidate[];
  /** `match:<id>`, `create` or `none`. */
  value: string;
  onChange: (value: string) => void;
  /** Null when a new record cannot be made from the lead. */
  createLabel: string | null;
  createFields?: ReactNode;
  noneLabel: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">{intro}</Text>
      <Radio.Group
        label={label}
        value={value}
        onChange={onChange}
        error={value === 'create' ? undefined : error}
      >
        <Stack gap="xs" mt="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('leads.convert.candidatesTitle')}
          </Text>
          {candidates.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('leads.convert.noCandidates')}
            </Text>
          )}
          {candidates.map((candidate) => (
            <Radio
              key={candidate.id}
              value={`match:${candidate.id}`}
              label={t('leads.convert.useExisting', { name: candidate.name })}
              description={
                <Group gap={6} component="span">
                  {candidate.details.filter(Boolean).join(' · ')}
                  {candidate.reasons.map((reason) => (
                    <Badge key={reason} size="xs" variant="light" color="orange" component="span">
                      {t(`leads.convert.reason.${reason}`)}
                    </Badge>
                  ))}
                </Group>
              }
            />
          ))}
          {createLabel && <Radio value="create" label={createLabel} mt="xs" />}
          <Radio value="none" label={noneLabel} />
        </Stack>
      </Radio.Group>
      {value === 'create' && createFields}
      {value === 'create' && candidates.length > 0 && (
        <Checkbox
          label={t('leads.convert.confirmNew')}
          checked={confirmed}
          onChange={(event) => onConfirm(event.currentTarget.checked)}
          error={error}
        />
      )}
    </Stack>
  );
}
