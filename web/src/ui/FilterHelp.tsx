import { ActionIcon, Code, Popover, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconHelp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const EXAMPLES: { example: string; key: string }[] = [
  { example: '>=1.3.2019&<1.4.2019', key: 'dateRange' },
  { example: 'Mül*|Mei*', key: 'wildcardOr' },
  { example: '!Verloren', key: 'not' },
  { example: '=', key: 'empty' },
  { example: '"A&B GmbH"', key: 'quoted' },
  { example: '>1000', key: 'compare' },
];

/** The "?" next to a list's filters: what the filter language can say, by example. */
export function FilterHelp() {
  const { t } = useTranslation();
  return (
    <Popover width={380} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <Tooltip label={t('list.filterHelp')}>
          <ActionIcon variant="default" size="lg" aria-label={t('list.filterHelp')}>
            <IconHelp size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('list.filterHelpTitle')}
          </Text>
          <Text size="xs">{t('list.filterHelpIntro')}</Text>
          <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
            <Table.Tbody>
              {EXAMPLES.map(({ example, key }) => (
                <Table.Tr key={key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Code>{example}</Code>
                  </Table.Td>
                  <Table.Td>{t(`list.filterExamples.${key}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
