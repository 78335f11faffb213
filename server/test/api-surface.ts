import type { FastifyInstance } from 'fastify';

export interface Endpoint {
  method: string;
  /** The path with every parameter filled by a harmless placeholder. */
  url: string;
  template: string;
}

/** Every documented endpoint, read from the app's own OpenAPI document. */
export async function documentedEndpoints(app: FastifyInstance): Promise<Endpoint[]> {
  const document = (await app.inject('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths)
    .filter(([template]) => template.startsWith('/api/'))
    .flatMap(([template, operations]) =>
      Object.keys(operations).map((method) => ({
        method: method.toUpperCase(),
        template,
        url: template.replace(/\{[^}]+\}/g, 'placeholder-id'),
      })),
    );
}
