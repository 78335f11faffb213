import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { signInAdmin } from './support/admin';

// Issue 5 end to end through the UI: a lead is converted into organisation, contact and
// opportunity; the opportunity moves on the board; its quotation (two tax rates) is submitted, its
// PDF carries the page's total; a pinned entry follows into a new version; the customer opens the
// link logged out and accepts, while the CRM overview shows both steps live; lead, opportunity and
// quotation end Converted / Ordered. Names carry this run's id, so the file runs alone or after others.
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36);
const COMPANY = `Sonnenhof Energie ${RUN} GmbH`;
const LEAD = `Sina Sonnenhof (${COMPANY})`;
const DEAL = `Photovoltaik Sonnenhof ${RUN}`;

let context: BrowserContext;
let page: Page;
let leadUrl = '';
let opportunityUrl = '';
let quotationLabel = '';
let quotationUrl = '';
let customerUrl = '';

/** Mantine's selects are comboboxes or textboxes depending on their search; either will do. */
const field = (scope: Page | Locator, name: string) =>
  scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
const column = (stage: string) => page.locator(`[data-testid="board-column"][data-stage-name="${stage}"]`);
const card = () => page.locator(`[data-testid="board-card"][data-card-name="${DEAL}"]`);
/** The status badge under a detail page's heading (lead and opportunity badges have no test id). */
const statusBadge = () =>
  page.getByRole('heading', { level: 1 }).locator('xpath=..').locator('.mantine-Badge-root').first();
/** Money as de-DE prints it: "3.024,80 €" with a no-break space. */
const euros = (amount: string) => new RegExp(`${amount.replaceAll('.', '\\.')}\\s€`);

