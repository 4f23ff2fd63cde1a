import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent } from '../../../shared/contracts/plan-content.ts';
import type { PlanVersionResponse } from '../../../shared/contracts/plans.ts';
import { adminPassword, auditCount, userWith } from '../../../test/support/api.ts';
import { docxParts, docxText } from '../../../test/support/documents.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';

const code = 'HTCS-THTK-2022-2030';
const base = `/api/movements/${code}/plan-versions`;
let t: TestApp;
let office: Session;
let officer: Session;
let leader: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'plan-office', 'emulation_office', 'UBND-TINH');
  officer = await userWith(t, admin, 'plan-officer', 'unit_officer', 'SO-NV');
  leader = await userWith(t, admin, 'plan-leader', 'leader', 'UBND-TINH');
});
afterAll(async () => t?.close());

const publicPlan = (query = '') =>
  t.app.inject({ method: 'GET', url: `/api/public/movements/${code}${query}` });

/** Fills every opened year the way an office would: forest cover rising towards 56%. */
function fill(content: PlanContent): PlanContent {
  return {
    ...content,
    targets: content.targets.map((target) => ({
      ...target,
      values: target.values.map((v) =>
        v.value !== null
          ? v
          : { ...v, value: target.code === 'FOREST_COVER' ? 54 + (v.year - 2025) * 0.4 : 1 },
      ),
    })),
  };
}

describe('version 1 is the seeded plan, issued by the plan itself', () => {
  it('serves version 1 publicly with the signer and the number and date marked unknown', async () => {
    const res = await publicPlan();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toMatchObject({
      number: 1,
      status: 'issued',
      effectiveFrom: null,
      decision: {
        kind: 'plan',
        number: null,
        date: null,
        signerName: 'Trần Tiến Dũng',
        signerTitle: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
        unknown: ['number', 'date'],
      },
    });
    const forest = body.targets.find((x: { code: string }) => x.code === 'FOREST_COVER').values;
    expect(
      forest.map((v: { year: number; value: number; setBy: number }) => [v.year, v.value, v.setBy]),
    ).toEqual([
      [2025, 54, 1],
      [2030, 56, 1],
    ]);
    expect(body.sectors.length).toBeGreaterThan(10);
    expect(body.purposes).toHaveLength(4);
  });

  it('refuses edits to the issued version with 409 and offers a new version', async () => {
    const v1 = (await office.request('GET', `${base}/1`)).json() as PlanVersionResponse;
    expect(v1.abilities).toEqual({ save: false, issue: false, newVersion: true });
    const res = await office.request('PUT', `${base}/1`, {
      revision: v1.revision,
      content: v1.content,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'plan_version_issued' });
    expect(res.json().error.message).toContain('Hãy tạo phiên bản mới từ phiên bản này');
  });
});

