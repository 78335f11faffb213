import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('blocks after the allowed failures until the window has passed', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterMs('account:a')).toBe(0);
      throttle.recordFailure('account:a');
      now += 1000;
    }
    expect(throttle.retryAfterMs('account:a')).toBe(57_000);
    expect(throttle.retryAfterMs('account:b')).toBe(0);
    now = 60_001;
    expect(throttle.retryAfterMs('account:a')).toBe(0);
  });

  it('forgets an account after a successful login', () => {
    const throttle = new LoginThrottle(1, 60_000, () => 0);
    throttle.recordFailure('account:a');
    throttle.reset('account:a');
    expect(throttle.retryAfterMs('account:a')).toBe(0);
  });
});
