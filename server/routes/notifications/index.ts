import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/contracts/common.ts';
import {
  notificationListQuery,
  notificationListResponse,
  remindBody,
  remindResponse,
  unreadResponse,
} from '../../../shared/contracts/notifications.ts';
import { pickLocale } from '../../../shared/locale.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentNotificationList } from '../../presenters/notifications.ts';
import * as notifications from '../../services/notifications.ts';
import { remindPeriod } from '../../services/reminders.ts';

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
      const page = await notifications.listNotifications(deps, requireActor(request), {
        limit,
        before,
        unreadOnly: unread,
      });
      return presentNotificationList(page, pickLocale(request.headers['accept-language']));
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
    { schema: { tags, params: idParams, response: { 200: unreadResponse } } },
    async (request) =>
      notifications.markNotificationRead(deps, requireActor(request), request.params.id),
  );

  app.post(
    '/report-periods/:id/remind',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: remindBody,
        response: { 200: remindResponse },
      },
    },
    async (request) =>
      remindPeriod(deps, requireActor(request), request.params.id, request.body?.unitIds),
  );
};
