import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, idOf, userWith } from '../../../test/support/api.ts';

/**
 * Collectives: history that follows a unit through mergers, the commune type a unit has on the
 * checked day, member-based standards, open cases, and the office's "who may qualify" list.
 */

let t: TestApp;
let admin: Session;
let office: Session;
let officerXD: Session;
let root: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'office', 'emulation_office', 'UBND-TINH');
  officerXD = await userWith(t, admin, 'officer.xd', 'unit_officer', 'SO-XD');
  root = await idOf(admin, 'UBND-TINH');
});
afterAll(() => t.close());

async function post(s: Session, url: string, body: unknown, status = 201) {
  const res = await s.request('POST', url, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const check = async (id: string, award: string, date: string) => {
  const res = await office.request(
    'GET',
    `/api/commendations/eligibility?subjectKind=collective&subjectId=${id}&award=${award}&date=${date}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const collective = (id: string, rest: string) => `/api/subjects/collective/${id}/${rest}`;

describe('a collective’s history follows it through mergers', () => {
  it('Sở KH&CN shows Sở TT&TT’s records, labelled; Sở VHTTDL (took only a share) does not', async () => {
    const tttt = await idOf(admin, 'SO-TTTT', '2024-06-01');
    const khcn = await idOf(admin, 'SO-KHCN');
    const vh = await idOf(admin, 'SO-VHTTDL');
    const old = await post(office, collective(tttt, 'ratings'), { year: 2023, rating: 'HTXS' });
    const own = await post(office, collective(khcn, 'ratings'), { year: 2025, rating: 'HTT' });

    const h = (await office.request('GET', collective(khcn, 'history'))).json();
    const byId = new Map(h.records.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(own.id)).toMatchObject({ fromUnit: null });
    expect(byId.get(old.id)).toMatchObject({
      year: 2023,
      fromUnit: { id: tttt, name: 'Sở Thông tin và Truyền thông' },
    });
    const shared = (await office.request('GET', collective(vh, 'history'))).json();
    expect(shared.records.map((r: { id: string }) => r.id)).not.toContain(old.id);

    // Sở KH&CN existed in 2023: its own record decides that year, TT&TT's only stands for a
    // collective in years before it existed (ADR 0021)
    const result = await check(khcn, 'TTLDXS', '2024-03-01');
    const rating = result.conditions.find(
      (c: { leaf: { kind: string } }) => c.leaf.kind === 'rating_in_year',
    );
    expect(rating).toMatchObject({ met: false, evidence: [{ kind: 'missing', year: 2023 }] });
  });
});

describe('the commune type on the checked day (NĐ 98/2023 Đ.54 k.2 c → NĐ 152/2025 Đ.50 k.2 c)', () => {
  it('a township is a model-commune candidate on 2025-06-30 and not on 2025-07-01', async () => {
    const created = await post(admin, '/api/units', {
      code: 'TT-THU-NGHIEM',
      kind: 'commune',
      name: 'Thị trấn Thử Nghiệm',
      parentId: root,
      communeType: 'township',
      validFrom: '2024-01-01',
    });
    const id = created.units[0].id as string;
    await post(office, collective(id, 'attestations'), {
      fact: 'model_commune_criteria',
      year: 2024,
      ref: 'Biên bản thẩm định 2024',
    });
    const before = await check(id, 'XA_TIEU_BIEU', '2025-06-30');
    const after = await check(id, 'XA_TIEU_BIEU', '2025-07-01');
    expect(before.verdict).toBe('eligible');
    expect(after.verdict).toBe('not_eligible');
    const kindLeaf = (r: { conditions: { leaf: { kind: string } }[] }) =>
      r.conditions.find((c) => c.leaf.kind === 'local_unit_kind_in');
    expect(kindLeaf(after)).toMatchObject({
      met: false,
      evidence: [{ attribute: 'localUnitKind', value: 'township' }],
    });
    expect(after.rule.citation).toMatchObject({ article: '50', clause: '2', point: 'c' });
  });

  it('a seeded xã formed on 2025-07-01 reads its type (rural_commune) from the unit', async () => {
    const id = await idOf(admin, 'XA-MUONG-KIM');
    await post(office, collective(id, 'attestations'), {
      fact: 'model_commune_criteria',
      year: 2025,
      ref: 'Biên bản thẩm định 2025',
    });
    const result = await check(id, 'XA_TIEU_BIEU', '2025-12-01');
    expect(result.verdict).toBe('eligible');
  });
});

describe('standards over a collective’s members and open cases', () => {
  let xd: string;
  const people: string[] = [];
  beforeAll(async () => {
    xd = await idOf(admin, 'SO-XD');
    for (const fullName of ['Lò Văn A', 'Tòng Thị B', 'Lù Văn C']) {
      const p = await post(officerXD, '/api/people', {
        fullName,
        category: 'official',
        unitId: xd,
      });
      people.push(p.id);
      await post(officerXD, `/api/subjects/individual/${p.id}/ratings`, {
        year: 2024,
        rating: 'HTT',
      });
      await post(officerXD, `/api/subjects/individual/${p.id}/awards`, {
        awardCode: 'LDTT',
        year: 2024,
        kind: 'merit',
        decisionNo: `${people.length}/QĐ-SXD`,
        decisionDate: '2024-12-20',
      });
    }
    await post(officerXD, collective(xd, 'ratings'), { year: 2024, rating: 'HTT' });
  });

  it('Tập thể LĐTT: HTT, 3 of 3 members LĐTT (≥ 70%), nobody disciplined → eligible, members as evidence', async () => {
    const result = await check(xd, 'TTLDTT', '2025-03-01');
    expect(result.verdict).toBe('eligible');
    const share = result.conditions.find(
      (c: { leaf: { kind: string } }) => c.leaf.kind === 'members_share_with_title',
    );
    expect(share.evidence[0]).toMatchObject({ kind: 'members', total: 3, matching: 3 });
  });

  it('a member given a warning in 2024 makes it not eligible (no member disciplined ≥ cảnh cáo)', async () => {
    await post(officerXD, `/api/subjects/individual/${people[2]}/disciplines`, {
      severity: 'warning',
      decidedOn: '2024-09-01',
      endsOn: '2025-08-31',
    });
    const result = await check(xd, 'TTLDTT', '2025-03-01');
    expect(result.verdict).toBe('not_eligible');
    const leaf = result.conditions.find(
      (c: { leaf: { kind: string } }) => c.leaf.kind === 'no_member_discipline',
    );
    expect(leaf.met).toBe(false);
  });

  it('an open inspection of the unit holds the award until it is closed (NĐ 152/2025 Đ.4)', async () => {
    const tc = await idOf(admin, 'SO-TC');
    await post(office, collective(tc, 'ratings'), { year: 2024, rating: 'HTXS' });
    await post(office, collective(tc, 'attestations'), {
      fact: 'outstanding_in_movement',
      year: 2024,
      ref: 'Báo cáo tổng kết 2024',
    });
    expect((await check(tc, 'BK_CT_UBND_TINH', '2025-03-01')).verdict).toBe('eligible');
    const opened = await post(office, collective(tc, 'cases'), {
      kind: 'inspection',
      openedOn: '2025-02-01',
      ref: 'Thanh tra tỉnh',
    });
    const held = await check(tc, 'BK_CT_UBND_TINH', '2025-03-01');
    expect(held.verdict).toBe('held');
    expect(held.holds[0]).toMatchObject({ caseId: opened.id, kind: 'inspection' });
    await post(office, collective(tc, `cases/${opened.id}/close`), { closedOn: '2025-02-20' }, 200);
    expect((await check(tc, 'BK_CT_UBND_TINH', '2025-03-01')).verdict).toBe('eligible');
  });
});

describe('who may qualify: collectives, and the workbook', () => {
  it('lists the province and the units under it for Tập thể LĐTT, eligible first; exports the same rows', async () => {
    const q = `unitId=${root}&year=2024&award=TTLDTT&date=2025-03-01&subjectKind=collective`;
    const res = await office.request('GET', `/api/commendations/candidates?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().candidates as {
      name: string;
      subjectKind: string;
      result: { verdict: string };
    }[];
    expect(list.length).toBeGreaterThan(20); // on 2025-03-01: the departments and the 8 districts
    expect(list.every((c) => c.subjectKind === 'collective')).toBe(true);
    expect(list.some((c) => c.name === 'Ủy ban nhân dân tỉnh Lai Châu')).toBe(true);
    const verdicts = list.map((c) => c.result.verdict);
    expect(verdicts).toEqual(
      [...verdicts].sort(
        (a, b) =>
          ['eligible', 'held', 'not_eligible'].indexOf(a) -
          ['eligible', 'held', 'not_eligible'].indexOf(b),
      ),
    );

    const file = await office.request('GET', `/api/commendations/candidates.xlsx?${q}&lang=en`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('Verdict');
    expect(ws.rowCount).toBe(list.length + 1);
    expect(ws.getRow(2).getCell(2).value).toBe(list[0]!.name);
  });

  it('another unit’s officer may not list a unit outside their scope (404)', async () => {
    const tc = await idOf(admin, 'SO-TC');
    const res = await officerXD.request(
      'GET',
      `/api/commendations/candidates?unitId=${tc}&year=2024&award=TTLDTT&subjectKind=collective`,
    );
    expect([403, 404]).toContain(res.statusCode);
  });
});
