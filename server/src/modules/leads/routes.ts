import {
  conversionCandidatesSchema,
  conversionResultSchema,
  convertLeadSchema,
  createLeadSchema,
  LEAD,
  leadDetailSchema,
  setLeadStatusSchema,
  updateLeadSchema,
} from '@kontor/domain/leads';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams, registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import type { LeadConversion } from './conversion.js';
import type { LeadService } from './service.js';

export function leadRoutes(app: Api, leads: LeadService, conversion: LeadConversion): void {
  registerPlainRecordRoutes(app, {
    path: 'leads',
    record: LEAD,
    permissions: { read: 'leads.read', write: 'leads.write', delete: 'leads.delete' },
    schemas: { item: leadDetailSchema, create: createLeadSchema, update: updateLeadSchema },
    service: leads,
    bulkSummary: 'Delete up to 1,000 leads, all or nothing (409 when one has opportunities or quotations)',
  });

  const tags = ['leads'];
  app.post(
    '/api/leads/:id/status',
    {
      config: { access: 'leads.write' },
      schema: {
        tags,
        summary: 'Set a by-hand status (S5); 409 when a derived status applies',
        params: idParams,
        body: setLeadStatusSchema,
        response: { 200: leadDetailSchema },
      },
    },
    (request) => leads.setStatus(principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/leads/:id/conversion-candidates',
    {
      config: { access: 'leads.read' },
      schema: {
        tags,
        summary: "Likely duplicates of the lead's company and person, for the conversion wizard",
        params: idParams,
        response: { 200: conversionCandidatesSchema },
      },
    },
    (request) => conversion.candidates(principalOf(request), request.params.id),
  );

  app.post(
    '/api/leads/:id/convert',
    {
      config: { access: 'leads.write' },
      schema: {
        tags,
        summary:
          'Convert into organisation and contact (matched or new) and optionally an opportunity, atomically; 409 for a likely duplicate unless confirmed',
        params: idParams,
        body: convertLeadSchema,
        response: { 200: conversionResultSchema },
      },
    },
    (request) => conversion.convert(principalOf(request), request.params.id, request.body),
  );
}