/** Success toasts would cover the header actions; some close by themselves meanwhile. */
async function closeNotifications() {
  const close = page.locator('.mantine-Notification-root button');
  for (let tries = 0; tries < 10 && (await close.count()) > 0; tries++)
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

async function confirmAction(name: string) {
  await closeNotifications();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
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

/** The quotation page's "Vorgänge" tab, where its timeline lives. */
async function openTimeline() {
  await page.getByRole('tab', { name: 'Vorgänge' }).click();
  await expect(
    page.getByTestId('timeline-recent').or(page.getByTestId('timeline-pinned')).first(),
  ).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('a lead entered in the form is converted into organisation, contact and opportunity', async () => {
  await page.goto('/leads/new');
  await field(page, 'Firma').fill(COMPANY);
  await field(page, 'Vorname').fill('Sina');
  await field(page, 'Nachname').fill('Sonnenhof');
  await field(page, 'E-Mail').fill(`sina.sonnenhof.${RUN}@example.com`);
  await page.getByRole('button', { name: 'Lead anlegen' }).click();
  await expect(page.getByRole('heading', { name: LEAD, level: 1 })).toBeVisible();
  await expect(statusBadge()).toHaveText('Offen');
  leadUrl = page.url();

  await page.getByRole('button', { name: 'Konvertieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lead konvertieren' });
  await dialog.getByRole('radio', { name: 'Neue Organisation anlegen' }).check();
  await expect(field(dialog, 'Name der Organisation')).toHaveValue(COMPANY);
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();
  await dialog.getByRole('radio', { name: 'Neuen Kontakt aus dem Lead anlegen: Sina Sonnenhof' }).check();
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();
  await dialog.getByRole('switch', { name: 'Chance anlegen' }).check();
  await field(dialog, 'Name der Chance').fill(DEAL);
  await field(dialog, 'Erwarteter Umsatz').fill('3.000');
  await field(dialog, 'Erwarteter Abschluss').fill('30.6.2027');
  await field(dialog, 'Phase').click();
  await page.getByRole('option', { name: 'Neu (10 %)' }).click();
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(dialog.getByText(`neu: ${DEAL}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Jetzt konvertieren' }).click();

  // The wizard lands on the new organisation; the lead is Converted.
  await expect(page.getByRole('heading', { name: COMPANY, level: 1 })).toBeVisible();
  await page.goto(leadUrl);
  await expect(statusBadge()).toHaveText('Umgewandelt');
});

test('the opportunity opens, and a mouse drag on the board moves it to the next stage', async () => {
  await page.goto(`/opportunities?filter.name=${encodeURIComponent(DEAL)}`);
  await page.getByRole('link', { name: DEAL }).click();
  await expect(page.getByRole('heading', { name: DEAL, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: COMPANY, exact: true }).first()).toBeVisible();
  opportunityUrl = page.url();

  await page.goto(`/opportunities/board?filter.name=${encodeURIComponent(DEAL)}`);
  await expect(column('Neu').locator(card())).toBeVisible();
  await dragWithMouse(card(), column('Qualifiziert'));
  await expect(column('Qualifiziert').locator(card())).toBeVisible();
  await expect(column('Neu').locator(card())).toHaveCount(0);

  // The move is stored: the deal's page shows the new stage and the move on its timeline.
  await page.goto(opportunityUrl);
  await expect(page.getByText(/^Qualifiziert · /)).toBeVisible();
  await expect(page.getByText('Phase: Neu → Qualifiziert')).toBeVisible();
});

test('a quotation for the opportunity with 19 % and 7 % lines is saved, submitted, and its PDF has the page total', async () => {
  const opportunityId = decodeURIComponent(new URL(opportunityUrl).pathname.split('/').at(-1) ?? '');
  await page.goto(`/quotations/new?opportunityId=${encodeURIComponent(opportunityId)}`);
  await expect(page.getByText(`Für die Chance „${DEAL}“.`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue(COMPANY);

  // German notation: 2 modules at 1.250,50 € (19 %), 3,5 hours at 12,98 € (7 %).
  await page.getByRole('textbox', { name: 'Beschreibung, Position 1' }).fill('Solarmodul 410 Wp');
  await page.getByRole('textbox', { name: 'Menge, Position 1' }).fill('2');
  await page.getByRole('textbox', { name: 'Einheit, Position 1' }).fill('Stk');
  await page.getByRole('textbox', { name: 'Einzelpreis, Position 1' }).fill('1.250,50');
  await page.getByRole('combobox', { name: 'USt., Position 1' }).selectOption('19');
  await expect(page.getByTestId('line-1-net')).toHaveText(euros('2.501,00'));
  // Enter in the last cell starts the next position.
  await page.getByRole('combobox', { name: 'USt., Position 1' }).press('Enter');
  await page.getByRole('textbox', { name: 'Beschreibung, Position 2' }).fill('Montagehilfe Fachbuch');
  await page.getByRole('textbox', { name: 'Menge, Position 2' }).fill('3,5');
  await page.getByRole('textbox', { name: 'Einheit, Position 2' }).fill('Std');
  await page.getByRole('textbox', { name: 'Einzelpreis, Position 2' }).fill('12,98');
  await page.getByRole('combobox', { name: 'USt., Position 2' }).selectOption('7');
  await expect(page.getByTestId('line-2-net')).toHaveText(euros('45,43'));
  await expect(page.getByTestId('total-vat-19')).toContainText(euros('475,19'));
  await expect(page.getByTestId('total-vat-7')).toContainText(euros('3,18'));
  await expect(page.getByTestId('total-gross')).toContainText(euros('3.024,80'));

  await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  await expect(page).toHaveURL(/\/quotations\/[^/?]+$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Entwurf');
  await expect(page.getByRole('link', { name: DEAL })).toBeVisible();

  await confirmAction('Absenden');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Offen');
  // The gross total as the page shows it, compared with the PDF's.
  const shown = ((await page.getByTestId('total-gross').textContent()) ?? '').match(
    /\d{1,3}(?:\.\d{3})*,\d{2}/,
  )?.[0];
  expect(shown).toBe('3.024,80');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF herunterladen' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-salesflow-')), 'angebot.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toMatch(new RegExp(`Gesamtbetrag\\s+${shown?.replaceAll('.', '\\.')}`));
  expect(text).toContain(COMPANY);
});

test('a pinned timeline entry is pinned on the new version too, which is then submitted', async () => {
  const firstVersionUrl = page.url();
  const firstLabel = ((await page.getByTestId('quotation-number').textContent()) ?? '').replace(
    /^Angebot\s+/,
    '',
  );
  await openTimeline();
  // Quotation pages offer no quick add, so the entry pinned is the one submitting wrote.
  const subject = `Angebot ${firstLabel}: Status Entwurf → Offen`;
  const entry = page.getByTestId('timeline-recent').getByRole('listitem', { name: subject });
  await entry.getByRole('button', { name: `Aktionen für „${subject}“` }).click();
  await page.getByRole('menuitem', { name: 'Anheften' }).click();
  await expect(page.getByTestId('timeline-pinned').getByText(subject)).toBeVisible();

  await closeNotifications();
  await page.getByRole('button', { name: 'Neue Version' }).click();
  await expect(page).not.toHaveURL(firstVersionUrl);
  await expect(page.getByTestId('quotation-number')).toHaveText(/-2$/);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Entwurf');
  await openTimeline();
  await expect(page.getByTestId('timeline-pinned').getByText(subject)).toBeVisible();

  await confirmAction('Absenden');
  await expect(page.getByTestId('status-badge').first()).toHaveText('Offen');
  quotationLabel = ((await page.getByTestId('quotation-number').textContent()) ?? '').replace(
    /^Angebot\s+/,
    '',
  );
  expect(quotationLabel).toMatch(/^ANG-\d{4}-\d{5}-2$/);
  quotationUrl = page.url();
});

test('the customer link is made on the open version and its URL read from the copy field', async () => {
  await page.getByRole('tab', { name: 'Übersicht' }).click();
  await closeNotifications();
  await page.getByRole('button', { name: 'Link erstellen' }).click();
  const url = page.getByRole('textbox', { name: 'Link zum Angebot' });
  await expect(url).toHaveValue(/\/angebot\/kontor_l_/);
  customerUrl = await url.inputValue();
  await page.getByRole('button', { name: 'Fertig' }).click();
});

test('the customer opens and accepts the link logged out; the CRM overview shows both live', async ({
  browser,
}) => {
  // The CRM overview stays open in the first context; nothing reloads it from here on.
  await page.getByRole('link', { name: 'CRM-Übersicht', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'CRM-Übersicht' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Angebot geöffnet: ${quotationLabel}` })).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });

  const customerContext = await browser.newContext({ locale: 'de-DE' });
  const customer = await customerContext.newPage();
  await customer.goto(customerUrl);
  // The public page shows this quotation, its customer and the same gross total.
  await expect(customer.getByRole('heading', { name: `Angebot ${quotationLabel}` })).toBeVisible();
  await expect(customer.getByText(COMPANY).first()).toBeVisible();
  await expect(customer.getByTestId('quotation-totals')).toContainText(euros('3.024,80'));
  await expect(page.getByRole('link', { name: `Angebot geöffnet: ${quotationLabel}` })).toBeVisible({
    timeout: 15_000,
  });

  await customer.getByRole('button', { name: 'Angebot annehmen' }).click();
  await customer.getByRole('dialog').getByRole('button', { name: 'Verbindlich annehmen' }).click();
  await expect(customer.getByText('Vielen Dank für Ihren Auftrag!')).toBeVisible();
  const thanks = customer.getByText(/Ihr Auftrag AUF-\d{4}-\d{5} ist bei uns eingegangen/);
  await expect(thanks).toBeVisible();
  const orderNumber = ((await thanks.textContent()) ?? '').match(/AUF-\d{4}-\d{5}/)?.[0] ?? '';
  await expect(customer.getByRole('button', { name: 'Angebot annehmen' })).toHaveCount(0);

  await expect(
    page.getByRole('link', { name: `Angebot beauftragt: ${quotationLabel} (Auftrag ${orderNumber})` }),
  ).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await customerContext.close();
});

test('afterwards the lead is Converted, the opportunity Converted and the quotation Ordered', async () => {
  await page.goto(leadUrl);
  await expect(page.getByRole('heading', { name: LEAD, level: 1 })).toBeVisible();
  await expect(statusBadge()).toHaveText('Umgewandelt');

  await page.goto(opportunityUrl);
  await expect(page.getByRole('heading', { name: DEAL, level: 1 })).toBeVisible();
  await expect(statusBadge()).toHaveText('Umgewandelt');

  await page.goto(quotationUrl);
  await expect(page.getByTestId('quotation-number')).toHaveText(`Angebot ${quotationLabel}`);
  await expect(page.getByTestId('status-badge').first()).toHaveText('Bestellt');
  // The link panel tells the salesperson the link was opened and accepted.
  const linkRow = page.locator('tbody tr', { hasText: 'Angenommen' });
  await expect(linkRow).toContainText('1-mal');
});
