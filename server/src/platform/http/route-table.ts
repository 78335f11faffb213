/**
 * Remembers every registered route pattern, so an unknown method on a known path can be
 * answered with 405 and an Allow header instead of a misleading 404.
 */
export class RouteTable {
  private readonly routes: { pattern: RegExp; method: string }[] = [];

  add(url: string, methods: string | string[]): void {
    const pattern = new RegExp(
      `^${url
        .split('/')
        .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : escapeRegExp(part)))
        .join('/')}/?$`,
    );
    for (const method of [methods].flat()) this.routes.push({ pattern, method });
  }

  allowedMethods(url: string): string[] {
    const path = url.split('?')[0] ?? url;
    const methods = this.routes.filter((r) => r.pattern.test(path)).map((r) => r.method);
    return [...new Set(methods)].filter((m) => m !== 'HEAD').sort();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
