import type { Activity } from '@kontor/domain/activities';
import { Anchor, Group, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../ui/links';

/**
 * The records an entry is linked to, as links to their pages. A record the user may not see
 * comes without a name: it shows only as "hidden record" so the entry does not leak it.
 */
export function LinkedRecords({ links, max }: { links: Activity['links']; max?: number }) {
  const { t } = useTranslation();
  if (links.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        –
      </Text>
    );
  }
  const shown = max === undefined ? links : links.slice(0, max);
  const rest = links.length - shown.length;
  return (
    <Group gap={4} wrap="wrap" component="span">
      {shown.map((link, index) => {
        const href = link.name === null ? null : recordPath(link.recordType, link.recordId);
        const name = link.name ?? t('activityOverview.hiddenRecord');
        return (
          <Fragment key={`${link.recordType}:${link.recordId}`}>
            {href ? (
              <Anchor component={Link} to={href} size="sm">
                {name}
              </Anchor>
            ) : (
              <Text span size="sm" c={link.name === null ? 'dimmed' : undefined}>
                {name}
              </Text>
            )}
            {index < shown.length - 1 && (
              <Text span size="sm" c="dimmed" aria-hidden>
                ·
              </Text>
            )}
          </Fragment>
        );
      })}
      {rest > 0 && (
        <Text span size="sm" c="dimmed">
          {t('activityOverview.moreLinks', { count: rest })}
        </Text>
      )}
    </Group>
  );
}
