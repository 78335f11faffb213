import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.engine).toBe('sqlite');
    expect(config.database).toMatchObject({ file: expect.stringMatching(/data[/\\]kontor\.sqlite$/) });
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kontor' }).database).toEqual({
      engine: 'postgres',
      url: 'postgres://u:p@db:5432/kontor',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['KONTOR_PUBLIC_URL', 'not a url'],
    ['KONTOR_TRUST_PROXY', 'maybe'],
    ['KONTOR_SESSION_DAYS', '0'],
    ['KONTOR_DUE_CHECK_SECONDS', '0'],
  ])('stops with one line naming %s for %s', (variable, value) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message).not.toContain('\n');
  });

  it('checks for due follow-ups every 30 seconds unless told otherwise', () => {
    expect(loadConfig({}).dueCheckSeconds).toBe(30);
    expect(loadConfig({ KONTOR_DUE_CHECK_SECONDS: '5' }).dueCheckSeconds).toBe(5);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.engine).toBe('sqlite');
  });
});
