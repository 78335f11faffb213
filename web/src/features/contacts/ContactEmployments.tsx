import type { Contact } from '@kontor/domain/contacts';
import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';

/** The employments as the history reads best: current ones first, then ended ones, latest first. */
function sortedEmployments(contact: Contact) {
  return [...contact.employments].sort((a, b) => {
    if (!a.endDate !== !b.endDate) return a.endDate ? 1 : -1;
    return (b.endDate ?? b.startDate ?? '').localeCompare(a.endDate ?? a.startDate ?? '');
  });
}

/** A contact's employments as a timeline, or a note that there are none. */
export function ContactEmployments({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const format = useFormat();
  return contact.employments.length === 0 ? (
    <Text size="sm" c="dimmed">
      {t('contacts.noEmployments')}
    </Text>
  ) : (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {sortedEmployments(contact).map((employment) => {
        const period = [
          employment.startDate ? format.date(employment.startDate) : null,
          employment.endDate ? format.date(employment.endDate) : null,
        ];
        return (
          <Timeline.Item
            key={employment.id}
            color={employment.endDate ? 'gray' : 'teal'}
            title={
              <Group gap="xs">
                <Anchor
                  component={Link}
                  to={`/organizations/${encodeURIComponent(employment.organizationId)}`}
                  size="sm"
                  fw={600}
                >
                  {employment.organizationName ?? employment.organizationId}
                </Anchor>
                {employment.isMainContact && (
                  <Badge size="sm" variant="light" color="blue">
                    {t('organizations.mainContact')}
                  </Badge>
                )}
                {employment.endDate ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('contacts.ended')}
                  </Badge>
                ) : (
                  <Badge size="sm" variant="light" color="teal">
                    {t('contacts.current')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm">
              {[employment.position, employment.department].filter(Boolean).join(', ') || '–'}
            </Text>
            <Text size="xs" c="dimmed">
              {period[0] || period[1]
                ? t('contacts.period', { from: period[0] ?? '…', to: period[1] ?? t('contacts.today') })
                : t('contacts.noPeriod')}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
