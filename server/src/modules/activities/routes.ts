import {
  ACTIVITY,
  type Activity,
  activitySchema,
  completeActivitySchema,
  createActivitySchema,
  followUpsQuerySchema,
  followUpsSchema,
  noteTypeInputSchema,
  noteTypeSchema,
  pinActivitySchema,
  reassignActivitySchema,
  recordRefParams,
  reopenActivitySchema,
  rescheduleActivitySchema,
  timelineSchema,
  updateActivitySchema,
} from '@kontor/domain/activities';
import { type FieldDef, listQuerySchema, listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import type { Language } from '@kontor/domain/users';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { registerExportRoute } from '../../platform/lists/export-route.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { ActivityActions } from './actions.js';
import type { NoteTypeService } from './note-types.js';
import { plainText } from './rich-text.js';
import type { ActivityService } from './service.js';

const tags = ['activities'];

export function activityRoutes(app: Api, activities: ActivityService, actions: ActivityActions): void {
  app.get(
    '/api/activities',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary:
          'The CRM overview: every entry the caller may see, newest first; filter[field], sort, cursor',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(activitySchema) },
      },
    },
    (request) => activities.list(principalOf(request), request.query, languageOf(request)),
  );

  registerExportRoute(app, {
    url: '/api/activities/export',
    access: 'activities.read',
    record: ACTIVITY,
    list: (principal, query, language) => activities.list(principal, query, language),
    cellValue: exportCell,
  });

  app.get(
    '/api/activities/deleted',
    {
      config: { access: 'activities.restore' },
      schema: {
        tags,
        summary: 'Deleted entries, to restore',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(activitySchema) },
      },
    },
    (request) => activities.deleted(principalOf(request), request.query, languageOf(request)),
  );

  app.get(
    '/api/records/:recordType/:recordId/timeline',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary: "A record's timeline: its 10 newest pinned entries, then its 10 newest others",
        params: recordRefParams,
        response: { 200: timelineSchema },
      },
    },
    (request) =>
      activities.timeline(
        principalOf(request),
        request.params.recordType,
        request.params.recordId,
        languageOf(request),
      ),
  );

  app.get(
    '/api/records/:recordType/:recordId/activities',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary: "Every entry of a record's timeline, as a list with the overview's filters",
        params: recordRefParams,
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(activitySchema) },
      },
    },
    (request) =>
      activities.listOfRecord(
        principalOf(request),
        request.params.recordType,
        request.params.recordId,
        request.query,
        languageOf(request),
      ),
  );

  app.get(
    '/api/follow-ups',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary: 'My follow-ups: open entries of mine and my teams, overdue, today and upcoming',
        querystring: followUpsQuerySchema,
        response: { 200: followUpsSchema },
      },
    },
    (request) => activities.followUps(principalOf(request), request.query.scope, languageOf(request)),
  );

  app.get(
    '/api/activities/:id',
    {
      config: { access: 'activities.read' },
      schema: { tags, params: idParams, response: { 200: activitySchema } },
    },
    (request) => activities.get(principalOf(request), request.params.id, languageOf(request)),
  );

  app.get(
    '/api/activities/:id/history',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary: "An entry's changes, newest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(fieldChangeSchema) }) },
      },
    },
    async (request) => ({
      items: await activities.history(principalOf(request), request.params.id, languageOf(request)),
    }),
  );

  app.post(
    '/api/activities',
    {
      config: { access: 'activities.write' },
      schema: {
        tags,
        summary: 'Record an entry linked to one or more records; open entries need a due date',
        body: createActivitySchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await activities.create(principalOf(request), request.body, languageOf(request))),
  );

  app.patch(
    '/api/activities/:id',
    {
      config: { access: 'activities.write' },
      schema: {
        tags,
        summary: 'Change an entry; send the version you read (409 when someone else changed it meanwhile)',
        params: idParams,
        body: updateActivitySchema,
        response: { 200: activitySchema },
      },
    },
    (request) =>
      activities.update(principalOf(request), request.params.id, request.body, languageOf(request)),
  );

  /** The actions on one entry: same access, parameters and answer (the changed entry). */
  const action = <Body extends z.ZodType>(
    name: string,
    summary: string,
    body: Body,
    run: (principal: Principal, id: string, body: z.output<Body>, language: Language) => Promise<Activity>,
  ) =>
    app.post(
      `/api/activities/:id/${name}`,
      {
        config: { access: 'activities.write' },
        schema: { tags, summary, params: idParams, body, response: { 200: activitySchema } },
      },
      (request) =>
        run(principalOf(request), request.params.id, request.body as z.output<Body>, languageOf(request)),
    );

  action('complete', 'Mark an open entry done, with an optional outcome', completeActivitySchema, (...a) =>
    actions.complete(...a),
  );
  action('reopen', 'Open a done entry again with a new due date', reopenActivitySchema, (...a) =>
    actions.reopen(...a),
  );
  action('reschedule', 'Move an open entry to a new due date', rescheduleActivitySchema, (...a) =>
    actions.reschedule(...a),
  );
  action('reassign', 'Hand an open entry to a user or a team', reassignActivitySchema, (...a) =>
    actions.reassign(...a),
  );
  action(
    'pin',
    'Pin an entry on top of its timelines ("sticky") or unpin it',
    pinActivitySchema,
    (p, id, b, l) => actions.pin(p, id, b.pinned, l),
  );

  app.delete(
    '/api/activities/:id',
    {
      config: { access: 'activities.delete' },
      schema: { tags, summary: 'Delete an entry (an admin can restore it)', params: idParams },
    },
    async (request, reply) => {
      await actions.delete(principalOf(request), request.params.id, languageOf(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/activities/:id/restore',
    {
      config: { access: 'activities.restore' },
      schema: {
        tags,
        summary: 'Restore a deleted entry',
        params: idParams,
        response: { 200: activitySchema },
      },
    },
    (request) => actions.restore(principalOf(request), request.params.id, languageOf(request)),
  );
}

/** The note types recording offers; admins add, rename, reorder and switch them off. */
export function noteTypeRoutes(app: Api, noteTypes: NoteTypeService): void {
  const tags = ['activities'];
  app.get(
    '/api/activity-note-types',
    {
      config: { access: 'activities.read' },
      schema: {
        tags,
        summary: 'Note types; all=true also lists those switched off',
        querystring: z.object({ all: z.enum(['true', 'false']).default('false') }).strict(),
        response: { 200: z.object({ items: z.array(noteTypeSchema) }) },
      },
    },
    async (request) => ({ items: await noteTypes.list(request.query.all !== 'true') }),
  );
  app.post(
    '/api/activity-note-types',
    {
      config: { access: 'settings.manage' },
      schema: { tags, body: noteTypeInputSchema, response: { 201: noteTypeSchema } },
    },
    async (request, reply) => reply.code(201).send(await noteTypes.create(request.body)),
  );
  app.put(
    '/api/activity-note-types/:id',
    {
      config: { access: 'settings.manage' },
      schema: { tags, params: idParams, body: noteTypeInputSchema, response: { 200: noteTypeSchema } },
    },
    (request) => noteTypes.update(request.params.id, request.body),
  );
}

/** The overview's columns that are not fields of the entry as the API shows it. */
function exportCell(activity: Activity, field: FieldDef): unknown {
  switch (field.key) {
    case 'text':
      return plainText(activity.body);
    case 'linkedName':
      return activity.links
        .map((link) => link.name ?? '')
        .filter(Boolean)
        .join(', ');
    case 'creatorName':
      return activity.createdByName;
    case 'assigneeName':
      return activity.assigneeUserName ?? activity.assigneeTeamName;
    default:
      return activity[field.key as keyof Activity];
  }
}
