import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Global search (X1): the spotlight opens with Ctrl+K, "/" or the header button, finds records
// across umlaut spellings and typos, and opens the chosen one with the keyboard.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let contactId = '';

const dialog = () => page.getByRole('dialog', { name: 'Suche' });
const combobox = () => dialog().getByRole('combobox', { name: 'Organisationen und Kontakte durchsuchen' });

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  const org = await createViaApi(page, 'organizations', {
    name: 'Quellwerk Brandauer GmbH',
    addresses: [{ city: 'Passau' }],
  });
  contactId = (
    await createViaApi(page, 'contacts', {
      firstName: 'Adelheid',
      lastName: 'Müller',
      employments: [{ organizationId: org.id }],
    })
  ).id;
});

test.afterAll(async () => {
  await context.close();
});

test('Ctrl+K opens the spotlight; "Mueller" finds Müller under Kontakte; Enter opens her', async () => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(dialog()).toBeVisible();
  await expect(combobox()).toBeFocused();
  await expect(dialog().getByText(/Tippfehler/)).toBeVisible();

  await combobox().fill('Mueller');
  const contacts = dialog().getByRole('group', { name: 'Kontakte' });
  const adelheid = contacts.getByRole('option', { name: /Adelheid Müller/ });
  await expect(adelheid).toBeVisible();
  await expect(adelheid).toContainText('Quellwerk Brandauer GmbH');
  await expectAccessible(page, 'search spotlight');
  await saveScreenshot(page, 'search-spotlight');

  // ↓ walks the options (the first is active from the start) until Adelheid is the active one.
  const adelheidId = await adelheid.getAttribute('id');
  for (let i = 0; i < 10; i++) {
    if ((await combobox().getAttribute('aria-activedescendant')) === adelheidId) break;
    await combobox().press('ArrowDown');
  }
  await expect(adelheid).toHaveAttribute('aria-selected', 'true');
  await combobox().press('Enter');
  await expect(page).toHaveURL(new RegExp(`/contacts/${contactId}$`));
  await expect(dialog()).toBeHidden();
  await expect(page.getByRole('heading', { name: /Adelheid Müller/ })).toBeVisible();
});

test('"/" opens the spotlight outside fields; typos find, nonsense says so; Esc closes', async () => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible();
  await page.locator('body').press('/');
  await expect(combobox()).toBeFocused();
  await combobox().fill('Brandauerr');
  await expect(
    dialog()
      .getByRole('group', { name: 'Organisationen' })
      .getByRole('option', { name: /Quellwerk Brandauer GmbH/ }),
  ).toBeVisible();
  await combobox().fill('xqzvyk');
  await expect(dialog().getByText('Keine Treffer für „xqzvyk“')).toBeVisible();
  await expectAccessible(page, 'search spotlight (no results)');
  await combobox().press('Escape');
  await expect(dialog()).toBeHidden();
});

test('the header button opens the spotlight for mouse users, and f still jumps into a list filter', async () => {
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(combobox()).toBeFocused();
  await expect(combobox()).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog()).toBeHidden();
  await page.locator('body').press('f');
  await expect(page.locator('input[data-list-filter]').first()).toBeFocused();
});
