import fs from 'node:fs/promises';
import { type BrowserContext, type Download, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Files on the timeline (A1, A9): a contact's upload becomes a document entry whose link
// downloads the file; a visit report recorded with an attachment shows it, another is added from
// the entry's actions, and one is deleted after asking. Names are unique to this file, so it
// runs alone on an empty server and after the others.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let contactPath: string;

// Not valid UTF-8: the download must hand back these bytes, not a re-encoded text.
const CONTRACT = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 53 + 7) % 256));
const CONTRACT_NAME = 'Rahmenvertrag Anhangtest.bin';
const PHOTO = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 11 + 200) % 256));
const PHOTO_NAME = 'Messestand Anhangtest.jpg';
const PLAN = Buffer.from('Aufbauplan: Halle 3, Stand 12\n');
const PLAN_NAME = 'Aufbauplan Anhangtest.txt';
const VISIT = 'Besuch auf der Messe (Anhangtest)';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await signInAdmin(page);
  const contact = await createViaApi(page, 'contacts', { firstName: 'Anja', lastName: 'Anhangtest' });
  contactPath = `/contacts/${contact.id}`;
});

test.afterAll(async () => {
  await context.close();
});

const activities = () => page.getByRole('region', { name: 'Vorgänge' });
const visitEntry = () => activities().getByRole('listitem').filter({ hasText: VISIT });

async function expectBytes(download: Promise<Download>, name: string, bytes: Buffer) {
  const file = await download;
  expect(file.suggestedFilename()).toBe(name);
  expect(Buffer.compare(await fs.readFile(await file.path()), bytes)).toBe(0);
}

