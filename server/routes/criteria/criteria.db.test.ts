import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, auditCount, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let leadXd: Session;
let officer: Session;

interface SetItem {
  id: string;
  code: string;
  kind: string;
  latest: { number: number; status: string };
  publishedNumber: number | null;
  criteriaCount: number;
  abilities: { edit: boolean; publish: boolean };
  leadUnit: { name: string } | null;
}

const criterion = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: { vi: `Tỷ lệ công trình hoàn thành đúng tiến độ ${code}`, en: `Works on schedule ${code}` },
  maxPoints: 20,
  unitKinds: ['district', 'commune'],
  source: { kind: 'department_decision', reference: 'QĐ 01/QĐ-SXD' },
  kind: 'quantitative',
  indicator: 'Tỷ lệ công trình hoàn thành đúng tiến độ',
  measure: '%',
  direction: 'higher',
  targets: [{ year: 2026, value: 90 }],
  aggregation: 'average',
  ...over,
});
const content = (...criteria: unknown[]) => ({
  groups: [{ name: { vi: 'Hạ tầng xây dựng', en: 'Construction infrastructure' }, criteria }],
});

async function sets(session: Session, query = ''): Promise<SetItem[]> {
  const res = await session.request('GET', `/api/criteria-sets${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().sets;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'office', 'emulation_office', 'UBND-TINH');
  leadXd = await userWith(t, admin, 'lead-xd', 'sector_lead', 'SO-XD');
  officer = await userWith(t, admin, 'officer-nv', 'unit_officer', 'SO-NV');
});
afterAll(async () => t?.close());

describe('seeded sets', () => {
  it('has the plan’s four categories published and 13 sector drafts', async () => {
    const all = await sets(office);
    const categories = all.filter((s) => s.kind === 'category');
    const sectors = all.filter((s) => s.kind === 'sector');
    expect(categories).toHaveLength(4);
    expect(categories.every((s) => s.latest.status === 'published' && s.criteriaCount > 0)).toBe(
      true,
    );
    expect(sectors).toHaveLength(13);
    expect(sectors.every((s) => s.latest.status === 'draft' && s.criteriaCount === 0)).toBe(true);
    expect(sectors.find((s) => s.code === 'sector:XD')!.leadUnit?.name).toMatch(/Xây dựng/);
  });

  it('shows a unit officer only published sets; filters by sector and category', async () => {
    const seen = await sets(officer);
    expect(seen.map((s) => s.kind)).toEqual(['category', 'category', 'category', 'category']);
    expect(seen.every((s) => !s.abilities.edit)).toBe(true);
    expect(await sets(office, '?sector=XD')).toHaveLength(1);
    expect(await sets(office, '?category=individuals')).toHaveLength(1);
  });

  it('turns the plan’s numbers into quantitative criteria (disbursement 100%)', async () => {
    const a = (await sets(officer, '?category=units_localities'))[0]!;
    const v = (await officer.request('GET', `/api/criteria-sets/${a.id}/versions/1`)).json();
    const all = v.content.groups.flatMap((g: { criteria: unknown[] }) => g.criteria);
    expect(all.find((c: { code: string }) => c.code === 'A-INF-6')).toMatchObject({
      kind: 'quantitative',
      direction: 'higher',
      maxPoints: 10,
    });
    expect(all.find((c: { code: string }) => c.code === 'A-INF-1')).toMatchObject({
      kind: 'qualitative',
      evidenceRequired: true,
    });
  });
});

describe('draft → publish → 409 → new version → diff', () => {
  it('runs the whole life of a sector set', async () => {
    const xd = (await sets(leadXd, '?sector=XD'))[0]!;
    expect(xd.abilities).toEqual({ edit: true, publish: false });
    const url = `/api/criteria-sets/${xd.id}/versions/1`;
    const v1 = (await leadXd.request('GET', url)).json();
    const before = await auditCount(t, 'criteria.');

    const saved = await leadXd.request('PUT', url, {
      revision: v1.revision,
      content: content(criterion('XD-1')),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().abilities).toMatchObject({ save: true, publish: false });
    // A stale revision is refused.
    const stale = await leadXd.request('PUT', url, { revision: v1.revision, content: content() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    // The lead department may not publish.
    expect((await leadXd.request('POST', `${url}/publish`)).statusCode).toBe(403);

    const published = await office.request('POST', `${url}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedBy: 'office' });
    expect(published.json().content).toEqual(saved.json().content);

    const edit = await leadXd.request('PUT', url, {
      revision: published.json().revision,
      content: content(criterion('XD-2')),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('criteria_version_published');
    expect(edit.json().error.message).toMatch(/phiên bản mới/);
    expect((await office.request('POST', `${url}/publish`)).statusCode).toBe(409);

    const v2 = await leadXd.request('POST', `/api/criteria-sets/${xd.id}/versions`, { from: 1 });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ number: 2, status: 'draft', basedOn: 1 });
    expect(
      (await leadXd.request('POST', `/api/criteria-sets/${xd.id}/versions`, { from: 1 })).json()
        .error.code,
    ).toBe('criteria_draft_exists');
    const url2 = `/api/criteria-sets/${xd.id}/versions/2`;
    const saved2 = await leadXd.request('PUT', url2, {
      revision: v2.json().revision,
      content: content(criterion('XD-1', { maxPoints: 25 }), criterion('XD-2')),
    });
    expect(saved2.statusCode).toBe(200);
    expect((await office.request('POST', `${url2}/publish`)).statusCode).toBe(200);
    expect((await office.request('GET', url)).json().status).toBe('superseded');

    const diff = await officer.request('GET', `/api/criteria-sets/${xd.id}/diff?from=1&to=2`);
    expect(diff.statusCode).toBe(200);
    expect(diff.json().added.map((a: { criterion: { code: string } }) => a.criterion.code)).toEqual(
      ['XD-2'],
    );
    expect(diff.json().changed[0].fields).toEqual([{ field: 'maxPoints', before: 20, after: 25 }]);
    // save, publish, new version, save, supersede + publish
    expect((await auditCount(t, 'criteria.')) - before).toBe(6);
  });
});

