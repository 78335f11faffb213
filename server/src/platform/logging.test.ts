import { describe, expect, it } from 'vitest';
import { redactUrl } from './logging.js';

describe('redactUrl', () => {
  it('masks invitation secrets in API and app paths', () => {
    expect(redactUrl('/api/invitations/kontor_i_abc?x=1')).toBe('/api/invitations/[redacted]?x=1');
    expect(redactUrl('/invitation/kontor_i_abc')).toBe('/invitation/[redacted]');
    expect(redactUrl('/api/users/me')).toBe('/api/users/me');
  });
});
