import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Saved views (X2): filter the contact list, save it as a view, go back to "Alle", choose the view
// again, change and save it, share it with a team and use it as a member of that team. Only counts
// the rows it made itself, so it runs alone and after the other spec files.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const VIEW = 'Ansichtl-Kontakte';
const colleague = {
  email: 'vera.views@example.com',
  name: 'Vera Views',
  password: 'ansichten-sind-praktisch',
};

const nameFilter = () => page.getByRole('textbox', { name: 'Filter: Name' });
const viewMenu = (name: string) => page.getByRole('button', { name: `Ansicht: ${name}`, exact: true });

async function csrf(target: Page): Promise<string> {
  return (await (await target.request.get('/api/auth/session')).json()).csrfToken;
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  for (const [firstName, lastName] of [
    ['Otto', 'Ansichtl'],
    ['Olga', 'Ansichtl'],
    ['Paul', 'Fremdl'],
  ]) {
    await createViaApi(page, 'contacts', { firstName, lastName });
  }
  await createViaApi(page, 'organizations', { name: 'Ansichtl Werkstätten GmbH' });
  // A colleague in a team with the administrator, made before the page loads so the session knows the team.
  const headers = { 'X-CSRF-Token': await csrf(page) };
  const user = await page.request.post('/api/users', { headers, data: { ...colleague, role: 'sales' } });
  expect(user.status(), await user.text()).toBe(201);
  const adminId = (await (await page.request.get('/api/auth/session')).json()).user.id;
  const team = await page.request.post('/api/teams', {
    headers,
    data: { name: 'Vertrieb Ansichten', memberIds: [adminId, (await user.json()).user.id] },
  });
  expect(team.status(), await team.text()).toBe(201);
});

test.afterAll(async () => {
  await context.close();
});

test('a filtered contact list is saved as a view and chosen again after going back to "Alle"', async () => {
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: 'Paul Fremdl' })).toBeVisible();
  await viewMenu('Alle').click();
  await expect(page.getByText('Noch keine gespeicherten Ansichten')).toBeVisible();
  await expectAccessible(page, 'saved views menu (empty)');
  await page.keyboard.press('Escape');

  await nameFilter().fill('Ansichtl');
  await nameFilter().press('Enter');
  await expect(page.getByRole('link', { name: 'Paul Fremdl' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Ansichtl$/ })).toHaveCount(2);

  // Keyboard only: open the menu, walk to "Ansicht speichern …", fill the dialog, submit.
  await viewMenu('Alle').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Ansicht speichern …' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ansicht speichern' });
  await expect(dialog.getByRole('textbox', { name: 'Name der Ansicht' })).toBeFocused();
  await page.keyboard.type(VIEW);
  await expectAccessible(page, 'save view dialog');
  await saveScreenshot(page, 'saved-views-save-dialog-de-light');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(viewMenu(VIEW)).toBeVisible();
  await expect(page).toHaveURL(/[?&]view=/);

  await viewMenu(VIEW).click();
  await page.getByRole('menuitem', { name: 'Alle' }).click();
  await expect(nameFilter()).toHaveValue('');
  await expect(page.getByRole('link', { name: 'Paul Fremdl' })).toBeVisible();
  await expect(page).not.toHaveURL(/view=/);

  await viewMenu('Alle').click();
  await expect(page.getByText('Meine Ansichten')).toBeVisible();
  await page.getByRole('menuitem', { name: VIEW }).click();
  await expect(nameFilter()).toHaveValue('Ansichtl');
  await expect(page.getByRole('link', { name: 'Paul Fremdl' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Ansichtl$/ })).toHaveCount(2);
});

test('a changed view offers "Änderungen speichern" and keeps the change', async () => {
  await nameFilter().fill('Otto');
  await nameFilter().press('Enter');
  await expect(page.getByRole('link', { name: /Ansichtl$/ })).toHaveCount(1);
  await expect(viewMenu(`${VIEW} (geändert)`)).toBeVisible();
  await saveScreenshot(page, 'saved-views-changed-de-light');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByRole('button', { name: 'Änderungen speichern' })).toHaveCount(0);
  await expect(viewMenu(VIEW)).toBeVisible();

  await page.goto('/contacts');
  await viewMenu('Alle').click();
  await page.getByRole('menuitem', { name: VIEW }).click();
  await expect(nameFilter()).toHaveValue('Otto');
});

