import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTeamsList, useUsersList } from '../../ui/lookups';
import { useCurrentSession, usePermission } from '../../ui/session';

/**
 * Who takes care of an open entry: a user or a team (A3), as `user:<id>` / `team:<id>`. Without
 * the right to read users, one can still pick oneself or one of all teams.
 */
export function AssigneeSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const me = useCurrentSession().user;
  const users = useUsersList(usePermission('users.read'));
  const teams = useTeamsList();
  const userOptions = (users.data ?? [{ id: me.id, name: me.name, active: true }])
    .filter((user) => user.active)
    .map((user) => ({
      value: `user:${user.id}`,
      label: user.id === me.id ? t('activities.assignees.me', { name: user.name }) : user.name,
    }));
  const teamOptions = (teams.data ?? []).map((team) => ({ value: `team:${team.id}`, label: team.name }));
  return (
    <Select
      label={t('activities.fields.assignee')}
      data={[
        { group: t('activities.assignees.users'), items: userOptions },
        ...(teamOptions.length > 0 ? [{ group: t('activities.assignees.teams'), items: teamOptions }] : []),
      ]}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      required
      allowDeselect={false}
    />
  );
}
