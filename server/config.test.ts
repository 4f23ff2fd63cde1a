import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('settings', () => {
  it('has the documented defaults', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      adminPassword: undefined,
      evidenceMaxBytes: 10 * 1024 * 1024,
    });
  });

  it('reads every documented variable', () => {
    const c = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/thidua',
      DATABASE_URL: 'postgresql://u@db/thidua',
      THIDUA_ADMIN_PASSWORD: 'mot-mat-khau-dai',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/thidua',
      databaseUrl: 'postgresql://u@db/thidua',
      adminPassword: 'mot-mat-khau-dai',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ THIDUA_ADMIN_PASSWORD: 'short' }, 'THIDUA_ADMIN_PASSWORD'],
    [{ EVIDENCE_MAX_MB: '0' }, 'EVIDENCE_MAX_MB'],
  ])('%j stops start-up naming %s', (env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('reads outgoing mail, the public address and the job poll interval', () => {
    expect(readConfig({})).toMatchObject({ mail: null, publicUrl: undefined, jobsPollMs: 5000 });
    const c = readConfig({
      SMTP_URL: 'smtp://user:pass@mail.example.vn:587',
      MAIL_FROM: 'thidua@example.vn',
      PUBLIC_URL: 'https://thidua.example.vn/',
      JOBS_POLL_MS: '1000',
    });
    expect(c).toMatchObject({
      mail: { smtpUrl: 'smtp://user:pass@mail.example.vn:587', from: 'thidua@example.vn' },
      publicUrl: 'https://thidua.example.vn',
      jobsPollMs: 1000,
    });
  });

  it.each([
    [{ SMTP_URL: 'http://mail.example.vn' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example.vn' }, 'MAIL_FROM'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
    [{ JOBS_POLL_MS: '5' }, 'JOBS_POLL_MS'],
  ])('%j stops start-up naming %s', (env, name) => {
    expect(() => readConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
