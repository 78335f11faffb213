import { type Browser, expect, type Page, test } from '@playwright/test';
import { createViaApi, signInAdmin } from './support/admin';

// Live events (A7) in a real browser: EventSource on /api/events with the session cookie, an
// entry made in another browser session arriving without reload, and a new EventSource resuming
// from the last id it saw (what web/src/ui/live.ts does when the browser gave up reconnecting).
// Looks only at its own entries, so it runs alone and after the other spec files.

declare global {
  interface Window {
    liveSeen: { id: string; lastEventId: string }[];
    liveSource: EventSource;
  }
}

/** Opens an EventSource in the page that collects `activity.created` events. */
async function listen(page: Page, url = '/api/events'): Promise<void> {
  await page.evaluate((address) => {
    window.liveSeen = [];
    window.liveSource = new EventSource(address);
    window.liveSource.addEventListener('activity.created', (event) => {
      const message = event as MessageEvent<string>;
      window.liveSeen.push({ id: JSON.parse(message.data).id, lastEventId: message.lastEventId });
    });
    return new Promise((resolve) => window.liveSource.addEventListener('open', resolve, { once: true }));
  }, url);
}

const seenIds = (page: Page) => page.evaluate(() => window.liveSeen.map((e) => e.id));

/** Another signed-in browser session of the administrator, as a colleague's tab would be. */
async function otherSession(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAdmin(page);
  const organization = await createViaApi(page, 'organizations', { name: 'Livewerk Sensorik GmbH' });
  const session = await (await page.request.get('/api/auth/session')).json();
  const record = async (subject: string): Promise<string> => {
    const response = await page.request.post('/api/activities', {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { type: 'call', subject, links: [{ recordType: 'organization', recordId: organization.id }] },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()).id;
  };
  return { record, close: () => context.close() };
}

test('an entry made in another session arrives live, and a new stream resumes after the last id', async ({
  page,
  browser,
}) => {
  await signInAdmin(page);
  await page.goto('/');
  await listen(page);
  const colleague = await otherSession(browser);

  const first = await colleague.record('Live: Anruf wegen Sensoren');
  await expect.poll(() => seenIds(page)).toEqual([first]);
  const lastEventId = await page.evaluate(() => window.liveSeen.at(-1)?.lastEventId ?? '');
  expect(lastEventId).toMatch(/^\d+$/);

  // Away: the stream closed, two entries made meanwhile.
  await page.evaluate(() => window.liveSource.close());
  const missed = [await colleague.record('Live: verpasst 1'), await colleague.record('Live: verpasst 2')];
  await listen(page, `/api/events?lastEventId=${lastEventId}`);
  const after = await colleague.record('Live: wieder da');
  await expect.poll(() => seenIds(page)).toEqual([...missed, after]);
  await colleague.close();
});
