import {
  createOpportunitySchema,
  moveOpportunitySchema,
  OPPORTUNITY,
  setOpportunityStatusSchema,
  updateOpportunitySchema,
} from '@kontor/domain/opportunities';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import { idParams } from '../../platform/records/record-routes.js';
import { moveResultSchema, type OpportunityActions } from './actions.js';
import type { OpportunityBoard } from './board.js';
import { boardPageSchema, boardQuerySchema, boardSchema, opportunityViewSchema } from './schemas.js';
import type { OpportunityService } from './service.js';

export function opportunityRoutes(
  app: Api,
  opportunities: OpportunityService,
  actions: OpportunityActions,
  board: OpportunityBoard,
): void {
  const tags = ['opportunities'];

  app.get(
    '/api/opportunities/board',
    {
      config: { access: 'opportunities.read' },
      schema: {
        tags,
        summary:
          'The kanban board: every stage with count, sums and the newest cards; filter[field] as in the list, active pipeline unless filter[status] is given',
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
    },
    (request) => board.board(principalOf(request), request.query, languageOf(request)),
  );

  app.get(
    '/api/opportunities/board/:stageId',
    {
      config: { access: 'opportunities.read' },
      schema: {
        tags,
        summary: "The next cards of one stage's column (cursor from the board or the previous page)",
        params: z.object({ stageId: z.string().min(1).max(64) }),
        querystring: boardQuerySchema,
        response: { 200: boardPageSchema },
      },
    },
    (request) =>
      board.column(principalOf(request), request.params.stageId, request.query, languageOf(request)),
  );

  registerPlainRecordRoutes(app, {
    path: 'opportunities',
    record: OPPORTUNITY,
    permissions: { read: 'opportunities.read', write: 'opportunities.write', delete: 'opportunities.delete' },
    schemas: {
      item: opportunityViewSchema,
      create: createOpportunitySchema,
      update: updateOpportunitySchema,
    },
    service: opportunities,
    bulkSummary: 'Delete up to 1,000 opportunities without quotations, all or nothing',
    // Money fields are cents in the record; competitors are named.
    exportValue: (opportunity, field) => {
      if (field.key === 'expectedRevenue') return opportunity.expectedRevenueCents;
      if (field.key === 'weightedRevenue') return opportunity.weightedRevenueCents;
      if (field.key === 'plannedCost') return opportunity.plannedCostCents;
      if (field.key === 'competitors') return opportunity.competitors.map((c) => c.name).join(', ');
      return opportunity[field.key as keyof typeof opportunity];
    },
  });

  app.post(
    '/api/opportunities/:id/status',
    {
      config: { access: 'opportunities.write' },
      schema: {
        tags,
        summary:
          'Set a by-hand status (S5); Lost needs lost reasons; 409 when a rule forbids it or the version is stale',
        params: idParams,
        body: setOpportunityStatusSchema,
        response: { 200: opportunityViewSchema },
      },
    },
    (request) => actions.setStatus(principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/opportunities/:id/move',
    {
      config: { access: 'opportunities.write' },
      schema: {
        tags,
        summary:
          'Move to another stage (a drag on the board); only the stage changes; 409 when the version is stale',
        params: idParams,
        body: moveOpportunitySchema,
        response: { 200: moveResultSchema },
      },
    },
    (request) => actions.move(principalOf(request), request.params.id, request.body),
  );
}
