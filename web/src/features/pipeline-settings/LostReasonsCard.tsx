import { ActionIcon, Button, Card, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { notifyError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useLostReasons } from '../opportunities/api';
import { useDeleteLostReason, useSaveLostReason } from './api';

/** The lost reasons offered when a deal is lost; used ones can only be deactivated. */
export function LostReasonsCard() {
  const { t } = useTranslation();
  const reasons = useLostReasons(false);
  const save = useSaveLostReason();
  const remove = useDeleteLostReason();
  const [name, setName] = useState('');

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="lost-reasons-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="lost-reasons-title">
          {t('pipelineSettings.reasons.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pipelineSettings.reasons.description')}
        </Text>
        {reasons.isPending ? (
          <TableSkeleton rows={4} />
        ) : reasons.isError ? (
          <ErrorState error={reasons.error} onRetry={() => reasons.refetch()} />
        ) : (
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {reasons.data.map((reason) => (
                <Table.Tr key={reason.id}>
                  <Table.Td>
                    <Text size="sm" c={reason.active ? undefined : 'dimmed'}>
                      {reason.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      size="sm"
                      label={t('pipelineSettings.reasons.active')}
                      checked={reason.active}
                      onChange={(event) =>
                        save.mutate(
                          { id: reason.id, version: reason.version, active: event.currentTarget.checked },
                          { onError: (error) => notifyError(error, t) },
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate(reason, { onError: (error) => notifyError(error, t) })}
                      aria-label={t('pipelineSettings.reasons.delete', { name: reason.name })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <HotkeyForm
          onSubmit={(event) => {
            event?.preventDefault();
            if (!name.trim()) return;
            save.mutate(
              { id: null, name: name.trim() },
              { onSuccess: () => setName(''), onError: (error) => notifyError(error, t) },
            );
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('pipelineSettings.reasons.new')}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden />}
              loading={save.isPending}
            >
              {t('pipelineSettings.reasons.add')}
            </Button>
          </Group>
        </HotkeyForm>
      </Stack>
    </Card>
  );
}
