import path from 'node:path';
import type { Page } from '@playwright/test';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Saves the viewport as users see it, for people to review light and dark, German and English. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}
