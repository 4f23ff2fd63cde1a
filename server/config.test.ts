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
});
