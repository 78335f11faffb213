import type { ImportType } from '@kontor/domain/imports/fields';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '@kontor/domain/imports/schemas';
import { Card, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  type: ImportType;
  dryRun: boolean;
  onDryRun: (dryRun: boolean) => void;
  policy: DuplicatePolicy;
  onPolicy: (policy: DuplicatePolicy) => void;
}

/** Dry run and what to do when a row matches an existing record (M4 duplicate rules). */
export function ImportOptions({ type, dryRun, onDryRun, policy, onPolicy }: Props) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Radio.Group
          value={policy}
          onChange={(value) => onPolicy(value as DuplicatePolicy)}
          label={t('imports.duplicates')}
          description={t(`imports.duplicatesHint.${type}`)}
        >
          <Stack gap="xs" mt="xs">
            {DUPLICATE_POLICIES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`imports.policy.${value}`)}
                description={t(`imports.policyHint.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          checked={dryRun}
          onChange={(event) => onDryRun(event.currentTarget.checked)}
          label={t('imports.dryRun')}
          description={t('imports.dryRunHint')}
        />
        {type === 'contact' && (
          <Text size="sm" c="dimmed">
            {t('imports.organizationHint')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
