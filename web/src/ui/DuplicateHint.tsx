import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface DuplicateCandidate {
  id: string;
  href: string;
  name: string;
  /** A short description to tell people apart: organisation, city … */
  detail?: string | null;
  reasons: string[];
}

/**
 * Likely duplicates of the record being entered, with why each one matched (M4). Only a hint:
 * saving stays possible; each candidate opens in a new tab so the form keeps what was typed.
 */
export function DuplicateHint({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={t('duplicates.title', { count: candidates.length })}
      role="status"
    >
      <Text size="sm" mb="xs">
        {t('duplicates.text')}
      </Text>
      <List spacing={6} size="sm">
        {candidates.map((candidate) => (
          <List.Item key={candidate.id}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={candidate.href} target="_blank" rel="noopener" size="sm" fw={600}>
                <Group gap={4} component="span" wrap="nowrap">
                  {candidate.name}
                  <IconExternalLink size={14} aria-label={t('duplicates.opensInNewTab')} />
                </Group>
              </Anchor>
              {candidate.detail && (
                <Text span size="sm" c="dimmed">
                  {candidate.detail}
                </Text>
              )}
              {candidate.reasons.map((reason) => (
                <Badge key={reason} size="sm" variant="outline" color="blue" tt="none">
                  {t(`duplicates.reasons.${reason}`)}
                </Badge>
              ))}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
