import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/client.ts';
import { buildImportFile } from '../../services/units-excel.ts';
import { verifyAudit } from '../../services/audit.ts';
import { adminPassword, idOf, multipart } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

interface Link {
  code: string;
  name: string;
  depth: number;
  verified: boolean;
}
/** A unit of today, or else an old commune of 2024. */
const idByCode = (code: string) => idOf(admin, code).catch(() => idOf(admin, code, '2024-12-31'));
const lineageOf = async (code: string) =>
  (await admin.request('GET', `/api/units/${await idByCode(code)}/lineage`)).json() as {
    predecessors: Link[];
    successors: Link[];
  };
const direct = (links: Link[]) =>
  links
    .filter((l) => l.depth === 1)
    .map((l) => [l.code, l.verified] as const)
    .sort();
const importMapping = async (rows: Record<string, string>[]) => {
  const { body, headers } = multipart(await buildImportFile('successions', rows));
  return admin.request('POST', '/api/units/import-successors?mode=import', body, headers);
};
const unverifiedEvents = async () =>
  (
    await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from unit_events where tenant_id = ${t.tenantId} and not verified`,
    )
  )[0]!.n;

describe('the seeded 2025 commune merger', () => {
  it('follows an old commune in 2024 to its successor in 2026, marked unverified', async () => {
    const tree2024 = (await admin.request('GET', '/api/units/tree?asOf=2024-12-31')).json();
    const communes = tree2024.units.filter((u: { kind: string }) => u.kind === 'commune');
    expect(communes).toHaveLength(106);
    const taMung = await lineageOf('XA-TA-MUNG-THAN-UYEN');
    expect(taMung.successors.map((l) => [l.code, l.name, l.verified])).toEqual([
      ['XA-MUONG-KIM', 'Xã Mường Kim', false],
    ]);
    const detail = (
      await admin.request('GET', `/api/units/${await idByCode('XA-MUONG-KIM')}`)
    ).json();
    const merge = detail.events.find((e: { kind: string }) => e.kind === 'merge');
    expect(merge).toMatchObject({ verified: false, basis: expect.stringContaining('1670') });
    expect(detail.events.find((e: { kind: string }) => e.kind === 'create').verified).toBe(true);
    expect(await unverifiedEvents()).toBe(36);
  });

  it('is replaced by the office’s import, which accepts names in either spelling and is verified', async () => {
    // the office says: Khoen On was formed from Ta Gia (written "Tà Gia"), Khoen On and Hua Nà
    // (which the seed put into Than Uyên); Ma Li Pho (written "Ma Ly Pho") went to Phong Thổ
    const res = await importMapping([
      { oldCode: 'Tà Gia', successorCode: 'Xã Khoen On', effectiveDate: '2025-07-01' },
      {
        oldCode: 'XA-KHOEN-ON-THAN-UYEN',
        successorCode: 'XA-KHOEN-ON',
        effectiveDate: '2025-07-01',
      },
      { oldCode: 'Xã Hua Nà', successorCode: 'Khoen On', effectiveDate: '01/07/2025' },
      { oldCode: 'Xã Ma Ly Pho', successorCode: 'XA-PHONG-THO', effectiveDate: '2025-07-01' },
    ]);
    expect(res.json(), res.body).toEqual({ total: 4, valid: 4, created: 4, errors: [] });

    expect(direct((await lineageOf('XA-KHOEN-ON')).predecessors)).toEqual([
      ['XA-HUA-NA-THAN-UYEN', true],
      ['XA-KHOEN-ON-THAN-UYEN', true],
      ['XA-TA-GIA-THAN-UYEN', true],
    ]);
    // Than Uyên keeps the seed's other links, still unverified; Hua Nà left them
    expect(direct((await lineageOf('XA-THAN-UYEN')).predecessors)).toEqual([
      ['TT-THAN-UYEN-THAN-UYEN', false],
      ['XA-MUONG-CANG-THAN-UYEN', false],
      ['XA-MUONG-THAN-THAN-UYEN', false],
    ]);
    // the file names Phong Thổ: its links are now only the office's
    expect(direct((await lineageOf('XA-PHONG-THO')).predecessors)).toEqual([
      ['XA-MA-LI-PHO-PHONG-THO', true],
    ]);
    // the seeded events of Khoen On and Phong Thổ had no predecessor left and are gone
    expect(await unverifiedEvents()).toBe(34);
    const [entry] = await queryRows<{ before: { unverifiedEvents: { deleted: boolean }[] } }>(
      t.handle.db,
      sql`select before from audit_log where tenant_id = ${t.tenantId} and action = 'unit.import_successions' order by seq desc limit 1`,
    );
    expect(entry!.before.unverifiedEvents.map((e) => e.deleted).sort()).toEqual([
      false,
      true,
      true,
    ]);
    expect((await verifyAudit(t.handle.db, t.tenantId)).ok).toBe(true);

    const again = await importMapping([
      { oldCode: 'Tà Gia', successorCode: 'Xã Khoen On', effectiveDate: '2025-07-01' },
    ]);
    expect(again.json()).toEqual({ total: 1, valid: 1, created: 0, errors: [] });
  });

  it('reads a short name as the commune of that name, and names the cell it cannot find', async () => {
    // "Mường Tè" on 2025-06-30 is the xã: the town is "TT Mường Tè", the district "Huyện Mường Tè"
    const res = await importMapping([
      { oldCode: 'Mường Tè', successorCode: 'XA-MUONG-TE', effectiveDate: '2025-07-01' },
      { oldCode: 'XA-NAM-KHAO-MUONG-TE', successorCode: 'Không Có', effectiveDate: '2025-07-01' },
    ]);
    expect(res.json()).toMatchObject({
      valid: 1,
      created: 0,
      errors: [
        {
          row: 3,
          field: 'successorCode',
          message: 'Không tìm thấy đơn vị có mã hoặc tên Không Có vào ngày hiệu lực.',
        },
      ],
    });
  });
});