test('an upload on a contact appears as a document entry whose link downloads the file', async () => {
  await page.goto(contactPath);
  await expect(page.getByRole('heading', { name: 'Anja Anhangtest', level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Dokumente' })
    .locator('input[type=file]')
    .setInputFiles({ name: CONTRACT_NAME, mimeType: 'application/octet-stream', buffer: CONTRACT });

  const entry = activities().getByRole('listitem').filter({ hasText: CONTRACT_NAME });
  await expect(entry).toContainText('Dokument');
  const link = entry.getByRole('link', { name: CONTRACT_NAME });
  await expect(link).toHaveAttribute('href', /\/api\/documents\/.+\/download$/);
  // The entry is the file: it has no attachments of its own.
  await expect(entry.getByRole('button', { name: /^Anhänge zu/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await link.click();
  await expectBytes(download, CONTRACT_NAME, CONTRACT);
});

test('a visit report recorded with an attachment shows it, and it downloads', async () => {
  await page.goto(contactPath);
  await activities().getByRole('button', { name: 'Weitere Arten' }).click();
  await page.getByRole('menuitem', { name: 'Besuchsbericht' }).click();
  const dialog = page.getByRole('dialog', { name: 'Besuchsbericht erfassen' });
  await dialog.getByLabel('Betreff').fill(VISIT);

  // An empty file is refused when chosen, with the reason; it is not listed for upload.
  const choose = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Anhang hinzufügen' }).click();
    await (await chooser).setFiles(files);
  };
  await choose([{ name: 'leer.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await expect(dialog.getByRole('alert')).toContainText('„leer.txt“ wurde nicht hochgeladen');
  await expect(dialog.getByRole('alert')).toContainText('Die Datei ist leer.');
  await choose([{ name: PHOTO_NAME, mimeType: 'image/jpeg', buffer: PHOTO }]);
  const chosen = dialog.getByRole('group', { name: 'Anhänge' });
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(chosen.getByRole('listitem')).toContainText(PHOTO_NAME);
  await expect(chosen.getByRole('listitem')).toContainText('2,9 KB');
  await expectAccessible(page, 'activity form with an attachment');

  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`„${PHOTO_NAME}“ wurde hochgeladen.`)).toBeVisible();
  // Uploaded from this browser, the attachment shows without opening the list.
  const link = visitEntry().getByRole('link', { name: `„${PHOTO_NAME}“ herunterladen` });
  await expect(link).toBeVisible();
  await expect(visitEntry().getByRole('button', { name: `Anhänge zu „${VISIT}“` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(visitEntry()).toContainText('2,9 KB');
  // An entry's attachment is not an entry of its own.
  await expect(activities().getByRole('link', { name: PHOTO_NAME, exact: true })).toHaveCount(0);
  await expectAccessible(page, 'timeline with attachments');
  await visitEntry().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'activity-attachments-timeline');

  const download = page.waitForEvent('download');
  await link.click();
  await expectBytes(download, PHOTO_NAME, PHOTO);
});

test('attachments load only when opened; one is added from the entry and one deleted after asking', async () => {
  const attachmentRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/records/activity/')) attachmentRequests.push(request.url());
  });
  await page.goto(contactPath);
  await expect(visitEntry()).toBeVisible();
  await expect(visitEntry().getByRole('link', { name: `„${PHOTO_NAME}“ herunterladen` })).toHaveCount(0);
  expect(attachmentRequests).toEqual([]);

  const toggle = visitEntry().getByRole('button', { name: `Anhänge zu „${VISIT}“` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(visitEntry().getByRole('link', { name: `„${PHOTO_NAME}“ herunterladen` })).toBeVisible();
  expect(attachmentRequests).toHaveLength(1);

  await visitEntry()
    .getByRole('button', { name: `Aktionen für „${VISIT}“` })
    .click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Anhang hinzufügen' }).click();
  await (await chooser).setFiles({ name: PLAN_NAME, mimeType: 'text/plain', buffer: PLAN });
  await expect(visitEntry().getByRole('link', { name: `„${PLAN_NAME}“ herunterladen` })).toBeVisible();
  await expect(visitEntry()).toContainText('30 Bytes');

  await visitEntry()
    .getByRole('button', { name: `„${PHOTO_NAME}“ löschen` })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Anhang löschen?' });
  await expect(confirm).toContainText(`„${PHOTO_NAME}“ wird von diesem Vorgang entfernt.`);
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(confirm).toBeHidden();
  await expect(visitEntry().getByRole('link', { name: `„${PHOTO_NAME}“ herunterladen` })).toHaveCount(0);
  await expect(visitEntry().getByRole('link', { name: `„${PLAN_NAME}“ herunterladen` })).toBeVisible();

  // Kontor follows the system's colour scheme unless told otherwise.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'timeline with attachments, dark');
  await visitEntry().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'activity-attachments-open-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a file that does not arrive leaves the entry saved once and says so; editing attaches later', async () => {
  const NOTE = 'Rückfrage zum Aufbau (Anhangtest)';
  const REPORT_NAME = 'Protokoll Anhangtest.txt';
  const REPORT = Buffer.from('Protokoll der Rückfrage\n');
  await page.goto(contactPath);
  await activities().getByRole('button', { name: 'Notiz' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notiz erfassen' });
  await dialog.getByLabel('Betreff').fill(NOTE);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Anhang hinzufügen' }).click();
  await (await chooser).setFiles({ name: REPORT_NAME, mimeType: 'text/plain', buffer: REPORT });

  // The connection drops while the file goes up, after the entry was saved.
  const uploadPath = /\/api\/records\/activity\/[^/]+\/documents$/;
  await page.route(uploadPath, (route) =>
    route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue(),
  );
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`„${REPORT_NAME}“ wurde nicht hochgeladen`);
  await expect(dialog).toContainText('Der Vorgang ist gespeichert, aber nicht alle Anhänge.');
  // Saving again would record the note twice: the form is gone, only closing is offered.
  await expect(dialog.getByLabel('Betreff')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
  await expectAccessible(page, 'activity form after a failed attachment');
  await saveScreenshot(page, 'activity-attachments-failed-upload');
  await dialog.getByRole('button').filter({ hasText: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  await page.unroute(uploadPath);
  const note = activities().getByRole('listitem').filter({ hasText: NOTE });
  await expect(note).toHaveCount(1);

  await note.getByRole('button', { name: `Aktionen für „${NOTE}“` }).click();
  await page.getByRole('menuitem', { name: 'Bearbeiten' }).click();
  const edit = page.getByRole('dialog', { name: 'Vorgang bearbeiten' });
  const again = page.waitForEvent('filechooser');
  await edit.getByRole('button', { name: 'Anhang hinzufügen' }).click();
  await (await again).setFiles({ name: REPORT_NAME, mimeType: 'text/plain', buffer: REPORT });
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(note.getByRole('link', { name: `„${REPORT_NAME}“ herunterladen` })).toBeVisible();
  await expect(activities().getByRole('listitem').filter({ hasText: NOTE })).toHaveCount(1);
});

test('deleting a file under Dokumente takes its document entry off the timeline at once', async () => {
  await page.goto(contactPath);
  const documentEntry = activities().getByRole('link', { name: CONTRACT_NAME, exact: true });
  await expect(documentEntry).toBeVisible();
  await page
    .getByRole('region', { name: 'Dokumente' })
    .getByRole('button', { name: `„${CONTRACT_NAME}“ löschen` })
    .click();
  await page
    .getByRole('dialog', { name: 'Dokument löschen?' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  await expect(documentEntry).toHaveCount(0);
  await expect(activities().getByRole('listitem').filter({ hasText: VISIT })).toBeVisible();
});
