import path from 'node:path';
import { z } from 'zod';

/** Settings, read and validated once; the only place that reads process.env. */
const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  EVIDENCE_MAX_MB: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  THIDUA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must look like smtp://user:pass@host:587 or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  JOBS_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** Behind a reverse proxy: `true` (any), or the proxy's addresses/CIDRs, comma-separated. */
  TRUST_PROXY: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The largest evidence file a report accepts (EVIDENCE_MAX_MB). */
  evidenceMaxBytes: number;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  production: boolean;
  /** NODE_ENV=development: the only setting that pretty-prints logs. */
  development: boolean;
  logLevel: string;
  /** Built front end (vite build output), served by the API server. */
  appDir: string;
  /** Outgoing mail; null when SMTP_URL is unset (notifications stay in the app). */
  mail: { smtpUrl: string; from: string } | null;
  /** The address users open the app at, for links in e-mails; relative links when unset. */
  publicUrl: string | undefined;
  /** How often the background job poller looks for due jobs. */
  jobsPollMs: number;
  /** Fastify's trustProxy: false, true, or the trusted proxies' addresses (TRUST_PROXY). */
  trustProxy: boolean | string;
}

export class ConfigError extends Error {}

/** Parses an environment; throws ConfigError naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = settingsSchema
    .refine((v) => !v.SMTP_URL || v.MAIL_FROM, {
      path: ['MAIL_FROM'],
      message: 'is required when SMTP_URL is set',
    })
    .safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: path.resolve(s.DATA_DIR),
    evidenceMaxBytes: s.EVIDENCE_MAX_MB * 1024 * 1024,
    databaseUrl: s.DATABASE_URL,
    adminPassword: s.THIDUA_ADMIN_PASSWORD,
    production: s.NODE_ENV === 'production',
    development: s.NODE_ENV === 'development',
    logLevel: s.LOG_LEVEL,
    appDir: path.resolve(import.meta.dirname, '..', 'dist', 'app'),
    mail: s.SMTP_URL && s.MAIL_FROM ? { smtpUrl: s.SMTP_URL, from: s.MAIL_FROM } : null,
    publicUrl: s.PUBLIC_URL?.replace(/\/+$/, ''),
    jobsPollMs: s.JOBS_POLL_MS,
    trustProxy: trustProxyOf(s.TRUST_PROXY),
  };
}

function trustProxyOf(value: string | undefined): boolean | string {
  if (!value || /^(false|0|no)$/i.test(value)) return false;
  if (/^(true|1|yes)$/i.test(value)) return true;
  return value;
}

/**
 * Whether a request reached us over HTTPS (ADR 0043): always when PUBLIC_URL is https, else when
 * a trusted proxy says so (X-Forwarded-Proto, honoured only with TRUST_PROXY), or TLS itself.
 */
export function isSecureTransport(config: Config, protocol: string): boolean {
  if (config.publicUrl?.startsWith('https://')) return true;
  return protocol === 'https';
}
