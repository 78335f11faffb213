import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { saveScreenshot } from './support/screenshots';

// One server, one database: these steps build on each other (the first creates the administrator).
test.describe.configure({ mode: 'serial' });

const admin = { name: 'Anna Admin', email: 'anna.admin@example.com', password: 'korrekt-pferd-batterie' };
const invitee = { name: 'Bea Beispiel', email: 'bea.beispiel@example.com', password: 'heftklammer-1234' };

let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

async function openUserMenu(target: Page = page) {
  await target.getByRole('button', { name: /Benutzermenü|user menu/ }).click();
}

async function logIn(email: string, password: string) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

async function newPage(browser: Browser) {
  const fresh = await browser.newContext();
  return { fresh, freshPage: await fresh.newPage() };
}

test('first start leads to setup, which creates the administrator and signs in', async () => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Willkommen bei Kontor' })).toBeVisible();
  await expectAccessible(page, 'setup');
  await saveScreenshot(page, 'setup');

  await page.getByRole('button', { name: 'Administrator anlegen und starten' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();

  await page.getByLabel('Name').fill(admin.name);
  await page.getByLabel('E-Mail-Adresse').fill(admin.email);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(admin.password);
  await page.getByLabel('Passwort wiederholen').fill('etwas-anderes-123');
  await page.getByRole('button', { name: 'Administrator anlegen und starten' }).click();
  await expect(page.getByText('Die Passwörter stimmen nicht überein.')).toBeVisible();

  await page.getByLabel('Passwort wiederholen').fill(admin.password);
  await page.getByRole('button', { name: 'Administrator anlegen und starten' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: `Willkommen, ${admin.name}` })).toBeVisible();
  // Today as the browser's Berlin clock says it, whatever the time zone of this process.
  const today = new Intl.DateTimeFormat('de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  });
  await expect(page.getByText(today.format(new Date()), { exact: true })).toBeVisible();
  await expectAccessible(page, 'home');
  await saveScreenshot(page, 'home-de-light');
  // The dashboard's cards lead to the full lists; a fresh installation has nothing due.
  await expect(page.getByRole('link', { name: 'Alle Wiedervorlagen' })).toHaveAttribute(
    'href',
    '/follow-ups',
  );
  await expect(page.getByText('Heute nichts fällig und nichts überfällig.')).toBeVisible();
});

test('after setup the setup page is gone', async () => {
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: `Willkommen, ${admin.name}` })).toBeVisible();
});

test('keyboard: ? shows the shortcuts, g then s jumps to Start', async () => {
  await page.goto('/settings/profile');
  await expect(page.getByRole('heading', { name: 'Profil', level: 1 })).toBeVisible();
  await expectAccessible(page, 'profile');
  await saveScreenshot(page, 'profile');
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toBeVisible();
  await expectAccessible(page, 'shortcut help');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Schließen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\/$/);
});

test('unknown pages show a 404 page', async () => {
  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
  await expectAccessible(page, '404');
  await saveScreenshot(page, 'not-found');
});

test('logout ends the session', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Abmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expectAccessible(page, 'login');
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/login$/);
});

test('login with a wrong password says so', async () => {
  await logIn(admin.email, 'falsches-passwort');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');
  await expectAccessible(page, 'login with error');
  await saveScreenshot(page, 'login-error');
});

test('login returns to the page the user wanted', async () => {
  await page.goto('/settings/profile');
  await expect(page).toHaveURL(/\/login$/);
  await logIn(admin.email, admin.password);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByRole('heading', { name: 'Profil', level: 1 })).toBeVisible();
});

test('dark mode applies at once and is saved', async () => {
  await page.goto('/');
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Dunkel' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectAccessible(page, 'home (dark)');
  await saveScreenshot(page, 'home-de-dark');
});

test('switching to English changes the interface and persists after reload', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Settings' }).or(page.getByText('Settings'))).toBeVisible();
  await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
  await saveScreenshot(page, 'home-en-dark');

  // Forget the device's choice: after reload the language must come from the saved profile.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expectAccessible(page, 'home (English)');
  await saveScreenshot(page, 'home-en-light');

  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { name: `Willkommen, ${admin.name}` })).toBeVisible();
});