describe('permissions and validation', () => {
  it('a lead department reads another sector’s set but may not edit it (403)', async () => {
    const tc = (await sets(leadXd, '?sector=TC'))[0]!;
    expect(tc.abilities.edit).toBe(false);
    const url = `/api/criteria-sets/${tc.id}/versions/1`;
    const read = await leadXd.request('GET', url);
    expect(read.statusCode).toBe(200);
    const res = await leadXd.request('PUT', url, {
      revision: read.json().revision,
      content: content(criterion('TC-1')),
    });
    expect(res.statusCode).toBe(403);
  });

  it('hides sector drafts from a unit officer (404)', async () => {
    const tc = (await sets(office, '?sector=TC'))[0]!;
    expect(
      (await officer.request('GET', `/api/criteria-sets/${tc.id}/versions/1`)).statusCode,
    ).toBe(404);
  });

  it('bad input answers 400 with field paths and writes nothing', async () => {
    const gt = (await sets(leadXd, '?sector=GTVT'))[0]!;
    const url = `/api/criteria-sets/${gt.id}/versions/1`;
    const v = (await leadXd.request('GET', url)).json();
    const noMax = criterion('GT-2') as Record<string, unknown>;
    delete noMax.maxPoints;
    const before = await auditCount(t, 'criteria.');
    const res = await leadXd.request(
      'PUT',
      url,
      { revision: v.revision, content: content(criterion('GT-1'), noMax, criterion('GT-1')) },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'groups.0.criteria.1.maxPoints': 'This field is required.',
      'groups.0.criteria.2.code': 'The criterion code GT-1 is already used in this version.',
    });
    const after = (await leadXd.request('GET', url)).json();
    expect(after.revision).toBe(v.revision);
    expect(after.content).toEqual(v.content);
    expect(await auditCount(t, 'criteria.')).toBe(before);
  });

  it('an empty draft cannot be published', async () => {
    const yt = (await sets(office, '?sector=YT'))[0]!;
    const res = await office.request('POST', `/api/criteria-sets/${yt.id}/versions/1/publish`);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['groups']);
  });
});
