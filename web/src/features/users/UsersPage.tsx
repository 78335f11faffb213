import type { User } from '@kontor/domain/users';
import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useFormat } from '../../ui/format';
import { useUsersList } from '../../ui/lookups';
import { PageHeader } from '../../ui/PageHeader';
import { SimpleTable } from '../../ui/SimpleTable';
import { usePermission } from '../../ui/session';
import { ListStates } from '../../ui/states';
import { EditUserModal } from './EditUserModal';
import { InviteUserModal } from './InviteUserModal';
import { UserStatusBadge } from './UserStatusBadge';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsersList();
  const canManage = usePermission('users.manage');
  const [inviting, setInviting] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = users.data?.find((user) => user.id === editingId) ?? null;

  const inviteButton = canManage && (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
      {t('users.invite')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        count={users.data?.length}
        actions={inviteButton}
      />
      <ListStates
        query={users}
        empty={
          <EmptyPanel
            icon={<IconUsers aria-hidden />}
            title={t('users.emptyTitle')}
            description={t('users.emptyText')}
            action={inviteButton}
          />
        }
      >
        {(items) => <UsersTable users={items} onEdit={canManage ? setEditingId : undefined} />}
      </ListStates>
      <InviteUserModal opened={inviting} onClose={() => setInviting(false)} />
      <EditUserModal user={editing} onClose={() => setEditingId(null)} />
    </>
  );
}

function UsersTable({ users, onEdit }: { users: User[]; onEdit?: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleTable
      minWidth={760}
      headers={[
        t('fields.name'),
        t('fields.email'),
        t('fields.role'),
        t('fields.teams'),
        t('fields.status'),
        t('users.lastLogin'),
      ]}
      actions={!!onEdit}
    >
      {users.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td fw={500}>{user.name}</Table.Td>
          <Table.Td>{user.email}</Table.Td>
          <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
          <Table.Td>
            <Group gap={4}>
              {user.teams.map((team) => (
                <Badge key={team.id} variant="light" color="gray" tt="none">
                  {team.name}
                </Badge>
              ))}
            </Group>
          </Table.Td>
          <Table.Td>
            <UserStatusBadge user={user} />
          </Table.Td>
          <Table.Td>
            {user.lastLoginAt ? (
              format.dateTime(user.lastLoginAt)
            ) : (
              <Text span c="dimmed" size="sm">
                {t('users.neverLoggedIn')}
              </Text>
            )}
          </Table.Td>
          {onEdit && (
            <Table.Td ta="right">
              <Tooltip label={t('users.edit', { name: user.name })}>
                <ActionIcon
                  variant="subtle"
                  onClick={() => onEdit(user.id)}
                  aria-label={t('users.edit', { name: user.name })}
                >
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </SimpleTable>
  );
}