test('an invited user sets a password through the invitation link and is signed in', async ({ browser }) => {
  await page.goto('/settings/users');
  await expect(page.getByRole('heading', { name: 'Benutzer', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: admin.email })).toBeVisible();
  await expectAccessible(page, 'users');

  await page.getByRole('button', { name: 'Benutzer einladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Benutzer einladen' });
  await dialog.getByLabel('Name').fill(invitee.name);
  await dialog.getByLabel('E-Mail-Adresse').fill(invitee.email);
  await expectAccessible(page, 'invite user dialog');
  await dialog.getByRole('button', { name: 'Einladung erstellen' }).click();

  const link = dialog.getByLabel('Einladungslink');
  await expect(link).toHaveValue(/\/invitation\//);
  const invitationUrl = await link.inputValue();
  await expectAccessible(page, 'invitation link dialog');
  await saveScreenshot(page, 'users-invitation-link');
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  const inviteeRow = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(inviteeRow).toContainText('Eingeladen');

  const { fresh, freshPage } = await newPage(browser);
  await freshPage.goto(invitationUrl);
  await expect(freshPage.getByRole('heading', { name: 'Einladung annehmen' })).toBeVisible();
  await expect(freshPage.getByText(`Willkommen, ${invitee.name}!`, { exact: false })).toBeVisible();
  await expectAccessible(freshPage, 'invitation');
  await saveScreenshot(freshPage, 'invitation');
  await freshPage.getByLabel('Neues Passwort').fill(invitee.password);
  await freshPage.getByLabel('Passwort wiederholen').fill(invitee.password);
  await freshPage.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
  await expect(freshPage.getByRole('heading', { name: `Willkommen, ${invitee.name}` })).toBeVisible();
  // Sales staff see no team administration.
  await expect(freshPage.getByRole('link', { name: 'Teams' })).toHaveCount(0);

  await freshPage.goto(invitationUrl);
  await expect(
    freshPage.getByRole('heading', { name: 'Dieser Link ist ungültig oder abgelaufen' }),
  ).toBeVisible();
  await fresh.close();

  await page.reload();
  await expect(inviteeRow).toContainText('Aktiv');
  await saveScreenshot(page, 'users');
});

test('server validation shows at the field: an e-mail address already in use', async () => {
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Benutzer einladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Benutzer einladen' });
  await dialog.getByLabel('Name').fill('Doppelt');
  await dialog.getByLabel('E-Mail-Adresse').fill(invitee.email);
  await dialog.getByLabel('Name').press('Control+s');
  const email = dialog.getByRole('textbox', { name: 'E-Mail-Adresse' });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Diese E-Mail-Adresse wird bereits verwendet.');
  await expectAccessible(page, 'invite dialog with field error');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('editing a user someone else changed meanwhile offers to reload', async () => {
  await page.goto('/settings/users');
  await page.getByRole('button', { name: `${invitee.name} bearbeiten` }).click();
  const dialog = page.getByRole('dialog', { name: 'Benutzer bearbeiten' });
  await expect(dialog.getByLabel('Name')).toHaveValue(invitee.name);

  // Another administrator renames the user while the dialog is open.
  const session = await (await page.request.get('/api/auth/session')).json();
  const users = await (await page.request.get('/api/users')).json();
  const bea = users.items.find((user: { email: string }) => user.email === invitee.email);
  const renamed = await page.request.patch(`/api/users/${bea.id}`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { version: bea.version, name: 'Bea Muster' },
  });
  expect(renamed.status()).toBe(200);

  await dialog.getByRole('switch', { name: 'Konto aktiv' }).uncheck();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Der Datensatz wurde inzwischen geändert');
  await expectAccessible(page, 'edit user conflict');
  await dialog.getByRole('button', { name: 'Neu laden' }).click();
  await expect(dialog.getByLabel('Name')).toHaveValue('Bea Muster');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByLabel('Name').fill(invitee.name);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: invitee.email })).toContainText(invitee.name);
});

