import { describe, expect, it } from 'vitest';
import { checkVatId } from './vat-id.js';

const ok = (normalized: string) => ({ ok: true, normalized });
const fail = (reason: 'format' | 'country' | 'checksum') => ({ ok: false, reason });

describe('checkVatId', () => {
  it('accepts a valid German USt-IdNr. and rejects a wrong check digit', () => {
    expect(checkVatId('DE136695976')).toEqual(ok('DE136695976'));
    expect(checkVatId(' de 136 695 976 ')).toEqual(ok('DE136695976'));
    expect(checkVatId('DE136695977')).toEqual(fail('checksum'));
    expect(checkVatId('DE13669597')).toEqual(fail('format'));
  });

  it('checks Austrian UIDs including their check digit', () => {
    expect(checkVatId('ATU13585627')).toEqual(ok('ATU13585627'));
    expect(checkVatId('AT U135 856 27')).toEqual(ok('ATU13585627'));
    expect(checkVatId('ATU13585626')).toEqual(fail('checksum'));
    expect(checkVatId('AT13585627')).toEqual(fail('format'));
  });

  it('checks French numbers: the numeric key is a checksum, letter keys are format only', () => {
    expect(checkVatId('FR 40 303 265 045')).toEqual(ok('FR40303265045'));
    expect(checkVatId('FR84323140391')).toEqual(fail('checksum'));
    expect(checkVatId('FRK7399859412')).toEqual(ok('FRK7399859412'));
    expect(checkVatId('FRIO334175221')).toEqual(fail('format'));
  });

  it('checks Dutch numbers for format', () => {
    expect(checkVatId('NL004495445B01')).toEqual(ok('NL004495445B01'));
    expect(checkVatId('NL 0044.95.445.B.01')).toEqual(ok('NL004495445B01'));
    expect(checkVatId('NL004495445')).toEqual(fail('format'));
  });

  it('checks Italian partita IVA with its Luhn digit', () => {
    expect(checkVatId('IT 00743110157')).toEqual(ok('IT00743110157'));
    expect(checkVatId('IT00743110158')).toEqual(fail('checksum'));
  });

  it('checks Swiss UIDs, dropping the MWST/TVA/IVA suffix', () => {
    expect(checkVatId('CHE-100.155.212 MWST')).toEqual(ok('CHE100155212'));
    expect(checkVatId('CHE-100.155.212 TVA')).toEqual(ok('CHE100155212'));
    expect(checkVatId('che100155212')).toEqual(ok('CHE100155212'));
    expect(checkVatId('CHE-123.456.788 MWST')).toEqual(ok('CHE123456788'));
    expect(checkVatId('CHE-123.456.789 MWST')).toEqual(fail('checksum'));
    expect(checkVatId('CH-100.155.212')).toEqual(fail('format'));
  });

  it('checks the other countries with check digits', () => {
    expect(checkVatId('BE 0428759497')).toEqual(ok('BE0428759497'));
    expect(checkVatId('BE 428759497')).toEqual(ok('BE0428759497'));
    expect(checkVatId('BE0431150351')).toEqual(fail('checksum'));
    expect(checkVatId('DK 13585628')).toEqual(ok('DK13585628'));
    expect(checkVatId('DK 13585627')).toEqual(fail('checksum'));
    expect(checkVatId('LU 150 274 42')).toEqual(ok('LU15027442'));
    expect(checkVatId('LU15027443')).toEqual(fail('checksum'));
    expect(checkVatId('PL 856-734-62-15')).toEqual(ok('PL8567346215'));
    expect(checkVatId('PL8567346216')).toEqual(fail('checksum'));
    expect(checkVatId('HR33392005961')).toEqual(ok('HR33392005961'));
    expect(checkVatId('HR33392005962')).toEqual(fail('checksum'));
  });

  it('checks format only elsewhere, GB and XI included', () => {
    expect(checkVatId('GB 980 7806 84')).toEqual(ok('GB980780684'));
    expect(checkVatId('XI980780684')).toEqual(ok('XI980780684'));
    expect(checkVatId('GBGD001')).toEqual(ok('GBGD001'));
    expect(checkVatId('ESX1234567L')).toEqual(ok('ESX1234567L'));
    expect(checkVatId('SE123456789701')).toEqual(ok('SE123456789701'));
    expect(checkVatId('EL094259216')).toEqual(ok('EL094259216'));
    expect(checkVatId('GR094259216')).toEqual(ok('EL094259216'));
  });

  it('rejects unknown prefixes and garbage', () => {
    expect(checkVatId('US123456789')).toEqual(fail('country'));
    expect(checkVatId('XX123')).toEqual(fail('country'));
    expect(checkVatId('123456789')).toEqual(fail('format'));
    expect(checkVatId('')).toEqual(fail('format'));
    expect(checkVatId('   ')).toEqual(fail('format'));
    expect(checkVatId('DE')).toEqual(fail('format'));
    expect(checkVatId('DE12345678X')).toEqual(fail('format'));
    expect(checkVatId('DE 136 695 976 💥')).toEqual(fail('format'));
  });
});
