import { hasPermission, type Permission, type Visibility } from '@kontor/domain/permissions';
import type { LiveAudience } from './types.js';

/** What a live-event subscriber may see, loaded when the stream opens and refreshed with its session. */
export interface LiveViewer {
  userId: string;
  permissions: readonly Permission[];
  visibility: Visibility;
  teamIds: readonly string[];
  /** The users of the viewer's teams, themselves included: whose records `team` visibility shows. */
  teamMemberIds: ReadonlySet<string>;
}

/**
 * Whether a viewer receives an event: the in-memory twin of `visibleTo` (platform/auth/visibility),
 * so a live stream never tells more than a list would show. Deny by default: a record event needs
 * the permission it names, whoever the viewer is; then the owner decides by visibility, and an
 * assignee (user, or a member of the team) receives it whatever the owner.
 */
export function mayReceive(viewer: LiveViewer, audience: LiveAudience): boolean {
  if (audience.kind === 'user') return audience.userId === viewer.userId;
  // Rows are data: an audience kind this version does not know reaches nobody.
  if (audience.kind !== 'record') return false;
  if (!hasPermission(viewer.permissions, audience.permission)) return false;
  if (audience.userIds?.includes(viewer.userId)) return true;
  if (audience.teamIds?.some((teamId) => viewer.teamIds.includes(teamId))) return true;
  return ownerVisible(viewer, audience.ownerId);
}

function ownerVisible(viewer: LiveViewer, ownerId: string | null): boolean {
  if (viewer.visibility === 'all' || ownerId === null || ownerId === viewer.userId) return true;
  return viewer.visibility === 'team' && viewer.teamIds.length > 0 && viewer.teamMemberIds.has(ownerId);
}
