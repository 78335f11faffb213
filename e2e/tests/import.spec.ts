import fs from 'node:fs/promises';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Import (M5) through the UI: a CSV from German Excel with one bad row. Names are unique to this
// file, so it runs alone on an empty server as well as after the other spec files.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;

const CSV = [
  'Vorname;Nachname;E-Mail;Firma;Ort',
  'Greta;Importkind;greta.importkind@example.de;Importwerk GmbH;Hannover',
  'Hugo;Importkind;hugo-ohne-at;Importwerk GmbH;Hannover',
  'Ida;Importkind;ida.importkind@example.de;;Celle',
].join('\r\n');

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('imports a CSV with one bad row, shows progress and counts, and offers the error report', async () => {
  await page.goto('/contacts');
  await page.getByRole('link', { name: 'Importieren' }).click();
  await expect(page).toHaveURL(/\/import\?type=contact$/);
  await expect(page.getByRole('heading', { name: 'Importieren', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Kontakte' })).toBeChecked();
  await expectAccessible(page, 'import: choose file');
  await saveScreenshot(page, 'import-choose');

  await page.locator('input[type=file]').setInputFiles({
    name: 'kontakte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${CSV}\r\n`, 'utf8'),
  });
  await expect(page.getByRole('heading', { name: 'Spalten zuordnen' })).toBeVisible();
  await expect(page.getByText('kontakte.csv: 3 Zeilen, CSV')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Feld für Spalte E-Mail' })).toHaveValue('E-Mail');
  await expect(page.getByRole('combobox', { name: 'Feld für Spalte Firma' })).toHaveValue('Organisation');
  // The preview marks the bad cell before anything is written.
  await expect(page.getByText('Keine gültige E-Mail-Adresse')).toBeVisible();
  await expectAccessible(page, 'import: mapping');
  await saveScreenshot(page, 'import-mapping');

  await page.getByRole('button', { name: '3 Zeilen importieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fertig' })).toBeVisible();
  await expect(page.getByText('3 von 3 Zeilen verarbeitet')).toBeVisible();
  await expect(page.locator('[data-count=created]')).toHaveText('2');
  await expect(page.locator('[data-count=failed]')).toHaveText('1');
  await expectAccessible(page, 'import: result');
  await saveScreenshot(page, 'import-result');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Fehlerbericht herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kontakte-fehler.csv');
  const report = await fs.readFile(String(await download.path()), 'utf8');
  const lines = report.split('\r\n');
  expect(lines[0]).toBe('\uFEFFZeile;Vorname;Nachname;E-Mail;Firma;Ort;Fehler');
  expect(lines[1]).toBe(
    '3;Hugo;Importkind;hugo-ohne-at;Importwerk GmbH;Hannover;E-Mail: Keine gültige E-Mail-Adresse',
  );
  expect(lines).toHaveLength(3);

  await page.getByRole('link', { name: 'Zu den Kontakten' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('link', { name: 'Greta Importkind' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ida Importkind' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hugo Importkind' })).toHaveCount(0);
});
