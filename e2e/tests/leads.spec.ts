import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { signInAdmin } from './support/admin';
import { saveScreenshot } from './support/screenshots';

// Leads (S1): a lead entered by hand is qualified through the conversion wizard into a new
// organisation, contact and opportunity at once (S5: the lead becomes Converted). Names are
// unique to this file, so it runs alone as well as after the other spec files.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const COMPANY = 'Brandt Solartechnik GmbH';
const LEAD = `Lena Brandt (${COMPANY})`;
const OPPORTUNITY = 'Solaranlage Lagerhalle';

/** Mantine's selects are comboboxes or textboxes depending on their search; either will do. */
const field = (scope: Page | Locator, name: string) =>
  scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signInAdmin(page);
});

test.afterAll(async () => {
  await context.close();
});

test('a new lead: the form checks the name, then the lead opens Open with its facts', async () => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Leads', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Neuer Lead' }).first().click();

  await page.getByRole('button', { name: 'Lead anlegen' }).click();
  await expect(page.getByText('Firma oder Nachname angeben')).toBeVisible();

  await field(page, 'Firma').fill(COMPANY);
  await field(page, 'Vorname').fill('Lena');
  await field(page, 'Nachname').fill('Brandt');
  await field(page, 'Position').fill('Einkauf');
  await field(page, 'E-Mail').fill('lena.brandt@brandt-solar.de');
  await field(page, 'Ort').fill('Freiburg');
  await field(page, 'Leadquelle').click();
  await page.getByRole('option', { name: 'Messe' }).click();
  await field(page, 'Nächste Wiedervorlage').fill('15.1.2027');
  await page.getByRole('button', { name: 'Lead anlegen' }).click();

  await expect(page.getByRole('heading', { name: LEAD, level: 1 })).toBeVisible();
  await expect(page.getByText('Offen', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Wiedervorlage am 15.01.2027')).toBeVisible();
  await expectAccessible(page, 'lead detail');
  await saveScreenshot(page, 'leads-detail');
});

test('the status menu sets a by-hand status', async () => {
  await page.getByRole('button', { name: 'Status ändern' }).click();
  await page.getByRole('menuitem', { name: 'Interessiert' }).click();
  await expect(page.getByText('Status ist jetzt „Interessiert“.')).toBeVisible();
  await expect(page.getByText('Interessiert', { exact: true }).first()).toBeVisible();
});

test('converting creates organisation, contact and opportunity; the lead shows Converted', async () => {
  await page.getByRole('button', { name: 'Konvertieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lead konvertieren' });
  await expect(dialog.getByText('Mögliche Dubletten').first()).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Neue Organisation anlegen' })).toBeChecked();
  await expect(field(dialog, 'Name der Organisation')).toHaveValue(COMPANY);
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();

  await expect(
    dialog.getByRole('radio', { name: 'Neuen Kontakt aus dem Lead anlegen: Lena Brandt' }),
  ).toBeChecked();
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();

  await dialog.getByRole('switch', { name: 'Chance anlegen' }).check();
  await field(dialog, 'Name der Chance').fill(OPPORTUNITY);
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();
  // Revenue and stage are required: the step says so before going on.
  await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();
  await field(dialog, 'Erwarteter Umsatz').fill('48500');
  await field(dialog, 'Erwarteter Abschluss').fill('30.6.2027');
  await field(dialog, 'Phase').click();
  await page.getByRole('option').first().click();
  await expectAccessible(page, 'conversion wizard');
  await saveScreenshot(page, 'leads-convert-opportunity');
  await dialog.getByRole('button', { name: 'Weiter', exact: true }).click();

  await expect(dialog.getByText(`neu: ${COMPANY}`)).toBeVisible();
  await expect(dialog.getByText('neu: Lena Brandt')).toBeVisible();
  await expect(dialog.getByText(`neu: ${OPPORTUNITY}`)).toContainText('48.500,00');
  await dialog.getByRole('button', { name: 'Jetzt konvertieren' }).click();

  // The wizard goes on to the new organisation, whose timeline tells of the conversion.
  await expect(page.getByRole('heading', { name: COMPANY, level: 1 })).toBeVisible();
  await expect(page.getByText(`Lead konvertiert: ${LEAD}`).first()).toBeVisible();
  await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Lena Brandt' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Leads', exact: true }).click();
  const row = page.locator('tbody tr', { hasText: LEAD });
  await expect(row.getByText('Umgewandelt')).toBeVisible();
  await row.getByRole('link', { name: LEAD }).click();
  await expect(page.getByRole('heading', { name: LEAD, level: 1 })).toBeVisible();
  await expect(page.getByText('Umgewandelt', { exact: true }).first()).toBeVisible();
  // Converted once: the wizard is not offered again, and a derived status rules the menu.
  await expect(page.getByRole('button', { name: 'Konvertieren' })).toBeDisabled();
  await page.getByRole('button', { name: 'Status ändern' }).click();
  await expect(page.getByRole('menuitem', { name: 'Offen' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await saveScreenshot(page, 'leads-converted');
});
