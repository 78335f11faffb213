import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// The CRM overview live (A7), "Meine Wiedervorlagen" (A2, A3), note types and deleted entries.
// Everything it checks carries this run's own names, so it runs alone and after the other files.
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36);
const colleague = {
  email: `uwe.ueberblick.${RUN}@example.com`,
  name: 'Uwe Überblick',
  password: 'uebersicht-ist-alles',
};

let adminContext: BrowserContext;
let admin: Page;
let organization: { id: string; name: string };
let adminId: string;

async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/auth/session')).json()).csrfToken;
}

/** Records an entry through the API, as another user's browser or an import would. */
async function recordEntry(
  page: Page,
  data: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const response = await page.request.post('/api/activities', {
    headers: { 'X-CSRF-Token': await csrf(page) },
    data: { type: 'call', links: [{ recordType: 'organization', recordId: organization.id }], ...data },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test.beforeAll(async ({ browser }) => {
  adminContext = await browser.newContext();
  admin = await adminContext.newPage();
  await signInAdmin(admin);
  adminId = (await (await admin.request.get('/api/auth/session')).json()).user.id;
  organization = await createViaApi(admin, 'organizations', { name: `Überblick Handel ${RUN} GmbH` });
  // Service sees every record (visibility "all"), so the administrator's entries reach them.
  const user = await admin.request.post('/api/users', {
    headers: { 'X-CSRF-Token': await csrf(admin) },
    data: { ...colleague, role: 'service' },
  });
  expect(user.status(), await user.text()).toBe(201);
});

test.afterAll(async () => {
  await adminContext.close();
});

test('a colleague with the CRM overview open sees a new entry appear without reload', async ({ browser }) => {
  const colleagueContext = await browser.newContext();
  const other = await colleagueContext.newPage();
  const login = await other.request.post('/api/auth/login', {
    data: { email: colleague.email, password: colleague.password },
  });
  expect(login.ok()).toBe(true);
  await recordEntry(admin, { subject: `Erstes Gespräch ${RUN}` });

  // Nothing is assigned to the new colleague yet: the follow-ups say so.
  await other.goto('/follow-ups');
  await expect(other.getByRole('heading', { name: 'Keine Wiedervorlagen – alles erledigt' })).toBeVisible();
  await expectAccessible(other, 'follow-ups, empty');

  await other.goto('/');
  await other.getByRole('link', { name: 'CRM-Übersicht', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'CRM-Übersicht' })).toBeVisible();
  await expect(other.getByRole('link', { name: `Erstes Gespräch ${RUN}` })).toBeVisible();
  // Nothing reloads from here on: the new row must come over the live stream.
  await other.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });

  const subject = `Rückruf wegen Angebot ${RUN}`;
  await recordEntry(admin, {
    subject,
    direction: 'in',
    body: '<p>Kunde fragt nach <strong>Lieferzeit</strong>.</p>',
  });
  const row = other.getByRole('row', { name: new RegExp(subject) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Neu', { exact: true })).toBeVisible();
  await expect(row.getByText('Telefonat (eingehend)')).toBeVisible();
  await expect(row.getByRole('link', { name: organization.name })).toBeVisible();
  expect(await other.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // Newest first: the new entry is the first row under the header and filter rows.
  await expect(other.getByRole('link', { name: subject })).toBeVisible();
  await expect(other.locator('tbody tr').first()).toContainText(subject);
  await expectAccessible(other, 'CRM overview with a live entry');
  await saveScreenshot(other, 'activity-overview-live-de-light');

  // The row opens the entry in a drawer with its note and links.
  await other.getByRole('link', { name: subject }).click();
  const drawer = other.getByRole('dialog', { name: 'Vorgang' });
  await expect(drawer.getByRole('listitem', { name: subject })).toBeVisible();
  await expect(drawer.getByText('Lieferzeit')).toBeVisible();
  await expect(drawer.getByRole('link', { name: organization.name })).toBeVisible();
  await drawer.getByRole('button', { name: `Aktionen für „${subject}“` }).click();
  await other.getByRole('menuitem', { name: 'Änderungen anzeigen' }).click();
  await expect(drawer.getByText('Noch keine Änderungen')).toBeVisible();
  await expectAccessible(other, 'entry drawer');
  await saveScreenshot(other, 'activity-overview-drawer-de-light');
  await other.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await colleagueContext.close();
});

test('the overview filters by a date range in the filter language', async () => {
  await recordEntry(admin, { subject: `Messe Hannover ${RUN}`, occurredAt: '2019-03-15T10:00:00.000Z' });
  await recordEntry(admin, { subject: `Nachfass April ${RUN}`, occurredAt: '2019-04-02T10:00:00.000Z' });
  await admin.goto('/activities');
  const dateFilter = admin.getByRole('textbox', { name: 'Filter: Datum' });
  await dateFilter.fill('>=1.3.2019&<1.4.2019');
  await dateFilter.press('Enter');
  await expect(admin.getByRole('link', { name: `Messe Hannover ${RUN}` })).toBeVisible();
  await expect(admin.getByRole('link', { name: `Nachfass April ${RUN}` })).toHaveCount(0);
  await expect(admin.getByRole('link', { name: `Erstes Gespräch ${RUN}` })).toHaveCount(0);
  await expect(admin).toHaveURL(/filter\.occurredAt=/);
  await expectAccessible(admin, 'CRM overview filtered by date');
  await saveScreenshot(admin, 'activity-overview-filtered-de-light');
});

test('with a filter set, only new entries that match it appear live', async () => {
  await admin.goto(`/activities?filter.subject=${encodeURIComponent(`Live-Filter ${RUN}*`)}`);
  await expect(admin.getByRole('textbox', { name: 'Filter: Betreff' })).toHaveValue(`Live-Filter ${RUN}*`);
  await recordEntry(admin, { subject: `Anderes Thema ${RUN}` });
  await recordEntry(admin, { subject: `Live-Filter ${RUN} passt` });
  await expect(admin.getByRole('link', { name: `Live-Filter ${RUN} passt` })).toBeVisible();
  await expect(admin.getByRole('link', { name: `Anderes Thema ${RUN}` })).toHaveCount(0);
});

test("narrowed to one record's entries, the overview says which and shows all again on request", async () => {
  const other = await createViaApi(admin, 'organizations', { name: `Fremdfirma ${RUN} AG` });
  await recordEntry(admin, {
    subject: `Fremder Anruf ${RUN}`,
    links: [{ recordType: 'organization', recordId: other.id }],
  });
  await admin.goto(`/activities?recordType=organization&recordId=${organization.id}`);
  await expect(admin.getByText('Gefiltert auf Organisation:')).toBeVisible();
  await expect(admin.getByRole('link', { name: organization.name }).first()).toBeVisible();
  await expect(admin.getByRole('link', { name: `Erstes Gespräch ${RUN}` })).toBeVisible();
  await expect(admin.getByRole('link', { name: `Fremder Anruf ${RUN}` })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Alle Vorgänge anzeigen' }).click();
  await expect(admin.getByRole('link', { name: `Fremder Anruf ${RUN}` })).toBeVisible();
  await expect(admin).not.toHaveURL(/recordId=/);
});

test('a follow-up due now is under "Meine Wiedervorlagen" and leaves it when marked done', async () => {
  const subject = `Angebot nachfassen ${RUN}`;
  await recordEntry(admin, {
    type: 'task',
    subject,
    status: 'open',
    dueAt: new Date().toISOString(),
    assignee: { userId: adminId },
  });
  await admin.goto('/');
  await admin.getByRole('link', { name: 'Wiedervorlagen', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Meine Wiedervorlagen' })).toBeVisible();
  const dueGroups = admin
    .getByRole('region', { name: 'Überfällig' })
    .or(admin.getByRole('region', { name: 'Heute' }));
  await expect(dueGroups.getByRole('link', { name: subject })).toBeVisible();
  await expect(
    admin.getByRole('region', { name: 'Demnächst' }).getByRole('link', { name: subject }),
  ).toHaveCount(0);
  await expectAccessible(admin, 'follow-ups');
  await saveScreenshot(admin, 'follow-ups-de-light');

  // Keyboard: focus "Erledigt", open the dialog, type the outcome, submit with Enter on the button.
  await admin.getByRole('button', { name: `Erledigt: ${subject}` }).focus();
  await admin.keyboard.press('Enter');
  const dialog = admin.getByRole('dialog', { name: 'Vorgang erledigen' });
  await expect(dialog.getByRole('textbox', { name: 'Ergebnis' })).toBeFocused();
  await admin.keyboard.type('Angebot angenommen, Auftrag folgt.');
  await expectAccessible(admin, 'complete dialog');
  await saveScreenshot(admin, 'follow-ups-complete-de-light');
  await dialog.getByRole('button', { name: 'Erledigt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(admin.getByRole('link', { name: subject })).toHaveCount(0);
});

test('a follow-up is moved to tomorrow with the quick choice and handed to a colleague', async () => {
  const subject = `Muster schicken ${RUN}`;
  await recordEntry(admin, {
    type: 'task',
    subject,
    status: 'open',
    dueAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    assignee: { userId: adminId },
  });
  await admin.goto('/follow-ups?scope=mine');
  await expect(
    admin.getByRole('region', { name: 'Überfällig' }).getByRole('link', { name: subject }),
  ).toBeVisible();

  await admin.getByRole('button', { name: `Verschieben: ${subject}` }).click();
  const move = admin.getByRole('dialog', { name: 'Wiedervorlage verschieben' });
  const due = move.getByRole('textbox', { name: 'Neue Fälligkeit' });
  await due.fill('31.02.2026 10:00');
  await move.getByRole('button', { name: 'Verschieben' }).click();
  await expect(move.getByText('Bitte geben Sie Datum und Uhrzeit wie 25.11.2026 14:30 ein.')).toBeVisible();
  await move.getByRole('button', { name: 'Morgen' }).click();
  await expect(due).toHaveValue(/^\d{2}\.\d{2}\.\d{4} 09:00$/);
  await expectAccessible(admin, 'reschedule dialog');
  await move.getByRole('button', { name: 'Verschieben' }).click();
  await expect(move).toHaveCount(0);
  await expect(
    admin.getByRole('region', { name: 'Demnächst' }).getByRole('link', { name: subject }),
  ).toBeVisible();

  await admin.getByRole('button', { name: `Zuweisen: ${subject}` }).click();
  const assign = admin.getByRole('dialog', { name: 'Wiedervorlage zuweisen' });
  await assign
    .getByRole('textbox', { name: 'Zuständig' })
    .or(assign.getByRole('combobox', { name: 'Zuständig' }))
    .click();
  await admin.getByRole('option', { name: colleague.name }).click();
  await assign.getByRole('button', { name: 'Zuweisen' }).click();
  await expect(assign).toHaveCount(0);
  // "Nur für mich": handed on, it is no longer the administrator's.
  await expect(admin.getByRole('link', { name: subject })).toHaveCount(0);
});

test('an administrator adds, renames and switches off a note type', async () => {
  await admin.goto('/');
  await admin.getByRole('link', { name: 'Notizarten', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Notizarten' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Kunde hat bei uns angerufen', exact: true })).toBeVisible();

  await admin.getByRole('button', { name: 'Notizart hinzufügen' }).first().click();
  const dialog = admin.getByRole('dialog', { name: 'Notizart hinzufügen' });
  await dialog.getByRole('textbox', { name: 'Bezeichnung (Deutsch)' }).fill(`Rückruf erbeten ${RUN}`);
  await dialog.getByRole('textbox', { name: 'Bezeichnung (Englisch)' }).fill(`Call-back requested ${RUN}`);
  await dialog
    .getByRole('textbox', { name: 'Art' })
    .or(dialog.getByRole('combobox', { name: 'Art' }))
    .click();
  await admin.getByRole('option', { name: 'Telefonat' }).click();
  await dialog
    .getByRole('textbox', { name: 'Richtung' })
    .or(dialog.getByRole('combobox', { name: 'Richtung' }))
    .click();
  await admin.getByRole('option', { name: 'Eingehend' }).click();
  await expectAccessible(admin, 'note type dialog');
  await saveScreenshot(admin, 'note-types-dialog-de-light');
  await dialog.getByRole('button', { name: 'Notizart hinzufügen' }).click();
  await expect(dialog).toHaveCount(0);
  const row = admin.getByRole('row', { name: new RegExp(`Rückruf erbeten ${RUN}`) });
  await expect(row.getByRole('cell', { name: 'Eingehend', exact: true })).toBeVisible();

  await row.getByRole('button', { name: `Rückruf erbeten ${RUN} bearbeiten` }).click();
  const edit = admin.getByRole('dialog', { name: 'Notizart bearbeiten' });
  await edit.getByRole('textbox', { name: 'Bezeichnung (Deutsch)' }).fill(`Rückruf gewünscht ${RUN}`);
  await edit.getByRole('switch', { name: 'Aktiv' }).uncheck();
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toHaveCount(0);
  const renamed = admin.getByRole('row', { name: new RegExp(`Rückruf gewünscht ${RUN}`) });
  await expect(renamed.getByText('Abgeschaltet')).toBeVisible();
  await expectAccessible(admin, 'note types');
  await saveScreenshot(admin, 'note-types-de-light');
  // Recording no longer offers it; the full list still has it.
  const active = await (await admin.request.get('/api/activity-note-types')).json();
  expect(active.items.map((item: { label: { de: string } }) => item.label.de)).not.toContain(
    `Rückruf gewünscht ${RUN}`,
  );
});

test('an administrator restores a deleted entry', async () => {
  const subject = `Versehentlich gelöscht ${RUN}`;
  const entry = await recordEntry(admin, { type: 'note', subject });
  const deleted = await admin.request.delete(`/api/activities/${entry.id}`, {
    headers: { 'X-CSRF-Token': await csrf(admin) },
  });
  expect(deleted.status()).toBe(204);

  await admin.goto('/activities');
  await expect(admin.getByRole('link', { name: subject })).toHaveCount(0);
  await admin.getByRole('link', { name: 'Gelöschte Vorgänge' }).click();
  await expect(admin.getByRole('heading', { name: 'Gelöschte Vorgänge' })).toBeVisible();
  await expectAccessible(admin, 'deleted entries');
  await saveScreenshot(admin, 'activity-overview-deleted-de-light');
  await admin.getByRole('button', { name: `Wiederherstellen: ${subject}` }).click();
  await expect(admin.getByText(`„${subject}“ wurde wiederhergestellt.`)).toBeVisible();
  await expect(admin.getByRole('cell', { name: subject })).toHaveCount(0);
  await admin.getByRole('link', { name: 'CRM-Übersicht', exact: true }).first().click();
  await expect(admin.getByRole('link', { name: subject })).toBeVisible();
});

test('the overview and the follow-ups read well in dark mode and at phone width', async () => {
  await recordEntry(admin, {
    type: 'task',
    subject: `Telefonliste prüfen ${RUN}`,
    status: 'open',
    dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    assignee: { userId: adminId },
  });
  await admin.emulateMedia({ colorScheme: 'dark' });
  await admin.goto('/activities');
  await expect(admin.getByRole('link', { name: `Telefonliste prüfen ${RUN}` })).toBeVisible();
  await expectAccessible(admin, 'CRM overview, dark');
  await saveScreenshot(admin, 'activity-overview-de-dark');

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto('/follow-ups');
  await expect(
    admin
      .getByRole('region', { name: 'Demnächst' })
      .getByRole('link', { name: `Telefonliste prüfen ${RUN}` }),
  ).toBeVisible();
  await expectAccessible(admin, 'follow-ups, dark, phone');
  await saveScreenshot(admin, 'follow-ups-phone-de-dark');
  await admin.emulateMedia({ colorScheme: 'light' });
  await admin.setViewportSize({ width: 1280, height: 960 });
});
