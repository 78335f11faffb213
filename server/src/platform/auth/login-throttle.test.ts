import { describe, expect, it } from 'vitest';
import { addressKey, LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('books attempts up front and blocks at the limit until the window has passed', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.tryAttempt(['account:a'])).toBe(0);
      now += 1000;
    }
    expect(throttle.tryAttempt(['account:a'])).toBe(57_000);
    expect(throttle.tryAttempt(['account:b'])).toBe(0);
    now = 60_001;
    expect(throttle.tryAttempt(['account:a'])).toBe(0);
  });

  it('books nothing on any key when one key is blocked', () => {
    const throttle = new LoginThrottle(1, 60_000, () => 0);
    throttle.tryAttempt(['account:a']);
    expect(throttle.tryAttempt(['account:a', 'ip:1.2.3.4'])).toBeGreaterThan(0);
    expect(throttle.tryAttempt(['ip:1.2.3.4'])).toBe(0);
  });

  it('forgets an account and takes back an address attempt after a success', () => {
    const throttle = new LoginThrottle(1, 60_000, () => 0);
    throttle.tryAttempt(['account:a', 'ip:x']);
    throttle.reset('account:a');
    throttle.release('ip:x');
    expect(throttle.tryAttempt(['account:a', 'ip:x'])).toBe(0);
  });

  it('keeps at most the configured number of keys, dropping the longest idle', () => {
    const throttle = new LoginThrottle(1, 60_000, () => 0, 100);
    for (let i = 0; i < 1000; i++) throttle.tryAttempt([`account:${i}`]);
    expect(throttle.tryAttempt(['account:999'])).toBeGreaterThan(0);
    expect(throttle.tryAttempt(['account:0'])).toBe(0);
  });
});

describe('addressKey', () => {
  it('groups IPv6 clients by /64 and unwraps IPv4-mapped addresses', () => {
    expect(addressKey('203.0.113.7')).toBe('ip:203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('ip:2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('ip:2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('ip:2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('ip:0:0:0:0::/64');
  });
});
