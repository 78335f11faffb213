import type { User } from '@kontor/domain/users';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UserStatusBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  if (!user.active)
    return (
      <Badge color="gray" variant="light">
        {t('users.status.deactivated')}
      </Badge>
    );
  if (user.invitationPending)
    return (
      <Badge color="blue" variant="light">
        {t('users.status.invited')}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t('users.status.active')}
    </Badge>
  );
}
