import { describe, expect, it } from 'vitest';
import { CONTACT } from './contacts.js';
import { ORGANIZATION } from './organizations.js';
import { checkViewState, createSavedViewSchema } from './views.js';

describe('checkViewState', () => {
  it('accepts a state the list would accept and drops empty filters and repeated columns', () => {
    const checked = checkViewState(
      CONTACT,
      { filters: { name: 'Mül*|Mei*', city: ' ' }, sort: '-birthday', columns: ['name', 'city', 'name'] },
      'de',
    );
    expect(checked.problems).toBeNull();
    expect(checked.state).toEqual({
      filters: { name: 'Mül*|Mei*' },
      sort: '-birthday',
      columns: ['name', 'city'],
    });
  });

  it('names every unknown field and every malformed filter by its path', () => {
    const checked = checkViewState(
      ORGANIZATION,
      { filters: { birthday: '1.1.2000', name: '(' }, sort: 'nope', columns: ['name', 'nope'] },
      'de',
    );
    expect(checked.problems?.unknownFields).toEqual([
      'state.filters.birthday',
      'state.sort',
      'state.columns.1',
    ]);
    expect(checked.problems?.filterErrors.map((e) => e.path)).toEqual(['state.filters.name']);
  });

  it('refuses sorting by a field that is not sortable', () => {
    const unsortable = ORGANIZATION.fields.find((field) => !field.sortable);
    expect(unsortable).toBeDefined();
    const checked = checkViewState(
      ORGANIZATION,
      { filters: {}, sort: `-${unsortable?.key}`, columns: [] },
      'en',
    );
    expect(checked.problems?.unknownFields).toEqual(['state.sort']);
  });
});

describe('createSavedViewSchema', () => {
  it('ties the team to the visibility', () => {
    const base = { recordType: 'contact', name: 'A', state: {} };
    expect(createSavedViewSchema.safeParse(base).success).toBe(true);
    expect(createSavedViewSchema.safeParse({ ...base, visibility: 'team' }).success).toBe(false);
    expect(createSavedViewSchema.safeParse({ ...base, visibility: 'team', teamId: 't' }).success).toBe(true);
    expect(createSavedViewSchema.safeParse({ ...base, teamId: 't' }).success).toBe(false);
  });
});
