import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// A quotation from first line to order: the steps build on each other.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const customer = `Angebotskunde ${Date.now()} GmbH`;
let firstVersionUrl = '';

/** Success toasts would cover the header actions; some close by themselves meanwhile. */
async function closeNotifications() {
  const close = page.locator('.mantine-Notification-root button');
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

/** Money as de-DE prints it: "271,95 €" with a no-break space. */
const euros = (amount: string) => new RegExp(`${amount.replace('.', '\\.')}\\s€`);

async function confirmAction(name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  await createViaApi(page, 'organizations', {
    name: customer,
    relationships: ['customer'],
    addresses: [
      {
        type: 'billing',
        street: 'Hauptstraße',
        houseNumber: '1',
        postalCode: '80331',
        city: 'München',
        countryCode: 'DE',
      },
    ],
  });
});

test.afterAll(async () => {
  await context.close();
});

test('a quotation with two tax rates shows exact totals while typing and saves as a draft', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Angebote', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Angebote', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Neues Angebot' }).first().click();
  await expect(page.getByRole('heading', { name: 'Neues Angebot', level: 1 })).toBeVisible();

  const organization = page.getByRole('combobox', { name: 'Organisation' });
  await organization.fill(customer.slice(0, 14));
  await page.getByRole('option', { name: customer }).click();

  // German notation throughout: "1,5" hours at 120,00 € (19 %), 3 books at 19,99 € less 10 % (7 %).
  await page.getByRole('textbox', { name: 'Beschreibung, Position 1' }).fill('Beratung vor Ort');
  await page.getByRole('textbox', { name: 'Menge, Position 1' }).fill('1,5');
  await page.getByRole('textbox', { name: 'Einheit, Position 1' }).fill('Std');
  await page.getByRole('textbox', { name: 'Einzelpreis, Position 1' }).fill('120,00');
  await expect(page.getByTestId('line-1-net')).toHaveText(euros('180,00'));
  // Enter in the last cell starts the next position with the focus in its description.
  await page.getByRole('combobox', { name: 'USt., Position 1' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Beschreibung, Position 2' })).toBeFocused();
  await page.keyboard.type('Handbuch');
  await page.getByRole('textbox', { name: 'Menge, Position 2' }).fill('3');
  await page.getByRole('textbox', { name: 'Einzelpreis, Position 2' }).fill('19,99');
  await page.getByRole('textbox', { name: 'Rabatt %, Position 2' }).fill('10');
  await page.getByRole('combobox', { name: 'USt., Position 2' }).selectOption('7');

  // A malformed quantity is named at its cell and keeps the line out of the totals.
  await page.getByRole('textbox', { name: 'Menge, Position 2' }).fill('3,');
  await page.getByRole('textbox', { name: 'Menge, Position 2' }).blur();
  await expect(page.getByText('Bitte eine Menge wie 1,5 eingeben.')).toBeVisible();
  await expect(page.getByTestId('total-gross')).toContainText(euros('214,20'));
  await page.getByRole('textbox', { name: 'Menge, Position 2' }).fill('3');
  await expect(page.getByText('Bitte eine Menge wie 1,5 eingeben.')).toBeHidden();

  // 53,973 € rounds to 53,97 €; VAT once per rate: 34,20 € and 3,78 €.
  await expect(page.getByTestId('line-2-net')).toHaveText(euros('53,97'));
  await expect(page.getByTestId('total-net')).toContainText(euros('233,97'));
  await expect(page.getByTestId('total-vat-19')).toContainText('zzgl. 19 % USt. auf 180,00');
  await expect(page.getByTestId('total-vat-19')).toContainText(euros('34,20'));
  await expect(page.getByTestId('total-vat-7')).toContainText('zzgl. 7 % USt. auf 53,97');
  await expect(page.getByTestId('total-vat-7')).toContainText(euros('3,78'));
  await expect(page.getByTestId('total-gross')).toContainText(euros('271,95'));

  // Alt+↑ moves the line up, and back with Alt+↓.
  await page.getByRole('textbox', { name: 'Einheit, Position 2' }).press('Alt+ArrowUp');
  await expect(page.getByRole('textbox', { name: 'Beschreibung, Position 1' })).toHaveValue('Handbuch');
  await expect(page.getByRole('textbox', { name: 'Einheit, Position 1' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Beschreibung, Position 1' })).toHaveValue(
    'Beratung vor Ort',
  );

  await expectAccessible(page, 'new quotation');
  await saveScreenshot(page, 'quotation-editor');

  await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  await expect(page).toHaveURL(/\/quotations\/[^/]+$/);
  await expect(page.getByTestId('quotation-number')).toHaveText(/^Angebot ANG-\d{4}-\d{5}$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Entwurf');
  await expect(page.getByTestId('total-gross')).toContainText(euros('271,95'));
  firstVersionUrl = page.url();
});

test('submitting makes it open; its PDF carries the same gross total', async () => {
  await confirmAction('Absenden');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Offen');
  // Submitted quotations change only through a new version.
  await expect(page.getByRole('button', { name: 'Bearbeiten' })).toBeDisabled();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF herunterladen' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-quotation-')), 'angebot.pdf');
  await download.saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('271,95');
  expect(text).toContain(customer);

  await closeNotifications();
  await expectAccessible(page, 'open quotation');
  await saveScreenshot(page, 'quotation-open');
});

test('a new version supersedes the old one, which stays readable', async () => {
  await page.getByRole('button', { name: 'Neue Version' }).click();
  await expect(page).not.toHaveURL(firstVersionUrl);
  await expect(page.getByTestId('quotation-number')).toHaveText(/-2$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Entwurf');
  const versions = page.getByTestId('quotation-versions');
  await expect(versions.getByTestId('version-1')).toContainText('Ersetzt');
  await expect(versions.getByTestId('version-2')).toContainText('Entwurf');

  await versions.getByTestId('version-1').getByRole('link').click();
  await expect(page).toHaveURL(firstVersionUrl);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Ersetzt');
  // Only the newest version can be ordered; the reason is given.
  await expect(page.getByRole('button', { name: 'Beauftragen' })).toBeDisabled();
  await page.getByTestId('quotation-versions').getByTestId('version-2').getByRole('link').click();
  await expect(page.getByTestId('quotation-number')).toHaveText(/-2$/);
});

test('ordering the newest version lands on its booked sales order', async () => {
  await confirmAction('Absenden');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Offen');
  await confirmAction('Beauftragen');
  await expect(page).toHaveURL(/\/orders\/[^/]+$/);
  await expect(page.getByTestId('order-number')).toHaveText(/^Auftrag AUF-\d{4}-\d{5}$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Gebucht');
  await expect(page.getByTestId('total-gross')).toContainText(euros('271,95'));
  await expect(page.getByRole('link', { name: /ANG-\d{4}-\d{5}-2/ })).toBeVisible();
  await closeNotifications();
  await expectAccessible(page, 'sales order');
  await saveScreenshot(page, 'sales-order');

  await page.getByRole('link', { name: /ANG-\d{4}-\d{5}-2/ }).click();
  await expect(page.getByTestId('status-badge').first()).toHaveText('Bestellt');
});