test('a view shared with a team appears under "Team-Ansichten" for a colleague, who uses but cannot change it', async ({
  browser,
}) => {
  await viewMenu(VIEW).click();
  await page.getByRole('menuitem', { name: 'Umbenennen oder teilen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ansicht umbenennen oder teilen' });
  await dialog
    .getByRole('textbox', { name: 'Sichtbar für' })
    .or(dialog.getByRole('combobox', { name: 'Sichtbar für' }))
    .click();
  await page.getByRole('option', { name: 'Team Vertrieb Ansichten' }).click();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toHaveCount(0);

  const colleagueContext = await browser.newContext();
  const other = await colleagueContext.newPage();
  const login = await other.request.post('/api/auth/login', {
    data: { email: colleague.email, password: colleague.password },
  });
  expect(login.ok()).toBe(true);
  await other.goto('/contacts');
  await other.getByRole('button', { name: 'Ansicht: Alle', exact: true }).click();
  await expect(other.getByText('Team-Ansichten')).toBeVisible();
  await expect(other.getByText('Team Vertrieb Ansichten · von Anna Admin')).toBeVisible();
  await expectAccessible(other, 'saved views menu with a team view');
  await saveScreenshot(other, 'saved-views-team-menu-de-light');
  await other.getByRole('menuitem', { name: new RegExp(VIEW) }).click();
  await expect(other.getByRole('textbox', { name: 'Filter: Name' })).toHaveValue('Otto');
  await expect(other.getByRole('link', { name: 'Otto Ansichtl' })).toBeVisible();
  await other.getByRole('button', { name: `Ansicht: ${VIEW}`, exact: true }).click();
  await expect(other.getByRole('menuitem', { name: 'Umbenennen oder teilen …' })).toHaveCount(0);
  await expect(other.getByRole('menuitem', { name: 'Ansicht löschen' })).toHaveCount(0);
  await colleagueContext.close();
});

test('a default view opens the list; "Alle" still shows everything', async () => {
  await viewMenu(VIEW).click();
  await page.getByRole('menuitem', { name: 'Als Standardansicht festlegen' }).click();
  await expect(
    page.getByText('„Ansichtl-Kontakte“ ist jetzt Ihre Standardansicht für diese Liste.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Organisationen', exact: true }).click();
  await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
  await expect(viewMenu(VIEW)).toBeVisible();
  await expect(nameFilter()).toHaveValue('Otto');
  await viewMenu(VIEW).click();
  await page.getByRole('menuitem', { name: 'Alle' }).click();
  await expect(page.getByRole('link', { name: 'Paul Fremdl' })).toBeVisible();
  await expect(viewMenu('Alle')).toBeVisible();
});

test('the organisation list has its own views through the same menu', async () => {
  await page.getByRole('link', { name: 'Organisationen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Filter: Name' }).fill('Ansichtl');
  await page.getByRole('textbox', { name: 'Filter: Name' }).press('Enter');
  await viewMenu('Alle').click();
  await expect(page.getByText('Noch keine gespeicherten Ansichten')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Ansicht speichern …' }).click();
  await page.getByRole('textbox', { name: 'Name der Ansicht' }).fill(VIEW);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(viewMenu(VIEW)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ansichtl Werkstätten GmbH' })).toBeVisible();
});

test('the owner deletes the view after confirming', async () => {
  await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
  await viewMenu('Alle').click();
  await page.getByRole('menuitem', { name: new RegExp(VIEW) }).click();
  await viewMenu(VIEW).click();
  await page.getByRole('menuitem', { name: 'Ansicht löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ansicht löschen?' });
  await expect(confirm.getByText(/auch das Team Vertrieb Ansichten sieht sie dann nicht mehr/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Ansicht löschen' }).click();
  await expect(viewMenu('Alle')).toBeVisible();
  await viewMenu('Alle').click();
  await expect(page.getByText('Noch keine gespeicherten Ansichten')).toBeVisible();
});
