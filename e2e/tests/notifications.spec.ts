import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Notifications (X7): an open entry assigned to the administrator falls due while the page is
// open; the bell counts it without a reload, lists it, opens the follow-ups and marks it read;
// "Alle als gelesen markieren" marks the rest.
// Looks only at its own entry, so it runs alone and after the other spec files.
const SUBJECT = 'Glockl: Rückruf Angebot';
const SECOND = 'Glockl: Muster schicken';

const bell = (page: Page) => page.getByRole('button', { name: /^Benachrichtigungen/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Benachrichtigungen' });
const item = (page: Page, subject = SUBJECT) =>
  panel(page).getByRole('listitem').filter({ hasText: subject });

async function recordDueEntry(page: Page, subject: string, organization: { id: string }): Promise<void> {
  const session = await (await page.request.get('/api/auth/session')).json();
  const response = await page.request.post('/api/activities', {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: {
      type: 'task',
      subject,
      status: 'open',
      // Due a moment ago: the next due check (every second in these tests) tells the assignee.
      dueAt: new Date(Date.now() - 60_000).toISOString(),
      links: [{ recordType: 'organization', recordId: organization.id }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test('a follow-up falling due shows in the bell live, opens the follow-ups and is marked read', async ({
  page,
}) => {
  await signInAdmin(page);
  await page.goto('/');
  await expect(bell(page)).toBeVisible();
  const before = (await bell(page).getAttribute('aria-label')) ?? '';

  const organization = await createViaApi(page, 'organizations', { name: 'Glockl Metallbau GmbH' });
  await recordDueEntry(page, SUBJECT, organization);
  await recordDueEntry(page, SECOND, organization);
  // No reload: the live event of the new notification refreshes the count.
  await expect(bell(page)).not.toHaveAttribute('aria-label', before);
  await expect(bell(page)).toHaveAttribute('aria-label', /ungelesen/);

  await bell(page).click();
  await expect(item(page)).toContainText('Wiedervorlage fällig');
  await expect(item(page)).toContainText('Ungelesen');
  await expect(item(page)).toContainText('Glockl Metallbau GmbH');
  await expect(item(page, SECOND)).toContainText('Ungelesen');
  await expectAccessible(page, 'notification bell (open)');
  await saveScreenshot(page, 'notifications-bell');

  await item(page).getByRole('button').click();
  await expect(page).toHaveURL(/\/follow-ups$/);
  await expect(panel(page)).toBeHidden();

  // Keyboard: the bell opens with Enter, Escape closes it and focus returns to the bell.
  await bell(page).focus();
  await page.keyboard.press('Enter');
  await expect(item(page)).toBeVisible();
  await expect(item(page)).not.toContainText('Ungelesen');
  await expect(item(page, SECOND)).toContainText('Ungelesen');
  await panel(page).getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await expect(bell(page)).toHaveAttribute('aria-label', 'Benachrichtigungen');
  await expect(panel(page).getByRole('button', { name: 'Alle als gelesen markieren' })).toBeDisabled();
  await expect(item(page, SECOND)).not.toContainText('Ungelesen');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(bell(page)).toBeFocused();

  // Field sales on a phone: the panel fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await bell(page).click();
  await expect(item(page, SECOND)).toBeVisible();
  const box = await panel(page).boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
  await saveScreenshot(page, 'notifications-bell-phone');
});

test("a colleague mentioning the administrator in a note leads the bell to the note's organisation", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInAdmin(page);
  const session = await (await page.request.get('/api/auth/session')).json();
  const colleague = {
    email: 'gerda.glockl@example.com',
    name: 'Gerda Glockl',
    password: 'glocken-laeuten-laut',
  };
  const user = await page.request.post('/api/users', {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { ...colleague, role: 'service' },
  });
  expect(user.status(), await user.text()).toBe(201);
  const organization = await createViaApi(page, 'organizations', { name: 'Glockl Messebau KG' });

  // The colleague writes the note in their own session, as the editor would mark the mention.
  const other = await playwright.request.newContext({ baseURL });
  const login = await other.post('/api/auth/login', {
    data: { email: colleague.email, password: colleague.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  const note = await other.post('/api/activities', {
    headers: { 'X-CSRF-Token': (await login.json()).csrfToken },
    data: {
      type: 'note',
      subject: 'Glockl: Messestand',
      body: `<p><span data-mention="${session.user.id}">@${session.user.name}</span> bitte Katalog mitbringen</p>`,
      links: [{ recordType: 'organization', recordId: organization.id }],
    },
  });
  expect(note.status(), await note.text()).toBe(201);
  await other.dispose();

  await page.goto('/');
  await bell(page).click();
  const mention = item(page, 'Glockl: Messestand');
  await expect(mention).toContainText('Gerda Glockl hat Sie erwähnt');
  // Dark mode (the scheme follows the system by default) is as readable.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'notification bell (dark)');
  await saveScreenshot(page, 'notifications-bell-dark');
  await mention.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${organization.id}$`));
  await expect(page.getByRole('heading', { name: 'Glockl Messebau KG', level: 1 })).toBeVisible();
});
