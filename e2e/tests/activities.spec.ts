import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Record timelines (A4-A6): a call logged on a contact shows on the contact, on the organisation
// the contact works for and on that organisation's parent (roll-up); pinned, it moves on top
// ("Angeheftet") and back when unpinned. Names are unique to this file, so it runs alone on an
// empty server and after the others.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const paths = { parent: '', child: '', contact: '' };
const SUBJECT = 'Rückruf wegen Zeitleistentest-Angebot';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  const parent = await createViaApi(page, 'organizations', { name: 'Zeitleistentest Holding AG' });
  const child = await createViaApi(page, 'organizations', {
    name: 'Zeitleistentest Vertrieb GmbH',
    parentId: parent.id,
  });
  const contact = await createViaApi(page, 'contacts', {
    firstName: 'Tilda',
    lastName: 'Zeitleistentest',
    employments: [{ organizationId: child.id }],
  });
  paths.parent = `/organizations/${parent.id}`;
  paths.child = `/organizations/${child.id}`;
  paths.contact = `/contacts/${contact.id}`;
});

test.afterAll(async () => {
  await context.close();
});

const idOf = (path: string) => path.split('/')[2] ?? '';

/** Changes an entry straight through the API, as a colleague in another browser would. */
async function api(method: 'POST' | 'PATCH', url: string, data: Record<string, unknown>) {
  const session = await (await page.request.get('/api/auth/session')).json();
  const response = await page.request.fetch(url, {
    method,
    headers: { 'X-CSRF-Token': session.csrfToken },
    data,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; version: number };
}

const activities = () => page.getByRole('region', { name: 'Vorgänge' });
const entry = () => activities().getByRole('listitem').filter({ hasText: SUBJECT });

test('logs a call on a contact from the quick add', async () => {
  await page.goto(paths.contact);
  await expect(page.getByRole('heading', { name: 'Tilda Zeitleistentest', level: 1 })).toBeVisible();
  await expect(activities().getByText('Noch keine Vorgänge')).toBeVisible();

  await activities().getByRole('button', { name: 'Telefonat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Telefonat erfassen' });
  await expect(dialog.getByText('Kontakt: Tilda Zeitleistentest')).toBeVisible();

  // Saving without a subject names the field instead of sending.
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte einen Betreff eingeben.')).toBeVisible();

  // A note type says what happened: it sets the direction (and type) of the entry.
  await expect(dialog.getByRole('radio', { name: 'ausgehend' })).toBeChecked();
  await dialog.getByRole('combobox', { name: 'Notizart' }).click();
  await page.getByRole('option', { name: 'Kunde hat bei uns angerufen' }).click();
  await expect(dialog.getByRole('radio', { name: 'eingehend' })).toBeChecked();
  await dialog.getByLabel('Betreff').fill(SUBJECT);
  const body = dialog.getByRole('textbox', { name: 'Text' });
  await body.click();
  await page.keyboard.type('Frau Zeitleistentest bittet um ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('neue Preise');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' bis Freitag, siehe Preisliste');
  for (let i = 0; i < 'Preisliste'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await dialog.getByRole('button', { name: 'Link setzen' }).click();
  await dialog.getByRole('textbox', { name: 'Adresse des Links' }).fill('kontor.example/preise');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Adresse des Links' })).toBeHidden();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expectAccessible(page, 'activities: quick add dialog');
  await saveScreenshot(page, 'activities-quick-add');
  // Ctrl+Enter in the text saves, as the dialog's hint says.
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  await expect(entry()).toBeVisible();
  await expect(entry().getByText('eingehend')).toBeVisible();
  await expect(entry().getByText('Kunde hat bei uns angerufen')).toBeVisible();
  await expect(entry().locator('strong', { hasText: 'neue Preise' })).toBeVisible();
  await expect(entry().getByRole('link', { name: 'Preisliste' })).toHaveAttribute(
    'href',
    'https://kontor.example/preise',
  );
  await expect(entry().getByText(/von Anna Admin/)).toBeVisible();
  await expect(entry().getByRole('link', { name: 'Tilda Zeitleistentest' })).toBeVisible();
  await expect(activities().getByRole('link', { name: 'Alle anzeigen' })).toHaveAttribute(
    'href',
    `/activities?recordType=contact&recordId=${idOf(paths.contact)}`,
  );
});

test('shows the call on the organisation and its parent', async () => {
  for (const path of [paths.child, paths.parent]) {
    await page.goto(path);
    await expect(entry()).toBeVisible();
    await expect(entry().getByRole('link', { name: 'Tilda Zeitleistentest' })).toBeVisible();
  }
});

test('pins the call on top of the parent timeline and unpins it', async () => {
  await page.goto(paths.parent);
  // A newer entry on the parent itself pushes the call down among the latest.
  await activities().getByRole('button', { name: 'Notiz' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notiz erfassen' });
  await dialog.getByLabel('Betreff').fill('Jahresgespräch Zeitleistentest vorbereiten');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const recent = activities().getByTestId('timeline-recent');
  await expect(recent.getByRole('listitem').first()).toContainText('Jahresgespräch Zeitleistentest');
  await expect(activities().getByTestId('timeline-pinned')).toHaveCount(0);

  await entry()
    .getByRole('button', { name: `Aktionen für „${SUBJECT}“` })
    .click();
  await page.getByRole('menuitem', { name: 'Anheften' }).click();
  const pinned = activities().getByTestId('timeline-pinned');
  await expect(pinned.getByRole('heading', { name: 'Angeheftet' })).toBeVisible();
  await expect(pinned.getByRole('listitem')).toHaveCount(1);
  await expect(pinned.getByRole('listitem').first()).toContainText(SUBJECT);
  await expect(recent.getByText(SUBJECT)).toHaveCount(0);
  await expectAccessible(page, 'activities: organisation timeline with a pinned entry');
  await saveScreenshot(page, 'activities-pinned-timeline');

  // Pinned everywhere it shows: the contact's timeline has it on top as well.
  await page.goto(paths.contact);
  await expect(activities().getByTestId('timeline-pinned').getByText(SUBJECT)).toBeVisible();

  await page.goto(paths.parent);
  await entry()
    .getByRole('button', { name: `Aktionen für „${SUBJECT}“` })
    .click();
  await page.getByRole('menuitem', { name: 'Lösen' }).click();
  await expect(activities().getByTestId('timeline-pinned')).toHaveCount(0);
  await expect(recent.getByRole('listitem').nth(1)).toContainText(SUBJECT);
});

test('records a task as a follow-up and marks it done with its outcome', async () => {
  const task = 'Angebot Zeitleistentest nachfassen';
  await page.goto(paths.contact);
  await activities().getByRole('button', { name: 'Aufgabe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aufgabe erfassen' });
  // Tasks start open, due now and assigned to oneself.
  await expect(dialog.getByRole('checkbox', { name: 'Offen / Wiedervorlage' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Zuständig' })).toHaveValue('Anna Admin (ich)');
  await dialog.getByLabel('Betreff').fill(task);
  const due = dialog.getByRole('textbox', { name: 'Fällig am' });
  await due.fill('31.11.2030 10:00');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte Datum und Uhrzeit wie 25.11.2026 14:30 eingeben.')).toBeVisible();
  await due.fill('2.12.2030 9:30');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  const taskEntry = activities().getByRole('listitem').filter({ hasText: task });
  await expect(taskEntry.getByText('Offen', { exact: true })).toBeVisible();
  await expect(taskEntry.getByText('Fällig am 02.12.2030, 09:30')).toBeVisible();
  await expect(taskEntry.getByText('Zuständig: Anna Admin')).toBeVisible();

  await taskEntry.getByRole('button', { name: 'Erledigt' }).click();
  const done = page.getByRole('dialog', { name: 'Vorgang erledigen' });
  await done.getByRole('textbox', { name: 'Ergebnis' }).fill('Zusage für Januar erhalten');
  await page.keyboard.press('Control+Enter');
  await expect(done).toBeHidden();
  await expect(taskEntry.getByText('Zusage für Januar erhalten')).toBeVisible();
  await expect(taskEntry.getByText('Offen', { exact: true })).toHaveCount(0);
  await expect(taskEntry.getByRole('button', { name: 'Erledigt' })).toHaveCount(0);

  // The change is in the entry's history, shown on demand.
  await taskEntry.getByRole('button', { name: `Aktionen für „${task}“` }).click();
  await page.getByRole('menuitem', { name: 'Änderungen anzeigen' }).click();
  await expect(taskEntry.getByText('Zusage für Januar erhalten').nth(1)).toBeVisible();
  await expect(taskEntry.getByText('Status', { exact: true })).toBeVisible();
});

test('shows an entry someone else records while the page is open, without reload', async () => {
  await page.goto(paths.child);
  await expect(entry()).toBeVisible();
  const live = 'Besuch Zeitleistentest von nebenan erfasst';
  await api('POST', '/api/activities', {
    type: 'visit',
    subject: live,
    links: [{ recordType: 'organization', recordId: idOf(paths.child) }],
  });
  await expect(activities().getByTestId('timeline-recent').getByRole('listitem').first()).toContainText(live);
});

test('an edit after someone else saved the entry offers to reload; delete asks first', async () => {
  const note = 'Notiz Zeitleistentest zum Bearbeiten';
  const created = await api('POST', '/api/activities', {
    type: 'note',
    subject: note,
    links: [{ recordType: 'contact', recordId: idOf(paths.contact) }],
  });
  await page.goto(paths.contact);
  const noteEntry = activities().getByRole('listitem').filter({ hasText: note });
  await noteEntry.getByRole('button', { name: `Aktionen für „${note}“` }).click();
  await page.getByRole('menuitem', { name: 'Bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vorgang bearbeiten' });
  await expect(dialog.getByLabel('Betreff')).toHaveValue(note);

  // A colleague saves first; the live refetch must not make this form's version current.
  await api('PATCH', `/api/activities/${created.id}`, {
    version: created.version,
    subject: `${note} (Kollegin)`,
  });
  await expect(activities().getByText(`${note} (Kollegin)`)).toBeVisible();
  await dialog.getByLabel('Betreff').fill(`${note} (ich)`);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Der Datensatz wurde inzwischen geändert');
  await dialog.getByRole('button', { name: 'Neu laden' }).click();
  await expect(dialog).toBeHidden();
  const current = activities()
    .getByRole('listitem')
    .filter({ hasText: `${note} (Kollegin)` });

  await current.getByRole('button', { name: `Aktionen für „${note} (Kollegin)“` }).click();
  await page.getByRole('menuitem', { name: 'Bearbeiten' }).click();
  await dialog.getByLabel('Betreff').fill(`${note} (geändert)`);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  const changed = activities()
    .getByRole('listitem')
    .filter({ hasText: `${note} (geändert)` });
  await expect(changed).toBeVisible();

  await changed.getByRole('button', { name: `Aktionen für „${note} (geändert)“` }).click();
  await page.getByRole('menuitem', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Vorgang löschen?' });
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(confirm).toBeHidden();
  await expect(activities().getByText(note, { exact: false })).toHaveCount(0);
});

test('on a wide screen the activities stand beside the tabs', async () => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(paths.contact);
  await expect(entry()).toBeVisible();
  const tabs = await page.getByRole('tablist').boundingBox();
  const side = await activities().boundingBox();
  expect(side && tabs && side.x > tabs.x + tabs.width - 1).toBe(true);
  await expectAccessible(page, 'activities: contact page, wide');
  await saveScreenshot(page, 'activities-contact-wide');
  await page.setViewportSize({ width: 1280, height: 960 });
});

test('n opens a note on a record page', async () => {
  await page.goto(paths.child);
  await expect(page.getByRole('heading', { name: 'Zeitleistentest Vertrieb GmbH', level: 1 })).toBeVisible();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Notiz erfassen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Betreff')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
