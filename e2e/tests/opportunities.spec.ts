import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createViaApi, signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Opportunities (S2): create one in the form, see it on the board, drag it to the next stage with
// the mouse and with the keyboard, and find it there after a reload; a move of a card someone
// changed meanwhile is refused, explained, and the card returns. The board is filtered to this
// file's own deals, so it runs alone and after the other spec files.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const DEAL = 'Tafel-Chance Fräsen';
const CUSTOMER = 'Tafelwerk Brandt GmbH';
const boardUrl = `/opportunities/board?filter.name=${encodeURIComponent('Tafel-Chance*')}`;

/** Mantine's selects are comboboxes or textboxes depending on their search; either will do. */
const field = (name: string) =>
  page.getByRole('textbox', { name, exact: true }).or(page.getByRole('combobox', { name, exact: true }));
const column = (stage: string) => page.locator(`[data-testid="board-column"][data-stage-name="${stage}"]`);
const card = (name = DEAL) => page.locator(`[data-testid="board-card"][data-card-name="${name}"]`);

async function csrf(): Promise<string> {
  return (await (await page.request.get('/api/auth/session')).json()).csrfToken;
}

async function dragWithMouse(from: Locator, to: Locator) {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('card or column not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Past the 5 px activation distance first, then across in steps as a hand would.
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 2 });
  await page.mouse.move(end.x + end.width / 2, end.y + 120, { steps: 12 });
  await page.mouse.up();
}

async function dragWithKeyboard(target: Locator) {
  await target.getByTestId('card-handle').focus();
  // A person's pace: the lifted card listens for arrows from the next tick on.
  for (const key of ['Space', 'ArrowRight', 'Space']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  await createViaApi(page, 'organizations', { name: CUSTOMER });
});

test.afterAll(async () => {
  await context.close();
});

test('an opportunity is created in the form and shows its status, figures and timeline', async () => {
  await page.goto('/opportunities/new');
  await field('Name').fill(DEAL);
  await field('Organisation').fill('Tafelwerk');
  await page.getByRole('option', { name: CUSTOMER }).click();
  await expect(field('Phase')).toHaveValue('Neu');
  await field('Erwarteter Umsatz').fill('12500,50');
  await field('Erwarteter Abschluss').fill('31.3.2027');
  await page.getByRole('button', { name: 'Chance anlegen' }).click();

  await expect(page.getByRole('heading', { name: DEAL })).toBeVisible();
  await expect(page.getByText('12.500,50 € zu 10 %')).toBeVisible();
  await expect(page.getByRole('link', { name: CUSTOMER }).first()).toBeVisible();
  await saveScreenshot(page, 'opportunity-detail');
  await expectAccessible(page, 'opportunity detail');
});

test('the board shows the card with count and sum; a mouse drag moves it and survives a reload', async () => {
  await page.goto(boardUrl);
  await expect(card()).toBeVisible();
  await expect(column('Neu').getByTestId('column-count')).toHaveText('1');
  await expect(column('Neu').getByTestId('column-sum')).toHaveText('12.500,50 €');
  await expect(page.getByTestId('board-statuses')).toHaveText('Zeigt: Offen, Beantwortet, Angebot');
  await saveScreenshot(page, 'opportunity-board');
  await expectAccessible(page, 'opportunity board');

  await dragWithMouse(card(), column('Qualifiziert'));
  await expect(column('Qualifiziert').locator(card())).toBeVisible();
  await expect(column('Neu').getByTestId('column-count')).toHaveText('0');
  await page.reload();
  await expect(column('Qualifiziert').locator(card())).toBeVisible();
  await expect(column('Qualifiziert').getByTestId('column-count')).toHaveText('1');
});

test('the keyboard lifts the card with space, moves it with the arrow keys and drops it', async () => {
  await page.goto(boardUrl);
  await expect(column('Qualifiziert').locator(card())).toBeVisible();
  await dragWithKeyboard(card());
  await expect(column('Bedarfsanalyse').locator(card())).toBeVisible();
  await page.reload();
  await expect(column('Bedarfsanalyse').locator(card())).toBeVisible();

  // The move left a "Phase" entry on the deal's timeline.
  await card().getByRole('link', { name: DEAL }).click();
  await expect(page.getByText('Phase: Qualifiziert → Bedarfsanalyse')).toBeVisible();
});

test('a card changed by someone else meanwhile returns to its place with the reason', async () => {
  await page.goto(boardUrl);
  await expect(column('Bedarfsanalyse').locator(card())).toBeVisible();
  // A colleague edits the deal after the board was read: the card's version is now stale.
  const list = await (
    await page.request.get(`/api/opportunities?filter[name]=${encodeURIComponent(DEAL)}`)
  ).json();
  const deal = list.items[0];
  const patched = await page.request.patch(`/api/opportunities/${deal.id}`, {
    headers: { 'X-CSRF-Token': await csrf() },
    data: { version: deal.version, expectedRevenueCents: 1_300_000 },
  });
  expect(patched.status(), await patched.text()).toBe(200);

  await dragWithKeyboard(card());
  await expect(page.getByText('Die Chance wurde inzwischen geändert')).toBeVisible();
  await expect(column('Bedarfsanalyse').locator(card())).toBeVisible();
  await expect(column('Angebot').locator(card())).toHaveCount(0);
  // Re-read after the refusal: the board shows the colleague's amount.
  await expect(column('Bedarfsanalyse').getByTestId('column-sum')).toHaveText('13.000,00 €');
  await saveScreenshot(page, 'opportunity-board-stale-move');
});

test('list and settings pages show the deal and the stages', async () => {
  await page.goto(`/opportunities?filter.name=${encodeURIComponent('Tafel-Chance*')}`);
  await expect(page.getByRole('link', { name: DEAL })).toBeVisible();
  await saveScreenshot(page, 'opportunity-list');
  await page.goto('/settings/pipeline');
  await expect(page.getByTestId('stage-row')).toHaveCount(5);
  await saveScreenshot(page, 'pipeline-settings');
  await expectAccessible(page, 'pipeline settings');
});
