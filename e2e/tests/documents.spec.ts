import fs from 'node:fs/promises';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Documents (A9): upload on a contact, see it listed there and in "Dokumente", download the
// same bytes, drop a second file, refuse an empty one, delete after asking. Names are unique to
// this file, so it runs alone on an empty server and after the others.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let contactPath: string;

// Not valid UTF-8 (0xff, 0xfe): stored and served as plain bytes, 1,536 of them.
const BYTES = Buffer.from(Array.from({ length: 1536 }, (_, i) => (i * 37 + 255) % 256));
const FILE_NAME = 'Angebot Dokumenttest 2026.bin';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await signInAdmin(page);
  const contact = await createViaApi(page, 'contacts', { firstName: 'Doris', lastName: 'Dokumenttest' });
  contactPath = `/contacts/${contact.id}`;
});

test.afterAll(async () => {
  await context.close();
});

const section = () => page.getByRole('region', { name: 'Dokumente' });

test('uploads a file on a contact, lists it and downloads the same bytes', async () => {
  await page.goto(contactPath);
  await expect(page.getByRole('heading', { name: 'Doris Dokumenttest', level: 1 })).toBeVisible();
  await expect(section().getByText('Noch keine Dokumente.')).toBeVisible();

  await section().locator('input[type=file]').setInputFiles({
    name: FILE_NAME,
    mimeType: 'application/pdf',
    buffer: BYTES,
  });
  const link = section().getByRole('link', { name: `„${FILE_NAME}“ herunterladen` });
  await expect(link).toBeVisible();
  const row = section().getByRole('row').filter({ hasText: FILE_NAME });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1,5 KB');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Anna Admin');
  await expect(page.getByText(`„${FILE_NAME}“ wurde hochgeladen.`)).toBeVisible();
  await expectAccessible(page, 'documents: contact section');
  await section().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'documents-contact-section');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  expect(Buffer.compare(await fs.readFile(await download.path()), BYTES)).toBe(0);
});

test('takes a dropped file and explains a refused one before sending it', async () => {
  await page.goto(contactPath);
  const drop = async (name: string, text: string) => {
    const transfer = await page.evaluateHandle(
      ({ fileName, content }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: 'text/plain' }));
        return data;
      },
      { fileName: name, content: text },
    );
    await section().dispatchEvent('dragover', { dataTransfer: transfer });
    await section().dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('Gesprächsnotiz Dokumenttest.txt', 'Rückruf am Montag.');
  await expect(
    section().getByRole('link', { name: '„Gesprächsnotiz Dokumenttest.txt“ herunterladen' }),
  ).toBeVisible();

  await drop('leer.txt', '');
  const alert = section().getByRole('alert');
  await expect(alert).toContainText('„leer.txt“ wurde nicht hochgeladen');
  await expect(alert).toContainText('Die Datei ist leer.');
  await expect(section().getByRole('link', { name: /leer\.txt/ })).toHaveCount(0);
});

test('lists the contact’s documents under Dokumente and opens the contact from there', async () => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Dokumente' }).click();
  await expect(page.getByRole('heading', { name: 'Dokumente', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: FILE_NAME });
  await expect(row).toContainText('Doris Dokumenttest');
  await expect(row).toContainText('1,5 KB');
  await expectAccessible(page, 'documents: overall list');
  await saveScreenshot(page, 'documents-list');
  await row.getByRole('link', { name: 'Doris Dokumenttest' }).click();
  await expect(page).toHaveURL(new RegExp(`${contactPath}$`));
});

test('deletes a document only after asking', async () => {
  await page.goto(contactPath);
  await section()
    .getByRole('button', { name: `„${FILE_NAME}“ löschen` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Dokument löschen?' });
  await expect(dialog).toContainText(`„${FILE_NAME}“ wird von diesem Datensatz entfernt.`);
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(dialog).toBeHidden();
  await expect(section().getByRole('link', { name: `„${FILE_NAME}“ herunterladen` })).toHaveCount(0);
  await expect(section().getByRole('link', { name: /Gesprächsnotiz Dokumenttest/ })).toBeVisible();
});
