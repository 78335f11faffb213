import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a merge moves to the kept record, a line each; the empty entries are left out. */
export function MergeMovesList({ lines }: { lines: (string | null)[] }) {
  const { t } = useTranslation();
  const shown = lines.filter((line): line is string => Boolean(line));
  if (shown.length === 0) return <Text size="sm">{t('merge.nothingMoves')}</Text>;
  return (
    <Stack gap={2}>
      {shown.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
