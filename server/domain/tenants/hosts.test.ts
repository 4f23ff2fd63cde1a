import { describe, expect, it } from 'vitest';
import {
  directoryOf,
  isRegistrableHost,
  normaliseHost,
  tenantCodeFrom,
  tenantOfHost,
} from './hosts.ts';

const a = { id: 'a', code: 'lai-chau', name: 'A' };
const b = { id: 'b', code: 'dien-bien', name: 'B' };

describe('normaliseHost', () => {
  it.each([
    ['ThiDua.LaiChau.gov.vn', 'thidua.laichau.gov.vn'],
    ['thidua.laichau.gov.vn:8443', 'thidua.laichau.gov.vn'],
    ['localhost:3000', 'localhost'],
    ['127.0.0.1:80', '127.0.0.1'],
    ['[::1]:3000', '[::1]'],
    ['example.vn.', 'example.vn'],
    ['', undefined],
    [undefined, undefined],
    ['[::1', undefined],
  ])('%s → %s', (raw, host) => expect(normaliseHost(raw)).toBe(host));
});

describe('tenantOfHost', () => {
  it('answers with the registered tenant, whatever the case and port', () => {
    const dir = directoryOf([a, b], [{ host: 'thidua.dienbien.gov.vn', tenantId: 'b' }]);
    expect(tenantOfHost(dir, 'THIDUA.dienbien.gov.vn:443')).toBe(b);
  });
  it('lets the only tenant answer any host, registered or not', () => {
    const dir = directoryOf([a], [{ host: 'thidua.laichau.gov.vn', tenantId: 'a' }]);
    expect(tenantOfHost(dir, '127.0.0.1:3000')).toBe(a);
    expect(tenantOfHost(dir, undefined)).toBe(a);
  });
  it('answers nobody for an unknown host once there are two tenants', () => {
    const dir = directoryOf([a, b], [{ host: 'thidua.dienbien.gov.vn', tenantId: 'b' }]);
    expect(tenantOfHost(dir, 'localhost')).toBeUndefined();
    expect(tenantOfHost(dir, undefined)).toBeUndefined();
  });
});

describe('names', () => {
  it('derives a code from a Vietnamese name', () => {
    expect(tenantCodeFrom('Ủy ban nhân dân tỉnh Điện Biên')).toBe('dien-bien');
    expect(tenantCodeFrom('UBND thành phố Hà Nội')).toBe('ha-noi');
    expect(tenantCodeFrom('Bộ Nội vụ')).toBe('noi-vu');
  });
  it('accepts host names and IP literals, refuses the rest', () => {
    expect(isRegistrableHost('thidua.dienbien.gov.vn')).toBe(true);
    expect(isRegistrableHost('10.0.0.5')).toBe(true);
    expect(isRegistrableHost('[::1]')).toBe(true);
    expect(isRegistrableHost('bad_host.vn')).toBe(false);
    expect(isRegistrableHost('-x.vn')).toBe(false);
    expect(isRegistrableHost('a..vn')).toBe(false);
  });
});
