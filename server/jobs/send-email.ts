import { z } from 'zod';
import { notificationSubject, renderNotification } from '../../shared/i18n/notifications.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { findForEmail } from '../repositories/notifications.ts';
import type { JobHandler } from './runner.ts';

/** The part of a mail transport the job uses; nodemailer's transporter fits, tests pass a JSON one. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

const payloadSchema = z.object({ notificationId: z.uuid() });

/**
 * Composes the e-mail copy of a notification: users have no language setting, so the text is
 * Vietnamese with the English below it, and a full link when PUBLIC_URL is set.
 */
export function composeEmail(
  kind: string,
  params: unknown,
  link: string | null,
  publicUrl: string | undefined,
) {
  const url = link && publicUrl ? `${publicUrl}${link}` : null;
  const text = [
    renderNotification(kind, params, 'vi'),
    url ? `Xem chi tiết: ${url}` : null,
    '',
    '—',
    renderNotification(kind, params, 'en'),
    url ? `Details: ${url}` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
  return { subject: `[thidua] ${notificationSubject(kind, 'vi')}`, text };
}

/**
 * Sends one notification by e-mail. A notification whose reader has no address or was
 * deactivated since is skipped (done, nothing to retry); a transport error is retried.
 */
export function sendEmailHandler(
  deps: { db: Database; config: Config },
  transport: MailTransport,
): JobHandler {
  return async (job) => {
    const { notificationId } = payloadSchema.parse(job.payload);
    const row = await findForEmail(deps.db, notificationId);
    const from = deps.config.mail?.from;
    if (!row || !row.email || !row.active || !from) return;
    const n = row.notification;
    const { subject, text } = composeEmail(n.kind, n.params, n.link, deps.config.publicUrl);
    await transport.sendMail({ from, to: row.email, subject, text });
  };
}
