import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { admin, createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// One server, one database: the steps build on each other.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;

async function openUserMenu() {
  await page.getByRole('button', { name: /Benutzermenü|user menu/ }).click();
}

const rows = () => page.locator('tbody tr');

/** Success toasts would cover the header actions in review screenshots. */
async function closeNotifications() {
  for (const button of await page.locator('.mantine-Notification-root button').all()) await button.click();
}
const nameFilter = () => page.getByRole('textbox', { name: 'Filter: Name' });

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('organisations: the empty list says what it is for and offers the first one', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Organisationen', exact: true }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Organisationen' })).toBeVisible();
  await expectAccessible(page, 'organisations (empty)');
});

test('create an organisation with an address and land on its detail page', async () => {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Neue Organisation' }).first().click();
  await expect(page.getByRole('heading', { name: 'Neue Organisation', level: 1 })).toBeVisible();

  // Inline validation first, then a field error only the server knows (an invalid VAT id).
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Müller Maschinenbau GmbH');
  await page.getByRole('combobox', { name: 'Beziehung' }).click();
  await page.getByRole('option', { name: 'Kunde' }).click();
  await page.getByRole('combobox', { name: 'Beziehung' }).press('Escape');
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await page.getByRole('textbox', { name: 'Branche' }).fill('Handel');
  await page.getByRole('textbox', { name: 'Zahlungsziel (Tage)' }).fill('30');
  await page.getByRole('textbox', { name: 'Kreditlimit' }).fill('12345,67');
  await page.getByRole('textbox', { name: 'Straße' }).fill('Industriestraße');
  await page.getByRole('textbox', { name: 'Hausnummer' }).fill('12');
  await page.getByRole('textbox', { name: 'PLZ' }).fill('70173');
  await page.getByRole('textbox', { name: 'Ort', exact: true }).fill('Stuttgart');
  const vatId = page.getByRole('textbox', { name: 'USt-IdNr.' });
  await vatId.fill('DE12');
  await vatId.press('Control+s');
  await expect(vatId).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new organisation with field error');
  await saveScreenshot(page, 'organization-new-de-light');

  await vatId.fill('');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();

  await expect(page).toHaveURL(/\/organizations\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Müller Maschinenbau GmbH', level: 1 })).toBeVisible();
  await expect(page.getByText('Industriestraße 12')).toBeVisible();
  await expect(page.getByText('70173 Stuttgart')).toBeVisible();
  await expect(page.getByText('12.345,67 €')).toBeVisible();
  await expect(page.getByText('30 Tage')).toBeVisible();
  await expectAccessible(page, 'organisation detail');
  await closeNotifications();
  await saveScreenshot(page, 'organization-detail-de-light');
});

test('an edited field shows in the history tab: who, when, old → new', async () => {
  await page.keyboard.press('e');
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByRole('heading', { name: 'Müller Maschinenbau GmbH bearbeiten' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Branche' }).fill('Maschinenbau');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/organizations\/[^/]+$/);
  await expect(page.getByText('Maschinenbau', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Verlauf' }).click();
  const entry = page.getByRole('listitem').filter({ hasText: 'Branche' });
  await expect(entry).toContainText('Handel');
  await expect(entry).toContainText('Maschinenbau');
  await expect(entry).toContainText(admin.name);
  await expectAccessible(page, 'organisation history');
  await closeNotifications();
  await saveScreenshot(page, 'organization-history-de-light');
});

test('leaving a form with unsaved changes asks first', async () => {
  await page.getByRole('tab', { name: 'Übersicht' }).click();
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.getByRole('textbox', { name: 'Branche' }).fill('Etwas anderes');
  await page.getByRole('textbox', { name: 'Branche' }).press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'unsaved changes');
  await dialog.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.getByRole('link', { name: 'Organisationen', exact: true }).click();
  await dialog.getByRole('button', { name: 'Verwerfen und verlassen' }).click();
  await expect(page).toHaveURL(/\/organizations$/);
});

test('list: filter by name in the filter language, a malformed filter, sort, and the view kept in the URL', async () => {
  await createViaApi(page, 'organizations', {
    name: 'Meier & Söhne KG',
    relationships: ['supplier'],
    paymentTermsDays: 14,
  });
  await createViaApi(page, 'organizations', {
    name: 'Schmidt Logistik AG',
    relationships: ['prospect'],
    creditLimitCents: 500000,
  });
  await page.goto('/organizations');
  await expect(rows()).toHaveCount(3);

  await nameFilter().fill('Mül*|Mei*');
  await expect(rows()).toHaveCount(2);
  await expect(page).toHaveURL(/filter\.name=/);
  await expect(rows().filter({ hasText: 'Müller Maschinenbau GmbH' })).toHaveCount(1);
  await expect(rows().filter({ hasText: 'Meier & Söhne KG' })).toHaveCount(1);

  // Another column from the chooser, and a filter the server cannot read.
  await page.getByRole('button', { name: 'Spalten' }).click();
  const termsColumn = page.getByRole('checkbox', { name: 'Zahlungsziel (Tage)' });
  await termsColumn.click();
  await expect(termsColumn).toBeChecked();
  await page.keyboard.press('Escape');
  const terms = page.getByRole('textbox', { name: 'Filter: Zahlungsziel (Tage)' });
  await terms.fill('>=zwanzig');
  await expect(terms).toHaveAttribute('aria-invalid', 'true');
  await expect(terms).toHaveAccessibleDescription(/\S/);
  await expect(rows()).toHaveCount(2);
  await expectAccessible(page, 'organisations with a filter error');
  await saveScreenshot(page, 'organizations-filter-error-de-light');
  await terms.fill('');
  await expect(terms).not.toHaveAttribute('aria-invalid', 'true');

  const nameHeader = page.getByRole('columnheader', { name: /^Name/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows().first()).toContainText('Meier');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-name/);
  await expect(rows().first()).toContainText('Müller');

  await page.reload();
  await expect(nameFilter()).toHaveValue('Mül*|Mei*');
  await expect(rows()).toHaveCount(2);
  await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: /^Zahlungsziel/ })).toBeVisible();
  await expect(rows().first()).toContainText('Müller');
  await expectAccessible(page, 'organisations (filtered)');
  await saveScreenshot(page, 'organizations-de-light');

  // Rows open the detail page; back returns to the same filtered list.
  await rows().first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Müller Maschinenbau GmbH', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(nameFilter()).toHaveValue('Mül*|Mei*');
  await expect(rows()).toHaveCount(2);

  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(rows()).toHaveCount(3);
  await expect(nameFilter()).toHaveValue('');
});

test('list keyboard: f jumps into the first filter, n opens a new organisation, Esc goes back', async () => {
  await page.goto('/organizations');
  await expect(rows()).toHaveCount(3);
  await page.locator('body').press('f');
  await expect(nameFilter()).toBeFocused();
  await nameFilter().blur();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await page.getByRole('textbox', { name: 'Name', exact: true }).press('Escape');
  await expect(page).toHaveURL(/\/organizations$/);
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('g');
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/organizations$/);
});

