import { describe, expect, it } from 'vitest';
import { type LiveViewer, mayReceive } from './audience.js';
import type { LiveAudience } from './types.js';

const viewer = (overrides: Partial<LiveViewer> = {}): LiveViewer => ({
  userId: 'me',
  permissions: ['activities.read'],
  visibility: 'own',
  teamIds: [],
  teamMemberIds: new Set(['me']),
  ...overrides,
});
const record = (overrides: Partial<Extract<LiveAudience, { kind: 'record' }>> = {}): LiveAudience => ({
  kind: 'record',
  permission: 'activities.read',
  ownerId: 'someone',
  ...overrides,
});
const inTeam = viewer({ visibility: 'team', teamIds: ['t1'], teamMemberIds: new Set(['me', 'colleague']) });

describe('mayReceive (who gets a live event)', () => {
  it('gives a user event to that user only', () => {
    expect(mayReceive(viewer(), { kind: 'user', userId: 'me' })).toBe(true);
    expect(mayReceive(viewer(), { kind: 'user', userId: 'other' })).toBe(false);
    expect(mayReceive(viewer({ visibility: 'all' }), { kind: 'user', userId: 'other' })).toBe(false);
  });

  it('needs the permission the event names, whatever the visibility or assignment', () => {
    const noRead = viewer({ permissions: ['contacts.read'], visibility: 'all' });
    expect(mayReceive(noRead, record({ ownerId: null }))).toBe(false);
    expect(mayReceive(noRead, record({ ownerId: 'me', userIds: ['me'] }))).toBe(false);
  });

  it('own: records of nobody and of oneself', () => {
    expect(mayReceive(viewer(), record({ ownerId: null }))).toBe(true);
    expect(mayReceive(viewer(), record({ ownerId: 'me' }))).toBe(true);
    expect(mayReceive(viewer(), record({ ownerId: 'colleague' }))).toBe(false);
  });

  it('team: also records of the members of one of the own teams', () => {
    expect(mayReceive(inTeam, record({ ownerId: 'colleague' }))).toBe(true);
    expect(mayReceive(inTeam, record({ ownerId: 'stranger' }))).toBe(false);
    expect(mayReceive(inTeam, record({ ownerId: null }))).toBe(true);
  });

  it('team without any team is own, as visibleTo decides', () => {
    const alone = viewer({ visibility: 'team', teamMemberIds: new Set(['me', 'colleague']) });
    expect(mayReceive(alone, record({ ownerId: 'colleague' }))).toBe(false);
  });

  it('all: every owner', () => {
    expect(mayReceive(viewer({ visibility: 'all' }), record({ ownerId: 'stranger' }))).toBe(true);
  });

  it('an assignee receives it whatever the owner: named user, or a member of the named team', () => {
    expect(mayReceive(viewer(), record({ userIds: ['me'] }))).toBe(true);
    expect(mayReceive(viewer(), record({ userIds: ['other'] }))).toBe(false);
    expect(mayReceive(inTeam, record({ ownerId: 'stranger', teamIds: ['t1'] }))).toBe(true);
    expect(mayReceive(inTeam, record({ ownerId: 'stranger', teamIds: ['t2'] }))).toBe(false);
  });

  it('an audience kind it does not know reaches nobody', () => {
    const unknown = { kind: 'everyone' } as unknown as LiveAudience;
    expect(mayReceive(viewer({ visibility: 'all' }), unknown)).toBe(false);
  });
});
