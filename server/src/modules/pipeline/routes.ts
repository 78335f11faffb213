import {
  createLostReasonSchema,
  createPipelineStageSchema,
  lostReasonSchema,
  pipelineStageSchema,
  updateLostReasonSchema,
  updatePipelineStageSchema,
} from '@kontor/domain/opportunities';
import { z } from 'zod';
import type { Api } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { LostReasonService } from './lost-reasons.js';
import type { PipelineStageService } from './stages.js';

const orderSchema = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(1000) }).strict();

/** The pipeline settings: stages (`/api/pipeline-stages`) and lost reasons (`/api/lost-reasons`). */
export function pipelineRoutes(app: Api, stages: PipelineStageService, reasons: LostReasonService): void {
  const stageTags = ['pipeline-stages'];
  const stageList = z.object({ items: z.array(pipelineStageSchema) });
  app.get(
    '/api/pipeline-stages',
    {
      config: { access: 'opportunities.read' },
      schema: {
        tags: stageTags,
        summary: 'The pipeline stages in board order',
        response: { 200: stageList },
      },
    },
    async () => ({ items: await stages.list() }),
  );
  app.post(
    '/api/pipeline-stages',
    {
      config: { access: 'settings.manage' },
      schema: { tags: stageTags, body: createPipelineStageSchema, response: { 201: pipelineStageSchema } },
    },
    async (request, reply) => reply.code(201).send(await stages.create(request.body)),
  );
  app.put(
    '/api/pipeline-stages/order',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags: stageTags,
        summary: 'Put all stages in the given order (409 when the list misses or adds one)',
        body: orderSchema,
        response: { 200: stageList },
      },
    },
    async (request) => ({ items: await stages.reorder(request.body.ids) }),
  );
  app.patch(
    '/api/pipeline-stages/:id',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags: stageTags,
        summary: 'Rename, re-weight, fold or move a stage; send the version you read (409 when stale)',
        params: idParams,
        body: updatePipelineStageSchema,
        response: { 200: pipelineStageSchema },
      },
    },
    (request) => stages.update(request.params.id, request.body),
  );
  app.delete(
    '/api/pipeline-stages/:id',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags: stageTags,
        summary:
          'Delete a stage; one in use needs moveTo, the stage its opportunities move to (one transaction)',
        params: idParams,
        querystring: z.object({ moveTo: z.string().min(1).max(64).optional() }).strict(),
      },
    },
    async (request, reply) => {
      await stages.delete(request.params.id, request.query.moveTo);
      return reply.code(204).send();
    },
  );

  const reasonTags = ['lost-reasons'];
  const reasonList = z.object({ items: z.array(lostReasonSchema) });
  app.get(
    '/api/lost-reasons',
    {
      // Opportunities and quotations both offer them; the names are no secret to a signed-in user.
      config: { access: 'authenticated' },
      schema: {
        tags: reasonTags,
        summary: 'Lost reasons in order; active=true leaves out deactivated ones',
        querystring: z.object({ active: z.enum(['true', 'false']).optional() }).strict(),
        response: { 200: reasonList },
      },
    },
    async (request) => ({ items: await reasons.list(request.query.active === 'true') }),
  );
  app.post(
    '/api/lost-reasons',
    {
      config: { access: 'settings.manage' },
      schema: { tags: reasonTags, body: createLostReasonSchema, response: { 201: lostReasonSchema } },
    },
    async (request, reply) => reply.code(201).send(await reasons.create(request.body)),
  );
  app.put(
    '/api/lost-reasons/order',
    {
      config: { access: 'settings.manage' },
      schema: { tags: reasonTags, body: orderSchema, response: { 200: reasonList } },
    },
    async (request) => ({ items: await reasons.reorder(request.body.ids) }),
  );
  app.patch(
    '/api/lost-reasons/:id',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags: reasonTags,
        summary: 'Rename, deactivate or move a lost reason; send the version you read (409 when stale)',
        params: idParams,
        body: updateLostReasonSchema,
        response: { 200: lostReasonSchema },
      },
    },
    (request) => reasons.update(request.params.id, request.body),
  );
  app.delete(
    '/api/lost-reasons/:id',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags: reasonTags,
        summary: 'Delete an unused lost reason (409 once used: deactivate it)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await reasons.delete(request.params.id);
      return reply.code(204).send();
    },
  );
}
