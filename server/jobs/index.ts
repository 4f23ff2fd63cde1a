import nodemailer from 'nodemailer';
import type { Deps } from '../deps.ts';
import { jobKinds } from '../repositories/jobs.ts';
import { dailyRemindersHandler, scheduleDailyReminders } from './reminders.ts';
import { createJobRunner, type JobHandler, type JobRunner, type RunnerLog } from './runner.ts';
import { sendEmailHandler, type MailTransport } from './send-email.ts';
import { scheduleWasteDeadlines, wasteDeadlinesHandler } from './waste-deadlines.ts';

/** Every job kind the server runs; `send_email` only when SMTP is configured. */
export function jobHandlers(deps: Deps, mail?: MailTransport): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {
    [jobKinds.dailyReminders]: dailyRemindersHandler(deps),
    [jobKinds.wasteDeadlines]: wasteDeadlinesHandler(deps),
  };
  const transport =
    mail ?? (deps.config.mail ? nodemailer.createTransport(deps.config.mail.smtpUrl) : undefined);
  if (transport) handlers[jobKinds.sendEmail] = sendEmailHandler(deps, transport);
  return handlers;
}

/**
 * The server's background work (ADR 0015): queues today's reminder run unless one is queued,
 * then polls every `JOBS_POLL_MS`. `server/main.ts` starts it after listen and stops it on close.
 */
export async function startJobs(deps: Deps, log: RunnerLog): Promise<JobRunner> {
  await scheduleDailyReminders(deps);
  await scheduleWasteDeadlines(deps);
  const runner = createJobRunner(deps, {
    handlers: jobHandlers(deps),
    intervalMs: deps.config.jobsPollMs,
    log,
  });
  runner.start();
  return runner;
}
