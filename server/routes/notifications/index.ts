import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../shared/locale.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentNotification } from '../../presenters/notifications.ts';
import * as notifications from '../../services/notifications.ts';
import { remindPeriod } from '../../services/reminders.ts';
import {
  notificationIdParams,
  notificationListQuery,
  notificationListResponse,
  periodIdParams,
  remindBody,
  remindResponse,
  unreadResponse,
} from './schema.ts';

/** The signed-in user's notifications (issue 4) and the completion board's "remind now". */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        querystring: notificationListQuery,
        response: { 200: notificationListResponse },
      },
    },
    async (request) => {
      const { limit, before, unread } = request.query;
      const out = await notifications.listNotifications(deps, requireActor(request), {
        limit,
        before,
        unreadOnly: unread,
      });
      const locale = pickLocale(request.headers['accept-language']);
      return {
        items: out.rows.map((r) => presentNotification(r, locale)),
        unread: out.unread,
        nextCursor: out.nextCursor,
      };
    },
  );

  app.get(
    '/notifications/unread-count',
    { schema: { tags, response: { 200: unreadResponse } } },
    async (request) => notifications.unreadCount(deps, requireActor(request)),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, response: { 200: unreadResponse } } },
    async (request) => notifications.markAllNotificationsRead(deps, requireActor(request)),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, params: notificationIdParams, response: { 200: unreadResponse } } },
    async (request) =>
      notifications.markNotificationRead(deps, requireActor(request), request.params.id),
  );

  app.post(
    '/report-periods/:id/remind',
    {
      schema: {
        tags: ['reports'],
        params: periodIdParams,
        body: remindBody,
        response: { 200: remindResponse },
      },
    },
    async (request) =>
      remindPeriod(deps, requireActor(request), request.params.id, request.body?.unitIds),
  );
};
