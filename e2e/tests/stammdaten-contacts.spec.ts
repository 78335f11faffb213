import fs from 'node:fs/promises';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Contacts (M2, M3), duplicates and merge (M4), bulk actions and export (X2, M5). Runs after
// kontor.spec.ts and organizations.spec.ts (file order) and only counts rows it made itself.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;

async function openUserMenu() {
  await page.getByRole('button', { name: /Benutzermenü|user menu/ }).click();
}

async function closeNotifications() {
  for (const button of await page.locator('.mantine-Notification-root button').all()) await button.click();
}

const rows = () => page.locator('tbody tr');
const EMAIL = 'petra.kessler@kessler-werkzeug.de';
let petraId = '';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('a contact employed at an organisation without an own address inherits and marks its address', async () => {
  await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'organizations', {
    name: 'Kessler Werkzeugbau GmbH',
    relationships: ['customer'],
    addresses: [
      { type: 'billing', street: 'Hafenstraße', houseNumber: '3', postalCode: '20457', city: 'Hamburg' },
    ],
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Kontakte' })).toBeVisible();
  await expectAccessible(page, 'contacts (empty)');

  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/contacts\/new$/);
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Vorname' }).fill('Petra');
  await page.getByRole('textbox', { name: 'Nachname' }).fill('Kessler');
  await page.getByRole('textbox', { name: 'E-Mail-Adresse 1' }).fill(EMAIL);
  await page.getByRole('textbox', { name: 'Geburtstag' }).fill('31.2.1980');
  await page.getByRole('button', { name: 'Beschäftigung hinzufügen' }).click();
  const organization = page
    .getByRole('textbox', { name: 'Organisation' })
    .or(page.getByRole('combobox', { name: 'Organisation' }));
  await organization.fill('Kessler');
  await page.getByRole('option', { name: 'Kessler Werkzeugbau GmbH' }).click();
  await page.getByRole('textbox', { name: 'Position' }).fill('Einkaufsleiterin');
  await page.getByRole('switch', { name: /^Hauptkontakt/ }).check();
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  // A date that does not exist is caught at the field.
  await expect(page.getByRole('textbox', { name: 'Geburtstag' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new contact with a field error');
  await page.getByRole('textbox', { name: 'Geburtstag' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'contact-new-de-light');
  await page.getByRole('textbox', { name: 'Geburtstag' }).fill('12.5.1980');
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();

  await expect(page.getByRole('heading', { name: 'Petra Kessler', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
  petraId = page.url().split('/').pop() ?? '';
  await expect(page.getByRole('link', { name: EMAIL }).first()).toHaveAttribute('href', `mailto:${EMAIL}`);
  await expect(page.getByText('Von der Organisation übernommen')).toBeVisible();
  await expect(page.getByText('Hafenstraße 3').first()).toBeVisible();
  const preview = page.getByRole('figure', { name: 'Anschriftfeld (DIN 5008)' });
  await expect(preview).toContainText('Kessler Werkzeugbau GmbH');
  await expect(preview).toContainText('Petra Kessler');
  await expect(preview).toContainText('20457 Hamburg');
  await expect(page.getByText('12.05.1980')).toBeVisible();
  await expectAccessible(page, 'contact detail');
  await closeNotifications();
  await saveScreenshot(page, 'contact-detail-de-light');

  // The organisation lists the contact, marked as its main contact.
  await page.getByRole('link', { name: 'Kessler Werkzeugbau GmbH' }).first().click();
  await page.getByRole('tab', { name: /Kontakte/ }).click();
  const contactRow = rows().filter({ hasText: 'Petra Kessler' });
  await expect(contactRow).toContainText('Hauptkontakt');
  await expect(contactRow).toContainText('Einkaufsleiterin');
  await expect(page.getByRole('link', { name: 'Kontakt hinzufügen' })).toBeVisible();
  await expectAccessible(page, 'organisation contacts tab');
});

test('entering a contact with a known e-mail address shows the duplicate, without blocking', async () => {
  await page.goto('/contacts/new');
  await page.getByRole('textbox', { name: 'Nachname' }).fill('Keßler');
  await page.getByRole('textbox', { name: 'E-Mail-Adresse 1' }).fill(EMAIL.toUpperCase());
  const hint = page.getByRole('status').filter({ hasText: 'Möglicherweise gibt es diesen Datensatz schon' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('gleiche E-Mail-Adresse');
  await expect(hint.getByRole('link', { name: /Petra Kessler/ })).toHaveAttribute(
    'href',
    `/contacts/${petraId}`,
  );
  await expect(page.getByRole('button', { name: 'Kontakt anlegen' })).toBeEnabled();
  await expectAccessible(page, 'new contact with a duplicate hint');
  await saveScreenshot(page, 'contact-duplicate-de-light');
  await page.getByRole('textbox', { name: 'Nachname' }).press('Escape');
  await page
    .getByRole('dialog', { name: 'Ungespeicherte Änderungen' })
    .getByRole('button', { name: 'Verwerfen und verlassen' })
    .click();
});

test('merge two duplicates from the detail page and land on the kept one', async () => {
  const duplicate = await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'contacts', {
    firstName: 'Petra',
    lastName: 'Keßler',
    emails: [{ type: 'private', address: EMAIL }],
    phones: [{ type: 'mobile', number: '0171 2345678' }],
  });
  await page.goto(`/contacts/${petraId}`);
  await page.getByRole('button', { name: 'Zusammenführen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dubletten zusammenführen' });
  await expect(dialog.getByText('Bleibt', { exact: true })).toBeVisible();
  await expect(dialog).toContainText('Petra Keßler');
  await expect(dialog).toContainText('1 Telefonnummer');
  await expectAccessible(page, 'merge contacts');
  await saveScreenshot(page, 'contact-merge-de-light');
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();

  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/contacts/${petraId}$`));
  await expect(page.getByRole('heading', { name: 'Petra Kessler', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '0171 2345678' }).first()).toBeVisible();
  const gone = await page.request.get(`/api/contacts/${duplicate.id}`);
  expect(gone.status()).toBe(404);
});

test('contact list: birthday range, name patterns, a malformed filter and CSV export', async () => {
  await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'contacts', {
    firstName: 'Anna',
    lastName: 'Müller',
    birthday: '1970-02-28',
  });
  await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'contacts', {
    firstName: 'Bernd',
    lastName: 'Meier',
    birthday: '1970-03-15',
  });
  await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'contacts', {
    firstName: 'Carla',
    lastName: 'Schulz',
    birthday: '1970-04-01',
  });
  await page.goto('/organizations');
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(rows()).toHaveCount(4);

  await page.getByRole('button', { name: 'Spalten' }).click();
  await page.getByRole('checkbox', { name: 'Geburtstag' }).click();
  await page.keyboard.press('Escape');
  const birthday = page.getByRole('textbox', { name: 'Filter: Geburtstag' });
  await birthday.fill('>=1.3.1970&<1.4.1970');
  await expect(rows()).toHaveCount(1);
  await expect(rows().first()).toContainText('Bernd Meier');
  await expect(rows().first()).toContainText('15.03.1970');

  await birthday.fill('>=32.13.1970');
  await expect(birthday).toHaveAttribute('aria-invalid', 'true');
  await expect(birthday).toHaveAccessibleDescription(/\S/);
  await expect(rows()).toHaveCount(1);
  await expectAccessible(page, 'contacts with a filter error');
  await birthday.fill('');
  await expect(rows()).toHaveCount(4);

  const name = page.getByRole('textbox', { name: 'Filter: Name' });
  await name.fill('Mül*|Mei*');
  await expect(rows()).toHaveCount(2);
  await expect(rows().filter({ hasText: 'Anna Müller' })).toHaveCount(1);
  await expect(rows().filter({ hasText: 'Bernd Meier' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  const download = await downloading;
  const file = await download.path();
  const lines = (await fs.readFile(file, 'utf8'))
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('Name');
  expect(lines[0]).toContain('Geburtstag');
  expect(lines.slice(1).join('\n')).toContain('Müller');
  expect(lines.slice(1).join('\n')).toContain('Meier');
  expect(lines.slice(1).join('\n')).not.toContain('Schulz');

  await name.fill('');
  await expect(rows()).toHaveCount(4);
  await expectAccessible(page, 'contacts');
  await saveScreenshot(page, 'contacts-de-light');
});

test('select two organisations and add a tag in bulk', async () => {
  const alpha = await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'organizations', {
    name: 'Bulk Alpha GmbH',
  });
  const beta = await createViaApi<{ id: string; name: string; tags: string[] }>(page, 'organizations', {
    name: 'Bulk Beta GmbH',
  });
  await page.goto('/organizations?filter.name=Bulk*');
  await expect(rows()).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Auswählen: Bulk Alpha GmbH' }).check();
  await page.getByRole('checkbox', { name: 'Auswählen: Bulk Beta GmbH' }).check();
  const bar = page.getByRole('region', { name: 'Aktionen für die Auswahl' });
  await expect(bar).toContainText('2 ausgewählt');
  await expect(page.getByRole('checkbox', { name: 'Alle geladenen Zeilen auswählen' })).toBeChecked();
  await expectAccessible(page, 'organisations with a selection');
  await saveScreenshot(page, 'organizations-bulk-de-light');
  await bar.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: /Schlagwort zu 2 Organisationen hinzufügen/ });
  await dialog.getByRole('textbox', { name: 'Schlagwort' }).fill('Messe 2026');
  await dialog.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
  await expect(page.getByText('Schlagwort bei 2 Datensätzen hinzugefügt.')).toBeVisible();
  await expect(bar).toBeHidden();
  for (const id of [alpha.id, beta.id]) {
    const organization = await (await page.request.get(`/api/organizations/${id}`)).json();
    expect(organization.tags).toContain('Messe 2026');
  }

  // Deleting in bulk names the count and asks first.
  await page.getByRole('checkbox', { name: 'Alle geladenen Zeilen auswählen' }).check();
  await bar.getByRole('button', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: '2 Organisationen löschen?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: '2 Organisationen löschen' }).click();
  await expect(page.getByText('Keine Treffer für diese Filter')).toBeVisible();
});

test('English and dark: contact list and detail', async () => {
  await page.goto('/contacts');
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(rows()).toHaveCount(4);
  await expectAccessible(page, 'contacts (English, dark)');
  await saveScreenshot(page, 'contacts-en-dark');

  await rows().filter({ hasText: 'Petra Kessler' }).getByRole('link').first().click();
  await expect(page.getByText('Inherited from the organisation')).toBeVisible();
  await expect(page.getByText('12/05/1980')).toBeVisible();
  await expectAccessible(page, 'contact detail (English, dark)');
  await saveScreenshot(page, 'contact-detail-en-dark');

  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('tab', { name: 'Verlauf' })).toBeVisible();
});

test('contact detail works at phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/contacts/${petraId}`);
  await expect(page.getByRole('heading', { name: 'Petra Kessler', level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'contact detail (phone)');
  await saveScreenshot(page, 'contact-detail-de-phone');
  await page.setViewportSize({ width: 1280, height: 960 });
});
