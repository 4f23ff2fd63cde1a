/**
 * Records of every kind in the seeded tenant (Lai Châu), made through the API as its users
 * would: the two-tenant test then tries to reach each of them from another tenant.
 */
import { expect } from 'vitest';
import { samples } from './file-samples.ts';
import { form, movementCode, narrative, openYear, publishSmallCriteria } from './reporting.ts';
import { idOf, userWith } from './api.ts';
import { testAdminPassword, type Session, type TestApp } from './test-app.ts';

export interface TenantARecords {
  admin: Session;
  office: Session;
  head: Session;
  /** By kind: the id (or code) of one record of that kind. */
  ids: {
    rootUnit: string;
    unit: string;
    user: string;
    grant: string;
    reportPeriod: string;
    evidence: string;
    notification: string;
    registrationPeriod: string;
    criteriaSet: string;
    criteriaVersion: number;
    block: string;
    person: string;
    household: string;
    initiative: string;
    case: string;
    rule: string;
    movementCode: string;
    targetCode: string;
  };
  /** The indicators workbook of the period, as the office downloads it. */
  workbook: Buffer;
}

async function ok<T = Record<string, unknown>>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = [200, 201],
): Promise<T> {
  const r = await res;
  expect(status, `${r.statusCode} ${r.body.slice(0, 300)}`).toContain(r.statusCode);
  return r.json() as T;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Run while Lai Châu is the only tenant (any host reaches it). */
export async function populateTenantA(t: TestApp): Promise<TenantARecords> {
  const admin = await t.signIn('admin', testAdminPassword);
  const office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  const head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  const officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  const unit = await idOf(admin, 'SO-XD');
  const rootUnit = await idOf(admin, 'UBND-TINH');
  const me = await ok<Json>(head.request('GET', '/api/me'));

  // Reports: a period, a draft with evidence, reminders (notifications).
  await publishSmallCriteria(office);
  const reportPeriod = await openYear(office);
  const reportUrl = `/api/report-periods/${reportPeriod}/reports/${unit}`;
  await ok(head.request('PUT', reportUrl, { answers: { 'R-PCT': { value: 80 } }, narrative }));
  const file = form(samples.pdf, 'Quyết định.pdf', { criterionCode: 'R-YN' });
  const evidence = (
    await ok<Json>(head.request('POST', `${reportUrl}/evidence`, file.body, file.headers))
  ).id;
  await ok(office.request('POST', `/api/report-periods/${reportPeriod}/remind`, {}));
  const notification = (await ok<Json>(head.request('GET', '/api/notifications'))).items[0].id;
  const workbook = (
    await office.request('GET', `/api/report-periods/${reportPeriod}/indicators.xlsx`)
  ).rawPayload;

  // Criteria: a draft version besides the published ones.
  const sets = (await ok<Json>(office.request('GET', '/api/criteria-sets'))).sets as Json[];
  const criteriaSet = sets.find((s) => s.code === 'category:units_localities')!.id;
  const draft = await ok<Json>(
    office.request('POST', `/api/criteria-sets/${criteriaSet}/versions`, { from: 1 }),
  );

  // Registrations: a period and a unit's registration against the seeded criteria.
  const registrationPeriod = (
    await ok<Json>(
      office.request('POST', '/api/registration-periods', {
        movementCode,
        year: 2026,
        opensOn: '2026-01-01',
        deadline: '2026-12-31',
      }),
    )
  ).id;
  const published = sets.find((s) => s.id === criteriaSet)!.publishedNumber as number;
  const content = await ok<Json>(
    office.request('GET', `/api/criteria-sets/${criteriaSet}/versions/${published}`),
  );
  const values: Record<string, number> = {};
  for (const g of content.content.groups as Json[])
    for (const c of g.criteria as Json[]) if (c.kind === 'quantitative') values[c.code] = 50;
  await ok(
    head.request('PUT', `/api/registrations/${registrationPeriod}/units/${unit}`, {
      criteriaSetId: criteriaSet,
      criteriaVersion: published,
      commitments: { values, collectiveTitles: [], individualTitles: [], note: '' },
    }),
  );

  // Blocks and a cluster pledge.
  const block = (
    await ok<Json>(
      admin.request('POST', '/api/blocks', { code: 'CUM-A', kind: 'cluster', name: 'Cụm A' }),
    )
  ).id;
  await ok(
    admin.request('PUT', `/api/blocks/${block}/members/2026`, {
      members: [{ unitId: unit, role: 'head' }],
    }),
  );
  await ok(
    head.request('POST', `/api/blocks/${block}/pledges/2026`, { text: 'Giao ước năm 2026' }),
  );

  // People, households, initiatives, a history record.
  const person = (
    await ok<Json>(
      officer.request('POST', '/api/people', {
        fullName: 'Lò Văn A',
        category: 'official',
        unitId: unit,
      }),
    )
  ).id;
  const household = (
    await ok<Json>(
      officer.request('POST', '/api/households', {
        headName: 'Hộ ông B',
        address: 'Bản Mới',
        unitId: unit,
      }),
    )
  ).id;
  const initiative = (
    await ok<Json>(
      officer.request('POST', '/api/initiatives', {
        title: 'Sáng kiến A',
        authorIds: [person],
        unitId: unit,
        description: 'Mô tả',
        effect: 'Hiệu quả',
      }),
    )
  ).id;
  const kase = (
    await ok<Json>(
      officer.request('POST', `/api/subjects/individual/${person}/cases`, {
        kind: 'discipline',
        openedOn: '2026-01-10',
      }),
    )
  ).id;

  // Targets: an actual entered by the office; the seeded rules.
  const targets = (await ok<Json>(office.request('GET', '/api/targets'))).targets as Json[];
  const targetCode = targets[0]!.code as string;
  await ok(
    office.request('PUT', `/api/targets/${targetCode}/actuals/2025`, {
      value: 1,
      source: 'Báo cáo',
    }),
  );
  const rule = (
    (await ok<Json>(office.request('GET', '/api/commendations/rules'))).rules as Json[]
  )[0]!.id;

  return {
    admin,
    office,
    head,
    ids: {
      rootUnit,
      unit,
      user: me.id,
      grant: me.grants[0].id,
      reportPeriod,
      evidence,
      notification,
      registrationPeriod,
      criteriaSet,
      criteriaVersion: draft.number,
      block,
      person,
      household,
      initiative,
      case: kase,
      rule,
      movementCode,
      targetCode,
    },
    workbook,
  };
}
