import type { Team } from '@kontor/domain/teams';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useTeamsList } from '../../ui/lookups';
import { PageHeader } from '../../ui/PageHeader';
import { notifyError } from '../../ui/problems';
import { RowAction } from '../../ui/RowAction';
import { SimpleTable } from '../../ui/SimpleTable';
import { ListStates } from '../../ui/states';
import { useDeleteTeam } from './api';
import { TeamModal } from './TeamModal';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeamsList();
  const deleteTeam = useDeleteTeam();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Team | null>(null);
  const editedTeam =
    editing.mode === 'edit' ? (teams.data?.find((team) => team.id === editing.id) ?? null) : null;

  const createButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
      {t('teams.create')}
    </Button>
  );

  const confirmDelete = () => {
    if (!deleting) return;
    deleteTeam.mutate(deleting.id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('teams.deleted', { name: deleting.name }) }),
      onError: (error) => notifyError(error, t),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        description={t('teams.description')}
        count={teams.data?.length}
        actions={createButton}
      />
      <ListStates
        query={teams}
        empty={
          <EmptyPanel
            icon={<IconUsersGroup aria-hidden />}
            title={t('teams.emptyTitle')}
            description={t('teams.emptyText')}
            action={createButton}
          />
        }
      >
        {(items) => (
          <SimpleTable minWidth={560} headers={[t('fields.name'), t('teams.members')]} actions>
            {items.map((team) => (
              <Table.Tr key={team.id}>
                <Table.Td fw={500}>{team.name}</Table.Td>
                <Table.Td>
                  {team.members.length === 0 ? (
                    <Text span size="sm" c="dimmed">
                      {t('teams.noMembers')}
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {team.members.map((member) => (
                        <Badge key={member.id} variant="light" color="gray" tt="none">
                          {member.name}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <RowAction
                      label={t('teams.edit', { name: team.name })}
                      icon={IconPencil}
                      onClick={() => setEditing({ mode: 'edit', id: team.id })}
                    />
                    <RowAction
                      label={t('teams.delete', { name: team.name })}
                      icon={IconTrash}
                      color="red"
                      onClick={() => setDeleting(team)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
      </ListStates>
      <TeamModal
        opened={editing.mode !== 'closed'}
        team={editedTeam}
        onClose={() => setEditing({ mode: 'closed' })}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('teams.deleteTitle')}
        message={t('teams.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={deleteTeam.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
