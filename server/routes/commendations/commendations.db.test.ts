import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, auditCount, idOf, userWith } from '../../../test/support/api.ts';

/**
 * Hand-worked cases entered as history through the API and checked against the eligibility
 * answer; clauses are those of the default rules (server/domain/commendations/default-rules*.ts).
 */

let t: TestApp;
let admin: Session;
let office: Session;
let officerNV: Session;
let officerTC: Session;
let council: Session;
let soNV: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'office', 'emulation_office', 'UBND-TINH');
  officerNV = await userWith(t, admin, 'officer.nv', 'unit_officer', 'SO-NV');
  officerTC = await userWith(t, admin, 'officer.tc', 'unit_officer', 'SO-TC');
  council = await userWith(t, admin, 'council', 'council_member', 'UBND-TINH');
  soNV = await idOf(admin, 'SO-NV');
});
afterAll(() => t.close());

async function person(s: Session, fullName: string, unitId = soNV): Promise<string> {
  const res = await s.request('POST', '/api/people', { fullName, category: 'official', unitId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function post(s: Session, url: string, body: unknown, status = 201) {
  const res = await s.request('POST', url, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const check = async (s: Session, id: string, award: string, date: string) => {
  const res = await s.request(
    'GET',
    `/api/commendations/eligibility?subjectKind=individual&subjectId=${id}&award=${award}&date=${date}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** HTT 2024, exemplary conduct attested, and an initiative recognised at base level on 2024-11-20. */
async function cstdcsCandidate(name: string): Promise<string> {
  const id = await person(officerNV, name);
  const base = `/api/subjects/individual/${id}`;
  await post(officerNV, `${base}/ratings`, { year: 2024, rating: 'HTT' });
  await post(officerNV, `${base}/attestations`, {
    fact: 'exemplary_conduct',
    year: 2024,
    ref: 'Biên bản họp đánh giá 2024',
  });
  const ini = await post(officerNV, '/api/initiatives', {
    title: 'Số hoá hồ sơ thi đua',
    authorIds: [id],
    unitId: soNV,
    description: 'Quy trình số hoá hồ sơ',
    effect: 'Giảm 50% thời gian xử lý',
  });
  const reviewed = await post(office, `/api/initiatives/${ini.id}/review`, { version: 1 }, 200);
  const recognised = await post(
    office,
    `/api/initiatives/${ini.id}/recognise`,
    {
      version: reviewed.version,
      level: 'base',
      date: '2024-11-20',
      decisionNumber: '15/QĐ-HĐSK',
      scope: 'Sở Nội vụ',
    },
    200,
  );
  expect(recognised).toMatchObject({ status: 'recognised', level: 'base' });
  return id;
}

describe('eligibility through the API, hand-worked', () => {
  it('Luật TĐKT 2022 Đ.23 k.1–2 — HTT 2024 + exemplary conduct + base-level initiative 2024 → CSTĐCS eligible for 2024', async () => {
    const id = await cstdcsCandidate('Lò Thị Hoa');
    const r = await check(office, id, 'CSTDCS', '2025-03-01');
    expect(r).toMatchObject({
      verdict: 'eligible',
      assessmentYear: 2024,
      rule: { code: 'lc.cstdcs', citation: { article: '23' } },
    });
    const initiativeLeaf = r.conditions.find(
      (c: { met: boolean; leaf: { kind: string } }) =>
        c.met && c.leaf.kind === 'initiatives_recognised',
    );
    expect(initiativeLeaf.evidence.length).toBeGreaterThan(0);
    expect(r.conditions.every((c: { description: { vi: string } }) => c.description.vi)).toBe(true);
  });

  it('Luật TĐKT 2022 Đ.23 k.2 — without the initiative (HTT only) → not eligible, the missing conditions listed', async () => {
    const id = await person(officerNV, 'Vàng A Sử');
    await post(officerNV, `/api/subjects/individual/${id}/ratings`, { year: 2024, rating: 'HTT' });
    await post(officerNV, `/api/subjects/individual/${id}/attestations`, {
      fact: 'exemplary_conduct',
      year: 2024,
      ref: 'Biên bản 2024',
    });
    const r = await check(office, id, 'CSTDCS', '2025-03-01');
    expect(r.verdict).toBe('not_eligible');
    expect(
      r.conditions
        .filter((c: { met: boolean }) => !c.met)
        .map((c: { leaf: { kind: string } }) => c.leaf.kind),
    ).toEqual(['rating_in_year', 'initiatives_recognised', 'initiatives_recognised']);
  });

  it('NĐ 152/2025 Đ.4 k.4 — an open discipline case holds the award until it is closed', async () => {
    const id = await cstdcsCandidate('Tòng Văn Minh');
    const c = await post(officerNV, `/api/subjects/individual/${id}/cases`, {
      kind: 'discipline',
      openedOn: '2025-02-01',
      ref: 'Tờ trình 3/TTr',
    });
    const held = await check(council, id, 'CSTDCS', '2025-03-01');
    expect(held.verdict).toBe('held');
    expect(held.holds).toEqual([expect.objectContaining({ caseId: c.id, kind: 'discipline' })]);
    const bad = await officerNV.request(
      'POST',
      `/api/subjects/individual/${id}/cases/${c.id}/close`,
      { closedOn: '2025-01-01' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('closedOn');
    await post(
      officerNV,
      `/api/subjects/individual/${id}/cases/${c.id}/close`,
      { closedOn: '2025-02-20' },
      200,
    );
    expect((await check(office, id, 'CSTDCS', '2025-03-01')).verdict).toBe('eligible');
  });

  it('Luật 72/2025/QH15 — the district chair’s Giấy khen: eligible on 2025-06-30, not conferrable on 2025-07-01', async () => {
    const id = await person(officerNV, 'Lù Văn Pản');
    await post(officerNV, `/api/subjects/individual/${id}/attestations`, {
      fact: 'outstanding_in_movement',
      year: 2024,
      ref: 'Báo cáo thành tích 2024',
    });
    expect((await check(office, id, 'GK_CT_UBND_HUYEN', '2025-06-30')).verdict).toBe('eligible');
    expect(await check(office, id, 'GK_CT_UBND_HUYEN', '2025-07-01')).toMatchObject({
      verdict: 'not_eligible',
      rule: null,
      reason: 'award_not_conferrable',
    });
  });

  it('NĐ 152/2025 Đ.50 k.1 c — cash for CSTĐCS: 1.0 × 2,340,000 đ', async () => {
    const res = await office.request(
      'GET',
      '/api/commendations/cash?award=CSTDCS&subject=individual&decisionDate=2025-07-15',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ amount: 2_340_000, multiplier: 1 });
  });
});

describe('who may qualify', () => {
  it('lists the people of a unit for an award and year, eligible first; other units’ officers get 404', async () => {
    const q = `/api/commendations/candidates?unitId=${soNV}&year=2024&award=CSTDCS&date=2025-03-01`;
    const res = await office.request('GET', q);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().candidates as { name: string; result: { verdict: string } }[];
    expect(list.find((c) => c.name === 'Lò Thị Hoa')?.result.verdict).toBe('eligible');
    expect(list.find((c) => c.name === 'Vàng A Sử')?.result.verdict).toBe('not_eligible');
    const order = { eligible: 0, held: 1, not_eligible: 2 } as Record<string, number>;
    const ranks = list.map((c) => order[c.result.verdict]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await officerTC.request('GET', q)).statusCode).toBe(404);
  });
});

describe('history records', () => {
  it('refuses a second rating for the same year and bad input field by field, writing nothing', async () => {
    const id = await person(officerNV, 'Giàng Thị Mai');
    const before = await auditCount(t, 'commendation_record.');
    await post(officerNV, `/api/subjects/individual/${id}/ratings`, { year: 2023, rating: 'HTXS' });
    const again = await officerNV.request('POST', `/api/subjects/individual/${id}/ratings`, {
      year: 2023,
      rating: 'HTT',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toHaveProperty('year');
    const bad = await officerNV.request('POST', `/api/subjects/individual/${id}/awards`, {
      awardCode: 'NO_SUCH',
      year: 2024,
      kind: 'merit',
      decisionNo: '1/QĐ',
      decisionDate: '2025-01-15',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('awardCode');
    const shape = await officerNV.request('POST', `/api/subjects/individual/${id}/ratings`, {
      year: 'x',
      rating: 'GOOD',
    });
    expect(shape.statusCode).toBe(400);
    expect(Object.keys(shape.json().error.fields).sort()).toEqual(['rating', 'year']);
    expect(await auditCount(t, 'commendation_record.')).toBe(before + 1);
    const h = (await officerNV.request('GET', `/api/people/${id}`)).json();
    expect(h.records).toHaveLength(1);
    expect(h.abilities).toEqual({ read: true, record: true, checkEligibility: true });
  });

  it('records a collective’s award on its unit', async () => {
    const rec = await post(office, `/api/subjects/collective/${soNV}/awards`, {
      awardCode: 'TTLDTT',
      year: 2024,
      kind: 'merit',
      decisionNo: '20/QĐ-UBND',
      decisionDate: '2025-01-20',
    });
    const h = (await council.request('GET', `/api/subjects/collective/${soNV}/history`)).json();
    expect(h.subject).toMatchObject({ kind: 'collective', name: 'Sở Nội vụ' });
    expect(h.records.map((r: { id: string }) => r.id)).toContain(rec.id);
  });
});

describe('households', () => {
  it('Bằng khen tỉnh, household (provincial regulation Đ.3 k.3): land given for a road → eligible; money alone → not', async () => {
    const make = async (headName: string, kind: string) => {
      const h = await post(officerNV, '/api/households', {
        headName,
        address: 'Bản Sin Suối Hồ',
        unitId: soNV,
      });
      await post(officerNV, `/api/subjects/household/${h.id}/contributions`, {
        kind,
        date: '2024-08-10',
        project: 'Đường liên bản Sin Suối Hồ',
      });
      return h.id as string;
    };
    const land = await make('Vàng A Sử', 'land');
    const money = await make('Lò Văn Ón', 'money');
    const verdict = async (id: string) =>
      (
        await office.request(
          'GET',
          `/api/commendations/eligibility?subjectKind=household&subjectId=${id}&award=BK_CT_UBND_TINH&date=2025-03-01`,
        )
      ).json().verdict;
    expect([await verdict(land), await verdict(money)]).toEqual(['eligible', 'not_eligible']);
    const seen = (await officerTC.request('GET', '/api/households')).json().households;
    expect(seen.map((h: { id: string }) => h.id)).not.toContain(land);
    expect(
      (await officerTC.request('GET', `/api/subjects/household/${land}/history`)).statusCode,
    ).toBe(404);
  });
});

describe('permissions', () => {
  it('scopes people to the units a user covers and hides others’ records', async () => {
    const id = await person(officerNV, 'Hoàng Văn Tài');
    const mine = (await officerTC.request('GET', '/api/people')).json().people;
    expect(mine.map((p: { id: string }) => p.id)).not.toContain(id);
    expect(
      (await office.request('GET', '/api/people')).json().people.map((p: { id: string }) => p.id),
    ).toContain(id);
    expect((await officerTC.request('GET', `/api/people/${id}`)).statusCode).toBe(404);
    const write = await officerTC.request('POST', `/api/subjects/individual/${id}/ratings`, {
      year: 2024,
      rating: 'HTT',
    });
    expect(write.statusCode).toBe(404);
    const councilWrite = await council.request('POST', `/api/subjects/individual/${id}/ratings`, {
      year: 2024,
      rating: 'HTT',
    });
    expect(councilWrite.statusCode).toBe(403);
    const foreign = await officerTC.request('POST', '/api/people', {
      fullName: 'X',
      category: 'official',
      unitId: soNV,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('a person of a merged-away department follows it: the successor’s officer reads their history', async () => {
    const khdt = await idOf(admin, 'SO-KHDT', '2024-06-01');
    const id = await person(office, 'Nguyễn Văn Kế', khdt);
    expect((await officerTC.request('GET', `/api/people/${id}`)).statusCode).toBe(200);
    expect((await officerNV.request('GET', `/api/people/${id}`)).statusCode).toBe(404);
    const listed = (await officerTC.request('GET', '/api/people')).json().people;
    expect(listed.map((p: { id: string }) => p.id)).toContain(id);
  });

  it('a unit officer neither reviews nor recognises initiatives', async () => {
    const id = await person(officerNV, 'Sùng A Lử');
    const ini = await post(officerNV, '/api/initiatives', {
      title: 'Sáng kiến A',
      authorIds: [id],
      unitId: soNV,
      description: 'Mô tả',
      effect: 'Hiệu quả',
    });
    expect(ini.abilities).toEqual({ review: false, reject: false, recognise: false });
    expect(
      (await officerNV.request('POST', `/api/initiatives/${ini.id}/review`, { version: 1 }))
        .statusCode,
    ).toBe(403);
    const skip = await office.request('POST', `/api/initiatives/${ini.id}/recognise`, {
      version: 1,
      level: 'base',
      date: '2025-01-01',
      decisionNumber: '1',
      scope: 'Sở',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('initiative_invalid_transition');
  });
});

describe('base-level initiatives', () => {
  it('the head of the commune where an initiative applies reviews and recognises it at base level', async () => {
    const commune = await idOf(admin, 'XA-BAN-BO');
    const officer = await userWith(t, admin, 'officer.banbo', 'unit_officer', 'XA-BAN-BO');
    const head = await userWith(t, admin, 'head.banbo', 'unit_head', 'XA-BAN-BO');
    const otherHead = await userWith(t, admin, 'head.nv', 'unit_head', 'SO-NV');
    const author = await person(officer, 'Lò Văn Pọm', commune);
    const ini = await post(officer, '/api/initiatives', {
      title: 'Ủ phân vi sinh từ phụ phẩm nông nghiệp',
      authorIds: [author],
      unitId: commune,
      description: 'Quy trình ủ phân',
      effect: 'Giảm 30% chi phí phân bón',
    });
    expect(ini.abilities).toEqual({ review: false, reject: false, recognise: false });
    const url = `/api/initiatives/${ini.id}`;
    expect((await otherHead.request('POST', `${url}/review`, { version: 1 })).statusCode).toBe(404);
    const reviewed = await post(head, `${url}/review`, { version: 1 }, 200);
    expect(reviewed.abilities).toMatchObject({ recognise: true });
    const recognition = {
      version: reviewed.version,
      date: '2026-02-10',
      decisionNumber: '03/QĐ-UBND',
      scope: 'Xã Bản Bo',
    };
    // province and national recognition stay with the office
    const province = await head.request('POST', `${url}/recognise`, {
      ...recognition,
      level: 'province',
    });
    expect(province.statusCode).toBe(400);
    expect(Object.keys(province.json().error.fields)).toEqual(['level']);
    const audits = await auditCount(t, 'initiative.recognise');
    const done = await post(head, `${url}/recognise`, { ...recognition, level: 'base' }, 200);
    expect(done).toMatchObject({ status: 'recognised', level: 'base' });
    expect(await auditCount(t, 'initiative.recognise')).toBe(audits + 1);
  });
});

describe('rules as data', () => {
  const rule = {
    code: 'lc.province.gk_model',
    awardCode: 'BK_CT_UBND_TINH',
    subject: 'individual',
    effectiveFrom: '2026-01-01',
    citation: { instrument: 'Quyết định số 12/2025/QĐ-UBND', article: '5', clause: '1' },
    condition: { kind: 'attested', fact: 'provincial_model' },
  };

  it('the default rules are seeded; everyone reads them, only the office writes', async () => {
    const list = (await officerNV.request('GET', '/api/commendations/rules')).json();
    expect(list.rules.length).toBeGreaterThan(10);
    expect(list.abilities.create).toBe(false);
    expect((await officerNV.request('POST', '/api/commendations/rules', rule)).statusCode).toBe(
      403,
    );
    const cat = (await officerNV.request('GET', '/api/commendations/catalogue')).json();
    expect(cat.awards.map((a: { code: string }) => a.code)).toContain('CSTDCS');
  });

  it('refuses a rule without citation (400, field citation) and one overlapping its lineage', async () => {
    const before = await auditCount(t, 'commendation_rule.');
    const { citation: _omit, ...uncited } = rule;
    const res = await office.request('POST', '/api/commendations/rules', uncited);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('citation');
    const overlap = await office.request('POST', '/api/commendations/rules', {
      ...rule,
      code: 'lc.cstdcs',
      awardCode: 'CSTDCS',
      effectiveFrom: '2025-01-01',
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.fields).toHaveProperty('effectiveFrom');
    expect(await auditCount(t, 'commendation_rule.')).toBe(before);
  });

  it('adds a provincial rule, edits it with optimistic locking, and the check uses it', async () => {
    const created = await post(office, '/api/commendations/rules', rule);
    expect(created).toMatchObject({ version: 1, citation: { article: '5' } });
    const edited = await office.request('PUT', `/api/commendations/rules/${created.id}`, {
      version: 1,
      rule: { ...rule, effectiveFrom: '2025-01-01' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, effectiveFrom: '2025-01-01' });
    const stale = await office.request('PUT', `/api/commendations/rules/${created.id}`, {
      version: 1,
      rule,
    });
    expect(stale.statusCode).toBe(409);
    const id = await person(officerNV, 'Điêu Thị Xuân');
    await post(officerNV, `/api/subjects/individual/${id}/attestations`, {
      fact: 'provincial_model',
      year: 2025,
      ref: 'Biên bản 2025',
    });
    const r = await check(office, id, 'BK_CT_UBND_TINH', '2026-03-01');
    expect(r.alternatives.length + 1).toBeGreaterThanOrEqual(1);
    expect([
      r.rule.code,
      ...r.alternatives.map((a: { rule: { code: string } }) => a.rule.code),
    ]).toContain('lc.province.gk_model');
  });
});
