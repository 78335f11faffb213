import { companyProfileInputSchema, companyProfileSchema } from '@kontor/domain/company-profile';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { CompanyProfileService } from './service.js';

const tags = ['company-profile'];

export function companyProfileRoutes(app: Api, profile: CompanyProfileService): void {
  app.get(
    '/api/company-profile',
    {
      // Everyone who writes quotations prints the letterhead.
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The company details printed on quotations and orders, and their default texts',
        response: { 200: companyProfileSchema },
      },
    },
    () => profile.get(),
  );

  app.put(
    '/api/company-profile',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags,
        summary: 'Replace the company details; send the version you read (409 when stale)',
        body: companyProfileInputSchema,
        response: { 200: companyProfileSchema },
      },
    },
    (request) => profile.replace(principalOf(request), request.body),
  );
}
