import { describe, expect, it } from 'vitest';
import { RouteTable } from './route-table.js';

describe('RouteTable', () => {
  it('lists the methods a concrete path allows', () => {
    const table = new RouteTable();
    table.add('/api/teams', ['GET', 'HEAD']);
    table.add('/api/teams', 'POST');
    table.add('/api/teams/:id', ['PATCH', 'DELETE']);
    expect(table.allowedMethods('/api/teams?x=1')).toEqual(['GET', 'POST']);
    expect(table.allowedMethods('/api/teams/0192')).toEqual(['DELETE', 'PATCH']);
    expect(table.allowedMethods('/api/teams/0192/members')).toEqual([]);
    expect(table.allowedMethods('/api/teamsX')).toEqual([]);
  });
});
