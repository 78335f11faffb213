import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible } from './support/accessibility';
import { signInAdmin } from './support/admin';

// Issue 6 reports in the browser: Berichte → Verkaufstrichter, switch the period, click a bar and
// land on the filtered list; export the same view as XLSX and read it back; save the chart as PNG.
// The records belong to a colleague made for this run, and the report is filtered to them, so the
// figures are exactly this file's records whatever other files created.
test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36);
const OWNER = {
  name: `Rita Report ${RUN}`,
  email: `rita.report.${RUN}@example.com`,
  password: 'berichte-sind-schoen',
};
const LEADS = [`Trichterwerk A ${RUN}`, `Trichterwerk B ${RUN}`];

let context: BrowserContext;
let page: Page;

async function csrf(): Promise<string> {
  return (await (await page.request.get('/api/auth/session')).json()).csrfToken;
}

async function post<T = { id: string; version: number }>(
  url: string,
  data: unknown,
  status = 201,
): Promise<T> {
  const response = await page.request.post(url, { headers: { 'X-CSRF-Token': await csrf() }, data });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(status);
  return response.json();
}

const line = {
  productId: null,
  description: 'Fräsmaschine',
  quantityMilli: 1000,
  unit: 'Stk',
  unitPriceCents: 250_000,
  discountBasisPoints: 0,
  taxRate: 19,
};

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
  const owner = (await post<{ user: { id: string } }>('/api/users', { ...OWNER, role: 'sales' })).user.id;
  const organization = await post('/api/organizations', { name: `Trichterwerk ${RUN} GmbH` });
  const leads = [];
  for (const companyName of LEADS) leads.push(await post('/api/leads', { companyName, ownerId: owner }));
  const stages = (await (await page.request.get('/api/pipeline-stages')).json()).items as { id: string }[];
  const opportunity = await post('/api/opportunities', {
    name: `Trichterchance ${RUN}`,
    leadId: leads[0]?.id,
    organizationId: organization.id,
    stageId: stages[0]?.id,
    expectedRevenueCents: 250_000,
    ownerId: owner,
  });
  const quotation = await post('/api/quotations', {
    opportunityId: opportunity.id,
    ownerId: owner,
    lines: [line],
  });
  await post(`/api/quotations/${quotation.id}/submit`, { version: quotation.version }, 200);
  const order = await post('/api/orders', {
    organizationId: organization.id,
    opportunityId: opportunity.id,
    ownerId: owner,
    lines: [line],
  });
  await post(`/api/orders/${order.id}/book`, { version: order.version }, 200);
});

test.afterAll(async () => {
  await context.close();
});

/** The funnel's table row of a step: its cells' texts. */
async function stepRow(step: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: /Verkaufstrichter/ })
    .getByRole('row')
    .filter({ hasText: step });
  return row.first().getByRole('cell').allInnerTexts();
}

const FUNNEL = `/reports/funnel?filter.ownerName=${encodeURIComponent(`="${OWNER.name}"`)}`;

test('Berichte lists the funnel; its table shows this run’s steps, and the period can be switched', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Berichte', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Berichte', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vertriebspipeline' })).toBeVisible();
  await expectAccessible(page, 'reports list');
  await page.getByRole('link', { name: 'Verkaufstrichter' }).click();
  await expect(page).toHaveURL(/\/reports\/funnel$/);

  await page.goto(FUNNEL);
  await expect(page.getByRole('heading', { name: 'Verkaufstrichter', level: 1 })).toBeVisible();
  expect((await stepRow('Leads')).slice(0, 2)).toEqual(['Leads', '2']);
  expect((await stepRow('Chancen')).slice(0, 3)).toEqual([
    'Chancen',
    '1',
    expect.stringMatching(/^2\.500,00\s€$/),
  ]);
  expect((await stepRow('Angebote')).slice(0, 2)).toEqual(['Angebote', '1']);
  expect((await stepRow('Aufträge')).slice(0, 3)).toEqual([
    'Aufträge',
    '1',
    expect.stringMatching(/^2\.500,00\s€$/),
  ]);
  // Step rates: 1 of 2 leads became an opportunity.
  expect(await stepRow('Chancen')).toContainEqual(expect.stringMatching(/^50\s%$/));
  await expectAccessible(page, 'funnel report');

  // Last month holds none of the records made just now; the URL keeps the choice.
  await page
    .getByRole('textbox', { name: /^Zeitraum/ })
    .or(page.getByRole('combobox', { name: /^Zeitraum/ }))
    .click();
  await page.getByRole('option', { name: 'Letztes Jahr' }).click();
  await expect(page.getByText('Keine Daten im gewählten Zeitraum')).toBeVisible();
  await expect(page).toHaveURL(/from=\d{4}-01-01&to=\d{4}-12-31/);
  await page.goBack();
  await expect(page.getByRole('table', { name: /Verkaufstrichter/ })).toBeVisible();
  expect((await stepRow('Leads')).slice(0, 2)).toEqual(['Leads', '2']);
});

test('a click on the funnel’s lead bar opens the lead list filtered to exactly those leads', async () => {
  await page.goto(`${FUNNEL}&chart=bar`);
  const bars = page.locator('[data-report-chart] .recharts-bar-rectangle');
  await expect(bars).toHaveCount(4);
  await bars.first().click();
  await expect(page).toHaveURL(/\/leads\?.*filter\.createdAt=/);
  for (const name of LEADS) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(LEADS.length);
});

test('the figure links agree with the lists: the orders figure opens the booked order', async () => {
  await page.goto(FUNNEL);
  const orders = page
    .getByRole('table', { name: /Verkaufstrichter/ })
    .getByRole('row')
    .filter({ hasText: 'Aufträge' });
  await orders.getByRole('link', { name: '1', exact: true }).click();
  await expect(page).toHaveURL(/\/orders\?/);
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.locator('table tbody tr')).toContainText(`Trichterwerk ${RUN} GmbH`);
  await expect(page.locator('table tbody tr')).toContainText('Gebucht', { ignoreCase: true });
});

test('the same view exports as XLSX with the figures on screen, and the chart saves as a PNG', async () => {
  await page.goto(FUNNEL);
  await expect(page.getByRole('table', { name: /Verkaufstrichter/ })).toBeVisible();

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const leads = rows.find((row) => row[0] === 'Leads');
  const orders = rows.find((row) => row[0] === 'Aufträge');
  expect(leads?.[1]).toBe(2);
  expect(orders?.[1]).toBe(1);

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Diagramm als PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/^Verkaufstrichter-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.png$/);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(2000);
});