describe('the phase-2 version: drafted, previewed, issued by a decision', () => {
  let draft: PlanVersionResponse;

  it('lets only the office start it; copies version 1 with phase-2 years opened and findings attached', async () => {
    const body = {
      from: 1,
      phase: 'P2',
      findings: [{ vi: 'Sơ kết 2025: che phủ rừng đạt 54%.', en: '' }],
    };
    expect((await officer.request('POST', base, body)).statusCode).toBe(403);
    expect((await leader.request('POST', base, body)).statusCode).toBe(403);
    const res = await office.request('POST', base, body);
    expect(res.statusCode).toBe(201);
    draft = res.json();
    expect(draft).toMatchObject({ number: 2, status: 'draft', basedOn: 1 });
    const forest = draft.content.targets.find((x) => x.code === 'FOREST_COVER')!;
    expect(forest.values.map((v) => [v.year, v.value])).toEqual([
      [2025, 54],
      [2026, null],
      [2027, null],
      [2028, null],
      [2029, null],
      [2030, 56],
    ]);
    expect(draft.content.sections.filter((s) => s.kind === 'finding')).toHaveLength(1);
    expect((await office.request('POST', base, { from: 1 })).json().error.code).toBe(
      'plan_draft_exists',
    );
    // drafts are not public, not even in a diff
    expect((await publicPlan()).json().version.number).toBe(1);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/public/movements/${code}/diff?from=1&to=2`,
    });
    expect(hidden.statusCode).toBe(404);
    expect((await officer.request('GET', `${base}/2`)).statusCode).toBe(404);
    expect((await leader.request('GET', `${base}/2`)).statusCode).toBe(200);
  });

  it('refuses to issue with opened years; saves with field errors, stale revisions and then for real', async () => {
    const open = await office.request('POST', `${base}/2/issue`, {
      revision: draft.revision,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-03-01',
      signerName: 'Lê Văn Lương',
      signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    });
    expect(open.statusCode).toBe(400);
    expect(Object.keys(open.json().error.fields)).toContain(
      `targets.${draft.content.targets.findIndex((x) => x.code === 'FOREST_COVER')}.values.1.value`,
    );

    const bad = structuredClone(draft.content);
    bad.targets[0]!.values[0]!.year = 2040;
    const invalid = await office.request('PUT', `${base}/2`, {
      revision: draft.revision,
      content: bad,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields['targets.0.values.0.year']).toBeDefined();

    const filled = fill(draft.content);
    expect(
      (await officer.request('PUT', `${base}/2`, { revision: draft.revision, content: filled }))
        .statusCode,
    ).toBe(404);
    const saved = await office.request('PUT', `${base}/2`, {
      revision: draft.revision,
      content: filled,
    });
    expect(saved.statusCode).toBe(200);
    const stale = await office.request('PUT', `${base}/2`, {
      revision: draft.revision,
      content: filled,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    draft = saved.json();
    expect(draft.revision).toBeGreaterThan(1);
  });

  it('previews the draft as its document for the office only', async () => {
    const res = await office.request('GET', `${base}/2/plan.docx`);
    expect(res.statusCode).toBe(200);
    expect(docxText((await docxParts(res.rawPayload))['word/document.xml']!)).toContain('KẾ HOẠCH');
    expect((await officer.request('GET', `${base}/2/plan.docx`)).statusCode).toBe(404);
  });

  it('shows the changes side by side before issuing', async () => {
    const res = await office.request('GET', `${base}/diff?from=1&to=2`);
    expect(res.statusCode).toBe(200);
    const forest = res.json().changes.find((c: { key: string }) => c.key === 'FOREST_COVER');
    expect(forest.fields).toContainEqual({ field: 'values.2026', before: null, after: '≥ 54,4' });
    expect(res.json().changes.find((c: { part: string }) => c.part === 'sections')).toMatchObject({
      kind: 'added',
      after: 'Sơ kết 2025: che phủ rừng đạt 54%.',
    });
  });

  it('issues with a decision; version 1 is superseded and the targets take the new values', async () => {
    const decision = {
      revision: draft.revision,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-03-01',
      signerName: 'Lê Văn Lương',
      signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    };
    const future = await office.request('POST', `${base}/2/issue`, {
      ...decision,
      decisionDate: '2026-03-03',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.decisionDate).toBeDefined();
    expect((await leader.request('POST', `${base}/2/issue`, decision)).statusCode).toBe(403);
    const before = await auditCount(t, 'plan.');
    const res = await office.request('POST', `${base}/2/issue`, decision);
    expect(res.statusCode).toBe(200);
    const issued = res.json() as PlanVersionResponse;
    expect(issued).toMatchObject({
      status: 'issued',
      effectiveFrom: '2026-03-01',
      decision: { number: '125/QĐ-UBND' },
    });
    expect(issued.versions.map((v) => [v.number, v.status, v.effectiveTo])).toEqual([
      [2, 'issued', null],
      [1, 'superseded', '2026-03-01'],
    ]);
    expect((await auditCount(t, 'plan.')) - before).toBe(3); // supersede, issue, targets.sync

    const again = await office.request('PUT', `${base}/2`, {
      revision: issued.revision,
      content: issued.content,
    });
    expect(again.statusCode).toBe(409);

    const targets = await office.request('GET', '/api/targets/FOREST_COVER');
    expect(targets.statusCode).toBe(200);
    expect(
      targets.json().targetsByYear.map((v: { year: number; value: number }) => [v.year, v.value]),
    ).toEqual([
      [2025, 54],
      [2026, 54.4],
      [2027, 54.8],
      [2028, 55.2],
      [2029, 55.6],
      [2030, 56],
    ]);
    // each year's value names the version that set it: 2025 and 2030 unchanged since version 1
    expect(targets.json().targetsByYear.map((v: { setBy: number }) => v.setBy)).toEqual([
      1, 2, 2, 2, 2, 1,
    ]);
  });

  it('serves the public plan as of a day: version 1 before the decision, version 2 from it', async () => {
    const old = (await publicPlan('?asOf=2025-06-30')).json();
    expect(old.version.number).toBe(1);
    expect(old.findings).toEqual([]);
    const now = (await publicPlan()).json();
    expect(now.version).toMatchObject({
      number: 2,
      decision: { kind: 'decision', number: '125/QĐ-UBND', date: '2026-03-01' },
    });
    expect(now.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(now.findings).toHaveLength(1);
    const forest = now.targets.find((x: { code: string }) => x.code === 'FOREST_COVER');
    expect(forest.values.map((v: { year: number; setBy: number }) => [v.year, v.setBy])).toEqual([
      [2025, 1],
      [2026, 2],
      [2027, 2],
      [2028, 2],
      [2029, 2],
      [2030, 1],
    ]);
    const diff = await t.app.inject({
      method: 'GET',
      url: `/api/public/movements/${code}/diff?from=1&to=2`,
    });
    expect(diff.statusCode).toBe(200);
    expect((await publicPlan('?asOf=2025-02-30')).statusCode).toBe(400);
  });

  it('renders each issued version as its KẾ HOẠCH (DOCX); a draft has none', async () => {
    const get = (n: number) =>
      t.app.inject({ method: 'GET', url: `/api/public/movements/${code}/versions/${n}/plan.docx` });
    const v2 = await get(2);
    expect(v2.statusCode).toBe(200);
    expect(v2.headers['content-disposition']).toContain('ke-hoach-phien-ban-2.docx');
    const text = docxText((await docxParts(v2.rawPayload))['word/document.xml']!);
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Quyết định số 125/QĐ-UBND ngày 01/03/2026');
    expect(text).toContain('Sơ kết 2025: che phủ rừng đạt 54%');
    expect(text).toContain('Lê Văn Lương');
    const v1 = docxText((await docxParts((await get(1)).rawPayload))['word/document.xml']!);
    expect(v1).toContain('Trần Tiến Dũng');
    expect(v1).toContain('Lưu: VT, Th3.');
    expect((await get(9)).statusCode).toBe(404);
  });
});