test('English and dark: list and detail', async () => {
  await page.goto('/organizations');
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('heading', { name: 'Organisations', level: 1 })).toBeVisible();
  await expect(rows().filter({ hasText: 'Schmidt Logistik AG' })).toContainText('Prospect');
  await expectAccessible(page, 'organisations (English, dark)');
  await saveScreenshot(page, 'organizations-en-dark');

  await rows().filter({ hasText: 'Müller' }).getByRole('link').click();
  await expect(page.getByText('€12,345.67')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'History' })).toBeVisible();
  await expectAccessible(page, 'organisation detail (English, dark)');
  await saveScreenshot(page, 'organization-detail-en-dark');

  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('tab', { name: 'Verlauf' })).toBeVisible();
});

test('detail page works at phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Müller Maschinenbau GmbH', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bearbeiten' })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'organisation detail (phone)');
  await saveScreenshot(page, 'organization-detail-de-phone');
  await page.setViewportSize({ width: 1280, height: 960 });
});

test('unknown or hidden organisations show a friendly page; delete asks first', async () => {
  await page.goto('/organizations/gibt-es-nicht');
  await expect(page.getByRole('heading', { name: 'Organisation nicht gefunden' })).toBeVisible();
  await expectAccessible(page, 'organisation not found');

  const doomed = await createViaApi(page, 'organizations', { name: 'Löschmich GmbH' });
  await page.goto(`/organizations/${doomed.id}`);
  await page.getByRole('button', { name: 'Löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisation löschen?' });
  await expectAccessible(page, 'delete organisation');
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(rows()).toHaveCount(3);
  await expect(page.getByText('Löschmich GmbH', { exact: true })).toHaveCount(0);
});