test('profile: a wrong current password is marked at the field, the right one changes it', async () => {
  await page.goto('/settings/profile');
  const current = page.getByRole('textbox', { name: 'Aktuelles Passwort' });
  await current.fill('nicht-das-passwort');
  await page.getByRole('textbox', { name: 'Neues Passwort' }).fill('ein-neues-langes-passwort');
  await page.getByRole('textbox', { name: 'Passwort wiederholen' }).fill('ein-neues-langes-passwort');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(current).toHaveAccessibleDescription('Das aktuelle Passwort stimmt nicht.');
  await expectAccessible(page, 'profile with field error');

  await current.fill(admin.password);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Ihr Passwort wurde geändert.')).toBeVisible();
  admin.password = 'ein-neues-langes-passwort';
});

test('teams: create one with a member', async () => {
  await page.goto('/settings/teams');
  await expect(page.getByRole('heading', { name: 'Noch keine Teams' })).toBeVisible();
  await expectAccessible(page, 'teams (empty)');
  await page.getByRole('button', { name: 'Team anlegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Team anlegen' });
  await dialog.getByLabel('Name').fill('Vertrieb Nord');
  await dialog.getByLabel('Mitglieder').click();
  await page.getByRole('option', { name: new RegExp(invitee.name) }).click();
  await dialog.getByLabel('Name').press('Control+s');
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'Vertrieb Nord' });
  await expect(row).toContainText(invitee.name);
  await expectAccessible(page, 'teams');
  await saveScreenshot(page, 'teams');
});

test('API token: created, shown once, works, and is revoked', async ({ request }) => {
  await page.goto('/settings/tokens');
  await expect(page.getByRole('heading', { name: 'Noch keine API-Tokens' })).toBeVisible();
  await expectAccessible(page, 'tokens (empty)');

  await page.getByRole('button', { name: 'Token erstellen' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Buchhaltungsexport');
  await dialog.getByRole('button', { name: 'Token erstellen' }).click();
  await expect(dialog.getByText('Nur jetzt sichtbar')).toBeVisible();
  const secret = await dialog.getByLabel('Token', { exact: true }).inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await expectAccessible(page, 'token created dialog');
  await saveScreenshot(page, 'tokens-created');

  const withToken = { headers: { Authorization: `Bearer ${secret}` } };
  expect((await request.get('/api/users/me', withToken)).status()).toBe(200);

  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'Buchhaltungsexport' });
  await expect(row).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expectAccessible(page, 'tokens');

  await row.getByRole('button', { name: 'Token Buchhaltungsexport widerrufen' }).click();
  await expectAccessible(page, 'revoke dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Widerrufen' }).click();
  await expect(page.getByRole('heading', { name: 'Noch keine API-Tokens' })).toBeVisible();
  expect((await request.get('/api/users/me', withToken)).status()).toBe(401);
});

test('a session ended elsewhere sends the user to login, and back after signing in', async () => {
  // A quiet page: the dashboard's live figures would notice the ended session before the click.
  await page.goto('/settings/profile');
  await expect(page.getByRole('heading', { name: 'Profil', level: 1 })).toBeVisible();
  const session = await (await page.request.get('/api/auth/session')).json();
  const loggedOut = await page.request.post('/api/auth/logout', {
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(loggedOut.status()).toBe(204);

  await page.getByRole('link', { name: 'Benutzer', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await logIn(admin.email, admin.password);
  await expect(page).toHaveURL(/\/settings\/users$/);
});

test('works at phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const usersLink = page.getByRole('link', { name: 'Benutzer', exact: true });
  await expect(usersLink).not.toBeInViewport();
  await page.getByRole('button', { name: 'Navigation ein- oder ausblenden' }).click();
  await expect(usersLink).toBeInViewport();
  await expectAccessible(page, 'home (phone, navigation open)');
  await usersLink.click();
  await expect(page.getByRole('heading', { name: 'Benutzer', level: 1 })).toBeVisible();
  await expect(usersLink).not.toBeInViewport();
  await expectAccessible(page, 'users (phone)');
  await page.goto('/');
  await saveScreenshot(page, 'home-de-phone');
  await page.setViewportSize({ width: 1280, height: 960 });
});

test('logout everywhere ends the session', async () => {
  await page.goto('/');
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Überall abmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/settings/users');
  await expect(page).toHaveURL(/\/login$/);
});
