import { expect, type Page } from '@playwright/test';

export const admin = { name: 'Anna Admin', email: 'anna.admin@example.com' };
/** kontor.spec.ts changes the administrator's password; later files accept either. */
const ADMIN_PASSWORDS = ['ein-neues-langes-passwort', 'korrekt-pferd-batterie'];

/**
 * Signs `page` in as the administrator, creating the administrator first on an empty server,
 * so a spec file runs alone as well as after the others.
 */
export async function signInAdmin(page: Page): Promise<void> {
  const status = await (await page.request.get('/api/setup')).json();
  if (status.setupRequired) {
    const created = await page.request.post('/api/setup', {
      data: { ...admin, password: ADMIN_PASSWORDS[0], language: 'de' },
    });
    expect(created.ok()).toBe(true);
    return;
  }
  for (const password of ADMIN_PASSWORDS) {
    const login = await page.request.post('/api/auth/login', { data: { email: admin.email, password } });
    if (login.ok()) return;
  }
  throw new Error('cannot sign in as the administrator');
}

/** Creates a record straight through the API, as another user or an import would. */
export async function createViaApi<T = { id: string; name: string }>(
  page: Page,
  type: 'organizations' | 'contacts',
  data: Record<string, unknown>,
): Promise<T> {
  const session = await (await page.request.get('/api/auth/session')).json();
  const response = await page.request.post(`/api/${type}`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data,
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}
