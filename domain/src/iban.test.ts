import { describe, expect, it } from 'vitest';
import { checkBic, checkIban, formatIban } from './iban.js';

describe('checkIban', () => {
  it('accepts valid IBANs typed with spaces and in lower case, and returns them compact', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toEqual({
      ok: true,
      normalized: 'DE89370400440532013000',
    });
    expect(checkIban('at61 1904 3002 3457 3201')).toEqual({ ok: true, normalized: 'AT611904300234573201' });
    expect(checkIban('CH93 0076 2011 6238 5295 7')).toEqual({
      ok: true,
      normalized: 'CH9300762011623852957',
    });
    expect(checkIban('GB82 WEST 1234 5698 7654 32')).toEqual({
      ok: true,
      normalized: 'GB82WEST12345698765432',
    });
  });

  it('rejects a typo through the check digits', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 01')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIban('DE98 3704 0044 0532 0130 00')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects a wrong length for the country and anything not shaped like an IBAN', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 0')).toEqual({ ok: false, reason: 'format' });
    expect(checkIban('3704 0044 0532 0130 00')).toEqual({ ok: false, reason: 'format' });
    expect(checkIban('DE89 3704 0044 0532 0130 0Ä')).toEqual({ ok: false, reason: 'format' });
    expect(checkIban('')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('formatIban', () => {
  it('groups by four from the left', () => {
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
  });
});

describe('checkBic', () => {
  it('accepts 8 and 11 characters and refuses other forms', () => {
    expect(checkBic('cobadeffxxx')).toEqual({ ok: true, normalized: 'COBADEFFXXX' });
    expect(checkBic('MARK DEF1 100')).toEqual({ ok: true, normalized: 'MARKDEF1100' });
    expect(checkBic('DEUTDEFF')).toEqual({ ok: true, normalized: 'DEUTDEFF' });
    expect(checkBic('DEUTDEF')).toEqual({ ok: false });
    expect(checkBic('1EUTDEFF')).toEqual({ ok: false });
  });
});
