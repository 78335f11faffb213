import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { importApi, tempDataDir, windows1252 } from './testing.js';

describe('imports: reading files', () => {
  const env = freshAdminAppPerTest({ config: { dataDir: tempDataDir() } });
  const api = importApi(env);

  it('reads a German Excel CSV: Windows-1252, semicolons, umlauts; suggests the mapping', async () => {
    const file = windows1252(
      'Firma;Straße;PLZ;Ort;USt-IdNr.\r\nMüller & Söhne GmbH;Königsallee 5;40212;Düsseldorf;\r\n',
    );
    const response = await api.upload('organization', file);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      headers: ['Firma', 'Straße', 'PLZ', 'Ort', 'USt-IdNr.'],
      mapping: ['name', 'street', 'postalCode', 'city', 'vatId'],
    });
    expect(body.preview[0]).toMatchObject({
      rowNumber: 2,
      errors: [],
      record: {
        name: 'Müller & Söhne GmbH',
        addresses: [{ street: 'Königsallee', houseNumber: '5', postalCode: '40212', city: 'Düsseldorf' }],
      },
    });
  });

  it('reads UTF-8 with BOM, commas and quoted line breaks', async () => {
    const text =
      '\uFEFFFirst name,Last name,Email,Notes\n"Anna","Ö""zil","anna@example.com","two\nlines, really"\n';
    const body = (await api.upload('contact', text)).json();
    expect(body).toMatchObject({
      encoding: 'utf-8-bom',
      delimiter: ',',
      headers: ['First name', 'Last name', 'Email', 'Notes'],
    });
    expect(body.mapping).toEqual(['firstName', 'lastName', 'email', null]);
    expect(body.sampleRows[0].cells).toEqual(['Anna', 'Ö"zil', 'anna@example.com', 'two\nlines, really']);
  });

  it('reads the first sheet of an XLSX workbook with dates and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kontakte');
    sheet.addRow(['Vorname', 'Nachname', 'Geburtstag', 'PLZ', 'Ort']);
    sheet.addRow(['Jürgen', 'Groß', new Date(Date.UTC(1970, 2, 15)), 1067, 'Dresden']);
    workbook.addWorksheet('Andere').addRow(['nicht', 'importieren']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await api.upload('contact', file, env.admin, 'kontakte.xlsx');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      format: 'xlsx',
      headers: ['Vorname', 'Nachname', 'Geburtstag', 'PLZ', 'Ort'],
      mapping: ['firstName', 'lastName', 'birthday', 'postalCode', 'city'],
      preview: [
        {
          errors: [],
          record: {
            firstName: 'Jürgen',
            lastName: 'Groß',
            birthday: '1970-03-15',
            addresses: [{ postalCode: '01067' }],
          },
        },
      ],
    });
    const job = await api.run('contact', file);
    expect(job).toMatchObject({ status: 'done', created: 1, failed: 0 });
    expect(await api.list('contacts')).toMatchObject([
      { name: 'Jürgen Groß', birthday: '1970-03-15', addresses: [{ postalCode: '01067', city: 'Dresden' }] },
    ]);
  });

  it('refuses empty, header-only, binary and broken files with a 4xx problem', async () => {
    const empty = await api.upload('contact', '');
    expect(empty.statusCode).toBe(400);
    expect((await api.upload('contact', 'Nachname;Vorname\r\n')).json()).toMatchObject({ status: 400 });
    const pdf = await api.upload('contact', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    expect(pdf.statusCode).toBe(415);
    const xls = await api.upload('contact', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]));
    expect(xls.statusCode).toBe(415);
    const zip = await api.upload('contact', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
    expect(zip.statusCode).toBe(415);
    const broken = await api.upload('contact', 'Nachname;Ort\r\n"Offen;Berlin\r\n');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toContain('Zeile 2');
    const wrongType = await api.upload('invoice', 'a;b\n1;2\n');
    expect(wrongType.statusCode).toBe(400);
  });

  it('refuses a mapping that does not fit the file', async () => {
    const { uploadId } = (await api.upload('contact', 'Vorname;Nachname\nA;B\n')).json();
    const cases: [object, string][] = [
      [{ uploadId, mapping: ['firstName'] }, 'import-mapping-columns'],
      [{ uploadId, mapping: ['firstName', null] }, 'import-field-missing'],
      [{ uploadId, mapping: ['lastName', 'lastName'] }, 'import-field-twice'],
      [{ uploadId, mapping: ['lastName', 'iban'] }, 'unknown-import-field'],
      [{ uploadId: 'nope', mapping: ['lastName', null] }, 'import-upload-not-found'],
    ];
    for (const [payload, code] of cases) {
      const response = await api.start(payload);
      expect(response.statusCode, code).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, code).toBeLessThan(500);
      expect(response.json().type, code).toContain(code);
    }
    expect((await api.start({ uploadId, mapping: ['firstName', null] })).json().detail).toContain(
      '„Nachname“',
    );
  });
});
