import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { admin, createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Products (M6) with their category tree and suppliers, and campaigns (M8) with period and budget.
// The steps build on each other; every record has a name of its own, so the file runs alone as
// well as after the other spec files.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const SUPPLIER = 'Kesselhaus Pumpenwerk GmbH';
const TOP = 'Fördertechnik';
const SUB = 'Kreiselpumpen';
const PRODUCT = 'Kreiselpumpe KP-7';
const CAMPAIGN = 'Frühjahrsmesse Pumpen 2027';

/** Mantine's selects are comboboxes or textboxes depending on their search; either will do. */
const field = (scope: Page | Locator, name: string) =>
  scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
const rows = () => page.locator('tbody tr');

/** Success toasts would cover the header actions in review screenshots. */
async function closeNotifications() {
  const close = page.locator('.mantine-Notification-root button');
  // One at a time: closing one re-renders the others, and some close by themselves meanwhile.
  for (let tries = 0; tries < 10 && (await close.count()) > 0; tries++) {
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
  }
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  await createViaApi(page, 'organizations', { name: SUPPLIER, relationships: ['supplier'] });
});

test.afterAll(async () => {
  await context.close();
});

test('categories: a top-level category and one below it, shown as a tree with paths', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Produkte', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Produkte', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Kategorien' }).click();
  await expect(page.getByRole('heading', { name: 'Produktkategorien', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Kategorie anlegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neue Kategorie' });
  await dialog.getByRole('button', { name: 'Kategorie anlegen' }).click();
  await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(TOP);
  await dialog.getByRole('textbox', { name: 'Name' }).press('Control+s');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: `Unterkategorie von ${TOP} anlegen` }).click();
  await expect(field(dialog, 'Übergeordnete Kategorie')).toHaveValue(TOP);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(SUB);
  await expectAccessible(page, 'new subcategory dialog');
  await dialog.getByRole('button', { name: 'Kategorie anlegen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('cell', { name: `${TOP} › ${SUB}` })).toBeVisible();

  // A category cannot move below its own subcategory: that choice is not offered.
  await page.getByRole('button', { name: `${TOP} umbenennen oder verschieben` }).click();
  const edit = page.getByRole('dialog', { name: 'Kategorie umbenennen oder verschieben' });
  await field(edit, 'Übergeordnete Kategorie').click();
  await expect(page.getByRole('option', { name: new RegExp(SUB) })).toBeDisabled();
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Abbrechen' }).click();
  await expectAccessible(page, 'product categories');
  await closeNotifications();
  await saveScreenshot(page, 'product-categories-de-light');
});

test('a product with category, supplier and the price 1.234,56 lands on its detail page', async () => {
  await page.goto('/products');
  await page.getByRole('link', { name: 'Neues Produkt' }).first().click();
  await expect(page.getByRole('heading', { name: 'Neues Produkt', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Produkt anlegen' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(PRODUCT);
  await page.getByRole('textbox', { name: 'Artikelnummer' }).fill('KP-7-E2E');
  await field(page, 'Art').click();
  await page.getByRole('option', { name: 'Lagerartikel' }).click();
  await field(page, 'Kategorie').click();
  await page.getByRole('option', { name: new RegExp(`^${SUB}`) }).click();
  await expect(field(page, 'Kategorie')).toHaveValue(`${TOP} › ${SUB}`);
  await field(page, 'Lieferanten').fill('Kesselhaus');
  await page.getByRole('option', { name: SUPPLIER }).click();
  await field(page, 'Lieferanten').press('Escape');
  await page.getByRole('textbox', { name: 'Listenpreis (netto)' }).fill('1.234,56');
  await expect(page.getByText('1.469,13 € je Stk')).toBeVisible();
  await expectAccessible(page, 'new product');
  await saveScreenshot(page, 'product-new-de-light');

  await page.getByRole('textbox', { name: 'Listenpreis (netto)' }).press('Control+s');
  await expect(page).toHaveURL(/\/products\/[^/]+$/);
  await expect(page.getByRole('heading', { name: PRODUCT, level: 1 })).toBeVisible();
  await expect(page.getByText('1.234,56 € je Stk', { exact: true })).toBeVisible();
  await expect(page.getByText('1.469,13 €', { exact: true })).toBeVisible();
  await expect(page.getByText(`${TOP} › ${SUB}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: SUPPLIER })).toHaveAttribute('href', /\/organizations\//);
  await expectAccessible(page, 'product detail');
  await closeNotifications();
  await saveScreenshot(page, 'product-detail-de-light');
});

test('the product list finds the product by the filter language and opens it', async () => {
  await page.goto('/products');
  const nameFilter = page.getByRole('textbox', { name: 'Filter: Name' });
  await nameFilter.fill('Kreiselpumpe KP*');
  await nameFilter.press('Enter');
  await expect(page).toHaveURL(/filter\.name=/);
  await expect(rows().filter({ hasText: PRODUCT })).toHaveCount(1);
  await expect(rows().filter({ hasText: PRODUCT })).toContainText('1.234,56 €');
  await expect(rows().filter({ hasText: PRODUCT })).toContainText(SUB);

  const priceFilter = page.getByRole('textbox', { name: 'Filter: Listenpreis' });
  await priceFilter.fill('>2000');
  await priceFilter.press('Enter');
  await expect(page.getByText('Keine Treffer für diese Filter')).toBeVisible();
  await priceFilter.fill('>=1234,56');
  await priceFilter.press('Enter');
  await expect(rows().filter({ hasText: PRODUCT })).toHaveCount(1);
  await expectAccessible(page, 'products (filtered)');
  await saveScreenshot(page, 'products-filtered-de-light');

  // Products have neither owner nor tags: the bulk actions offer deleting only.
  await page.getByRole('checkbox', { name: `Auswählen: ${PRODUCT}` }).check();
  const bulk = page.getByRole('region', { name: 'Aktionen für die Auswahl' });
  await expect(bulk.getByRole('button', { name: 'Löschen' })).toBeVisible();
  await expect(bulk.getByRole('button', { name: 'Schlagwort hinzufügen' })).toHaveCount(0);
  await expect(bulk.getByRole('button', { name: 'Betreuer zuweisen' })).toHaveCount(0);
  await bulk.getByRole('button', { name: 'Auswahl aufheben' }).click();

  await rows().filter({ hasText: PRODUCT }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: PRODUCT, level: 1 })).toBeVisible();
});

test('editing the price and tax rate shows in the detail and in the history', async () => {
  await page.keyboard.press('e');
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByRole('heading', { name: `${PRODUCT} bearbeiten` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Listenpreis (netto)' })).toHaveValue('1.234,56');
  await expect(page.locator('.mantine-Pill-label', { hasText: SUPPLIER })).toBeVisible();
  await page.getByRole('textbox', { name: 'Listenpreis (netto)' }).fill('1.300');
  await field(page, 'Steuersatz').click();
  await page.getByRole('option', { name: /^7\s%$/ }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page).toHaveURL(/\/products\/[^/]+$/);
  await expect(page.getByText('1.300,00 € je Stk', { exact: true })).toBeVisible();
  await expect(page.getByText('1.391,00 €', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Verlauf' }).click();
  const entry = page.getByRole('listitem').filter({ hasText: 'Listenpreis' });
  await expect(entry).toContainText('1.234,56 €');
  await expect(entry).toContainText('1.300,00 €');
  await expect(entry).toContainText(admin.name);
  await expectAccessible(page, 'product history');
});

test('a category still in use cannot be deleted: the server says why', async () => {
  await page.goto('/products/categories');
  await page.getByRole('button', { name: `${SUB} löschen` }).click();
  const confirm = page.getByRole('dialog', { name: 'Kategorie löschen?' });
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(
    page.getByText(
      'Die Kategorie enthält noch Produkte oder Unterkategorien und kann nicht gelöscht werden.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: SUB, exact: true })).toBeVisible();
});

test('a campaign with a wrong period is refused with a message, then saved with period and budget', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kampagnen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kampagnen', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Neue Kampagne' }).first().click();
  await expect(page.getByRole('heading', { name: 'Neue Kampagne', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(CAMPAIGN);
  await field(page, 'Kanal').click();
  await page.getByRole('option', { name: 'Messe' }).click();
  await page.getByRole('textbox', { name: 'Beginn' }).fill('10.03.2027');
  const end = page.getByRole('textbox', { name: 'Ende' });
  await end.fill('09.03.2027');
  await page.getByRole('textbox', { name: 'Budget' }).fill('12.500');
  await page.getByRole('textbox', { name: 'Ist-Kosten' }).fill('3.000,50');
  await end.press('Control+s');
  await expect(page.getByText('Das Ende darf nicht vor dem Beginn liegen.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/campaigns\/new$/);
  await expectAccessible(page, 'new campaign with a wrong period');
  await saveScreenshot(page, 'campaign-new-period-error-de-light');

  // The server refuses the same period on its own, with the same words.
  const session = await (await page.request.get('/api/auth/session')).json();
  const refused = await page.request.post('/api/campaigns', {
    headers: { 'X-CSRF-Token': session.csrfToken, 'Accept-Language': 'de' },
    data: { name: CAMPAIGN, channel: 'trade-fair', startsOn: '2027-03-10', endsOn: '2027-03-09' },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors).toEqual([
    expect.objectContaining({ path: 'endsOn', message: 'Das Ende darf nicht vor dem Beginn liegen.' }),
  ]);

  await end.fill('14.03.2027');
  await page.getByRole('button', { name: 'Kampagne anlegen' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[^/]+$/);
  await expect(page.getByRole('heading', { name: CAMPAIGN, level: 1 })).toBeVisible();
  await expect(page.getByText('10.03.2027 – 14.03.2027', { exact: false })).toBeVisible();
  await expect(page.getByText('12.500,00 €', { exact: true })).toBeVisible();
  await expect(page.getByText('3.000,50 €', { exact: true })).toBeVisible();
  await expect(page.getByText(/^24\s% des Budgets verbraucht$/)).toBeVisible();
  await expect(page.getByText('9.499,50 € übrig')).toBeVisible();
  await expect(page.getByText('5 Tage')).toBeVisible();
  await expectAccessible(page, 'campaign detail');
  await closeNotifications();
  await saveScreenshot(page, 'campaign-detail-de-light');
});

test('the campaign appears in the list and is deleted after asking', async () => {
  await page.goto('/campaigns');
  await expect(rows().filter({ hasText: CAMPAIGN })).toContainText('12.500,00 €');
  await expectAccessible(page, 'campaigns');
  await rows().filter({ hasText: CAMPAIGN }).getByRole('link').click();
  await page.getByRole('button', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Kampagne löschen?' });
  await expect(confirm).toContainText(CAMPAIGN);
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByText(`${CAMPAIGN} wurde gelöscht.`)).toBeVisible();
  await expect(rows().filter({ hasText: CAMPAIGN })).toHaveCount(0);
});
