import fs from 'node:fs/promises';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// vCard (M5) through the UI: a two-card file from an address book, then one card back out.
// Names are unique to this file, so it runs alone on an empty server and after the others.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;

const VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Vcardtest;Vera;;Frau Dr.;',
  'FN:Dr. Vera Vcardtest',
  'EMAIL;TYPE=INTERNET,WORK:vera.vcardtest@example.de',
  'TEL;TYPE=CELL:+49 171 5550101',
  'ORG:Vcard Unbekannt GmbH',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Viktor Vcardtest-Öztürk',
  'N:Vcardtest-Öztürk;Viktor;;;',
  'EMAIL;TYPE=home:viktor.vcardtest@example.de',
  'END:VCARD',
  '',
].join('\r\n');

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('imports a two-card vCard file, first as a dry run, and shows the result per card', async () => {
  await page.goto('/contacts');
  await page.getByRole('button', { name: 'vCard importieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontakte aus vCard importieren' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'adressbuch.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(VCF, 'utf8'),
  });
  await expect(dialog.getByRole('checkbox', { name: 'Nur Probelauf (nichts speichern)' })).toBeChecked();
  await expectAccessible(page, 'vcard: import dialog');

  await dialog.getByRole('button', { name: 'Probelauf starten' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Probelauf – es wurde nichts gespeichert. 2 angelegt · 0 aktualisiert · 0 übersprungen · 0 fehlgeschlagen',
  );
  await expect(dialog.getByText('Würde angelegt.')).toHaveCount(2);

  await dialog.getByRole('checkbox', { name: 'Nur Probelauf (nichts speichern)' }).uncheck();
  await dialog.getByRole('button', { name: 'Importieren', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '2 angelegt · 0 aktualisiert · 0 übersprungen · 0 fehlgeschlagen',
  );
  await expect(
    dialog.getByText('Organisation „Vcard Unbekannt GmbH“ nicht gefunden – nicht verknüpft.'),
  ).toBeVisible();
  await expectAccessible(page, 'vcard: import result');
  await saveScreenshot(page, 'vcard-import-result');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Viktor Vcardtest-Öztürk' })).toBeVisible();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.getByRole('menuitem', { name: 'vCard (.vcf)' })).toHaveAttribute('href', /format=vcf/);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Vera Vcardtest' }).click();
  await expect(page.getByRole('heading', { name: 'Dr. Vera Vcardtest', level: 1 })).toBeVisible();
});

test('downloads the vCard of a contact', async () => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'vCard herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('vera-vcardtest.vcf');
  const card = await fs.readFile(String(await download.path()), 'utf8');
  expect(card).toContain('\r\nFN:Vera Vcardtest\r\n');
  expect(card).toContain('\r\nN:Vcardtest;Vera;;Frau Dr.;\r\n');
  expect(card).toContain('\r\nEMAIL;TYPE=work;PREF=1:vera.vcardtest@example.de\r\n');
  await expectAccessible(page, 'vcard: contact detail');
  await saveScreenshot(page, 'vcard-contact-detail');
});
