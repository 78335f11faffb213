import type { Permission } from '@kontor/domain/permissions';
import type { ReactNode } from 'react';
import { usePermission } from '../ui/session';
import { NotFoundPage } from './NotFoundPage';

/** Pages the role may not open look like pages that do not exist, as in the navigation. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return usePermission(permission) ? children : <NotFoundPage />;
}
