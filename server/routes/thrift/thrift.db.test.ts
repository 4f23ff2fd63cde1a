import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userOn, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let office: Session;
let officer: Session;
let other: Session;
let commune: string;
let root: string;

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'th.office', 'emulation_office', 'UBND-TINH');
  root = await idOf(admin, 'UBND-TINH', '2026-03-02');
  commune = (await t.app.inject({ url: '/api/public/waste-reports/places' })).json().places[0].id;
  officer = await userOn(t, 'th.xa', 'unit_head', commune);
  other = await userWith(t, admin, 'th.soxd', 'unit_officer', 'SO-XD');
});
afterAll(() => t.close());

describe('programmes', () => {
  it('the province issues its programme; a commune cascades from it; issued is read-only', async () => {
    const province = await office.request('POST', '/api/thrift/programmes', {
      unitId: root,
      kind: 'yearly',
      startYear: 2026,
      endYear: 2026,
      title: 'Chương trình THTK-CLP tỉnh năm 2026',
      targets: [
        {
          category: 'state_budget',
          text: 'Tiết kiệm 10% chi thường xuyên',
          amount: 50_000_000_000,
        },
      ],
    });
    expect(province.statusCode).toBe(201);
    const p = province.json();
    expect(p).toMatchObject({ status: 'draft', abilities: { edit: true, issue: true } });
    const issued = await office.request('POST', `/api/thrift/programmes/${p.id}/issue`, {
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-02-15',
      version: p.version,
    });
    expect(issued.json()).toMatchObject({
      status: 'issued',
      decisionNumber: '123/QĐ-UBND',
      abilities: { edit: false },
    });
    const edit = await office.request('PUT', `/api/thrift/programmes/${p.id}`, {
      title: 'x',
      targets: [],
      version: issued.json().version,
    });
    expect(edit.statusCode).toBe(403);

    const mine = await officer.request('POST', '/api/thrift/programmes', {
      unitId: commune,
      kind: 'yearly',
      startYear: 2026,
      endYear: 2026,
      parentId: p.id,
      title: 'Chương trình THTK-CLP xã năm 2026',
      targets: [{ category: 'public_assets', text: 'Sắp xếp lại trụ sở dôi dư' }],
    });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().parentId).toBe(p.id);
    const issuedMine = await officer.request(
      'POST',
      `/api/thrift/programmes/${mine.json().id}/issue`,
      {
        decisionNumber: '05/QĐ-UBND',
        decisionDate: '2026-02-20',
        version: mine.json().version,
      },
    );
    expect(issuedMine.statusCode).toBe(200);
    expect(
      (
        await other.request('POST', '/api/thrift/programmes', {
          unitId: commune,
          kind: 'yearly',
          startYear: 2026,
          endYear: 2026,
          title: 'Không phải của mình',
          targets: [],
        })
      ).statusCode,
    ).toBe(403);
    expect(await auditCount(t, 'thrift_programme')).toBe(4);
  });
});

describe('savings feed the report and the province totals', () => {
  it('a commune enters savings; suggestions name the source; public totals sum them', async () => {
    const a = await officer.request('PUT', '/api/thrift/savings', {
      unitId: commune,
      year: 2026,
      category: 'public_assets',
      amount: 1_200_000_000,
      evidence: 'Biên bản bàn giao trụ sở số 12',
    });
    expect(a.statusCode).toBe(200);
    // Correcting needs the version read.
    expect(
      (
        await officer.request('PUT', '/api/thrift/savings', {
          unitId: commune,
          year: 2026,
          category: 'public_assets',
          amount: 1_300_000_000,
          evidence: 'Biên bản bàn giao trụ sở số 12',
        })
      ).statusCode,
    ).toBe(409);
    await officer.request('PUT', '/api/thrift/savings', {
      unitId: commune,
      year: 2026,
      category: 'public_assets',
      amount: 1_300_000_000,
      evidence: 'Biên bản bàn giao trụ sở số 12',
      version: a.json().version,
    });
    await office.request('PUT', '/api/thrift/savings', {
      unitId: root,
      year: 2026,
      category: 'public_assets',
      amount: 700_000_000,
      evidence: 'Báo cáo Sở Tài chính',
    });
    expect(
      (
        await other.request('PUT', '/api/thrift/savings', {
          unitId: commune,
          year: 2026,
          category: 'state_budget',
          amount: 1,
          evidence: 'x',
        })
      ).statusCode,
    ).toBe(403);

    const s = (
      await officer.request('GET', `/api/thrift/suggestions?unitId=${commune}&year=2026`)
    ).json();
    expect(s.suggestions).toContainEqual(
      expect.objectContaining({ criterionCode: 'A-THR-6', value: true, module: 'thrift' }),
    );
    expect(s.suggestions).toContainEqual(expect.objectContaining({ criterionCode: 'A-THR-1' }));
    expect(JSON.stringify(s)).toContain('Biên bản bàn giao trụ sở số 12');

    const pub = (await t.app.inject({ url: '/api/public/thrift' })).json();
    expect(pub.savings).toContainEqual({
      year: 2026,
      category: 'public_assets',
      amount: 2_000_000_000,
      units: 2,
    });
  });
});

describe('violations', () => {
  it('the office records an inspection, handles it (discipline record written) and publishes only the decision', async () => {
    const person = await office.request('POST', '/api/people', {
      fullName: 'Trần Văn Kỷ Luật',
      category: 'official',
      unitId: commune,
    });
    expect(person.statusCode).toBe(201);
    const v = await office.request('POST', '/api/thrift/violations', {
      unitId: commune,
      foundOn: '2026-02-10',
      category: 'procurement',
      inspectingBody: 'Thanh tra tỉnh',
      finding: 'Mua sắm thiết bị vượt định mức',
      amount: 300_000_000,
    });
    expect(v.statusCode).toBe(201);
    expect(
      (
        await officer.request('POST', '/api/thrift/violations', {
          unitId: commune,
          foundOn: '2026-02-10',
          category: 'procurement',
          inspectingBody: 'x',
          finding: 'x',
          amount: 1,
        })
      ).statusCode,
    ).toBe(403);
    const handled = await office.request('POST', `/api/thrift/violations/${v.json().id}/handling`, {
      measures: 'Thu hồi, kiểm điểm',
      amountRecovered: 250_000_000,
      decisionNumber: '45/QĐ-TTr',
      decisionDate: '2026-02-25',
      disciplined: [
        {
          personId: person.json().id,
          severity: 'reprimand',
          decidedOn: '2026-02-25',
          endsOn: '2027-02-25',
        },
      ],
      publicSummary: 'Thu hồi 250 triệu đồng; kiểm điểm tập thể, cá nhân liên quan.',
      version: v.json().version,
    });
    expect(handled.statusCode).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'handled', disciplinedCount: 1 });
    expect(await auditCount(t, 'commendation_record.discipline.create')).toBe(1);
    const history = (
      await office.request('GET', `/api/subjects/individual/${person.json().id}/history`)
    ).json();
    expect(JSON.stringify(history)).toContain('reprimand');

    const pub = await t.app.inject({ url: '/api/public/thrift' });
    expect(pub.json().handledViolations).toHaveLength(1);
    expect(pub.json().handledViolations[0]).toMatchObject({
      decisionNumber: '45/QĐ-TTr',
      amountRecovered: 250_000_000,
    });
    expect(pub.body).not.toContain('Trần Văn Kỷ Luật');
    expect(pub.body).not.toContain('vượt định mức');
  });
});
