import { Anchor, Group, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface LinkedRecord {
  /** "Organisation", "Chance" … */
  label: string;
  name: string | null;
  /** Where the record opens; none when the user may not open it. */
  to: string | null;
}

/** The records a quotation or order belongs to, as a line of labelled links under its header. */
export function RecordLinks({ links, extra }: { links: LinkedRecord[]; extra?: ReactNode[] }) {
  const shown = links.filter((link) => link.name);
  return (
    <Group gap="xs" wrap="wrap">
      {shown.map((link, index) => (
        <Fragment key={link.label}>
          {index > 0 && (
            <Text size="sm" c="dimmed" aria-hidden>
              ·
            </Text>
          )}
          <Text size="sm" c="dimmed" component="span">
            {link.label}:{' '}
            {link.to ? (
              <Anchor component={Link} to={link.to} size="sm">
                {link.name}
              </Anchor>
            ) : (
              <Text span size="sm" c="var(--mantine-color-text)">
                {link.name}
              </Text>
            )}
          </Text>
        </Fragment>
      ))}
      {extra?.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of facts
        <Fragment key={index}>
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          {item}
        </Fragment>
      ))}
    </Group>
  );
}

/** The detail path of a linked record, or null without one. */
export function recordHref(base: string, id: string | null): string | null {
  return id ? `${base}/${encodeURIComponent(id)}` : null;
}
