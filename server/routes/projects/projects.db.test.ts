import fs from 'node:fs';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, tree, userOn, userWith } from '../../../test/support/api.ts';
import { migrateLegacyContributions } from '../../services/projects-contributions.ts';
import { treasuryWorkbook } from '../../services/projects-treasury.ts';
import { infrastructureSuggestions, provinceDisbursementRate } from '../../services/projects.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let investor: Session;
let stranger: Session;
let dept: { id: string; name: string };
let commune: { id: string };
let projectId: string;

const body = (over: Record<string, unknown> = {}) => ({
  code: 'DA-2025-01',
  name: 'Đường giao thông bản Nà Tăm – Bản Hon',
  sector: 'transport',
  type: 'new',
  investorUnitId: dept.id,
  communeUnitIds: [commune.id],
  status: 'implementation',
  plannedStart: '2025-03-01',
  plannedEnd: '2027-06-30',
  totalInvestment: 50_000_000_000,
  fundingSources: [{ source: 'local_budget', amount: 50_000_000_000 }],
  lat: 22.39,
  lng: 103.47,
  description: 'Làm mới 12 km đường bê tông.',
  ...over,
});

const upload = (session: Session, data: Buffer, mode: string) => {
  const boundary = '----thidua-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kb.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return session.request('POST', `/api/projects/treasury-import?mode=${mode}`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
};

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  const units = (await tree(admin, '2026-03-01')).units;
  dept = units.find((u) => u.kind === 'provincial_department')!;
  commune = units.find((u) => u.kind === 'commune')!;
  const other = units.filter((u) => u.kind === 'provincial_department')[1]!;
  office = await userWith(t, admin, 'pj.office', 'emulation_office', 'UBND-TINH');
  investor = await userOn(t, 'pj.investor', 'unit_officer', dept.id);
  stranger = await userOn(t, 'pj.other', 'unit_officer', other.id);
}, 120_000);
afterAll(() => t.close());

describe('the register', () => {
  it('an investor creates its own project; another unit may not; codes are unique', async () => {
    const before = await auditCount(t, 'project.create');
    const res = await investor.request('POST', '/api/projects', body());
    expect(res.statusCode).toBe(201);
    projectId = res.json().id;
    expect(await auditCount(t, 'project.create')).toBe(before + 1);
    expect((await stranger.request('POST', '/api/projects', body({ code: 'X' }))).statusCode).toBe(
      403,
    );
    const dup = await office.request('POST', '/api/projects', body());
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields.code).toBeTruthy();
  });

  it('field errors: negative amounts, reversed dates, unknown fields', async () => {
    const res = await office.request(
      'POST',
      '/api/projects',
      body({ code: 'DA-BAD', totalInvestment: -1, plannedEnd: '2024-01-01' }),
    );
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['plannedEnd', 'totalInvestment']);
    expect(res.json().error.fields.totalInvestment).toBe('Số tiền không được âm.');
    const unknown = await office.request('POST', '/api/projects', {
      ...body({ code: 'DA-U' }),
      colour: 1,
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('optimistic locking on update', async () => {
    const detail = (await investor.request('GET', `/api/projects/${projectId}`)).json();
    const { code: _c, ...rest } = body();
    const ok = await investor.request('PUT', `/api/projects/${projectId}`, {
      ...rest,
      physicalProgress: 30,
      version: detail.version,
    });
    expect(ok.statusCode).toBe(204);
    const stale = await investor.request('PUT', `/api/projects/${projectId}`, {
      ...rest,
      version: detail.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('money', () => {
  it('the office sets and adjusts the plan; revisions kept, audited old → new', async () => {
    expect(
      (
        await investor.request('POST', `/api/projects/${projectId}/plans`, {
          year: 2026,
          fundingSource: 'local_budget',
          amount: 10_000_000_000,
        })
      ).statusCode,
    ).toBe(403);
    for (const [amount, decision] of [
      [12_000_000_000, '123/QĐ-UBND'],
      [10_000_000_000, '456/QĐ-UBND'],
    ] as const)
      expect(
        (
          await office.request('POST', `/api/projects/${projectId}/plans`, {
            year: 2026,
            fundingSource: 'local_budget',
            amount,
            decisionNumber: decision,
            decidedOn: '2026-01-10',
          })
        ).statusCode,
      ).toBe(204);
    expect(await auditCount(t, 'project.plan_adjust')).toBe(1);
    const detail = (await office.request('GET', `/api/projects/${projectId}?year=2026`)).json();
    expect(
      detail.plans.map((p: { revision: number; amount: number }) => [p.revision, p.amount]),
    ).toEqual([
      [1, 12_000_000_000],
      [2, 10_000_000_000],
    ]);
    expect(detail.rate).toEqual({ year: 2026, plan: 10_000_000_000, disbursed: 0, rate: 0 });
  });

  it('a month by hand: above the plan and outside the period are field errors', async () => {
    const put = (b: Record<string, unknown>) =>
      investor.request('PUT', `/api/projects/${projectId}/disbursements`, {
        year: 2026,
        month: 1,
        fundingSource: 'local_budget',
        ...b,
      });
    expect((await put({ amount: 11_000_000_000 })).json().error.fields.amount).toContain(
      'vượt kế hoạch',
    );
    expect((await put({ amount: -5 })).statusCode).toBe(400);
    expect((await put({ year: 2027, month: 7, amount: 1 })).json().error.fields.month).toBeTruthy();
    expect((await put({ amount: 1_000_000_000 })).statusCode).toBe(204);
  });

  it('the Treasury workbook: validate writes nothing, a refused import writes nothing, a clean one writes', async () => {
    const bad = await treasuryWorkbook([
      {
        projectCode: 'DA-2025-01',
        year: 2026,
        month: 2,
        fundingSource: 'Ngân sách địa phương',
        amount: '2.000.000.000',
      },
      { projectCode: 'DA-NONE', year: 2026, month: 2, fundingSource: 'local_budget', amount: 5 },
    ]);
    const validate = (await upload(investor, bad, 'validate')).json();
    expect(validate).toMatchObject({ total: 2, valid: 1, created: 0 });
    expect(validate.errors).toEqual([
      { row: 3, field: 'projectCode', message: 'Không có dự án mã “DA-NONE” trong danh mục.' },
    ]);
    expect((await upload(investor, bad, 'import')).json().created).toBe(0);
    let detail = (await investor.request('GET', `/api/projects/${projectId}`)).json();
    expect(detail.rate.disbursed).toBe(1_000_000_000);

    const good = await treasuryWorkbook([
      {
        projectCode: 'DA-2025-01',
        year: 2026,
        month: 2,
        fundingSource: 'Ngân sách địa phương',
        amount: '2.000.000.000',
      },
    ]);
    const before = await auditCount(t, 'project.treasury_import');
    expect((await upload(investor, good, 'import')).json()).toMatchObject({
      created: 1,
      errors: [],
    });
    expect(await auditCount(t, 'project.treasury_import')).toBe(before + 1);
    detail = (await investor.request('GET', `/api/projects/${projectId}`)).json();
    expect(detail.rate).toEqual({
      year: 2026,
      plan: 10_000_000_000,
      disbursed: 3_000_000_000,
      rate: 30,
    });
    // The stranger's rows are refused as not theirs.
    const theirs = (await upload(stranger, good, 'validate')).json();
    expect(theirs.errors[0].field).toBe('projectCode');
  });

  it('rates per investor and for the province; the seams for reports and targets', async () => {
    const rates = (await office.request('GET', '/api/projects/rates?year=2026')).json();
    expect(rates.province.rate).toBe(30);
    expect(rates.investors[0].investor.id).toBe(dept.id);
    expect((await provinceDisbursementRate(t.deps, t.tenantId, 2026)).rate).toBe(30);
    const s = await infrastructureSuggestions(t.deps, t.tenantId, dept.id, 2026);
    expect(s.find((x) => x.criterionCode === 'A-INF-6')).toMatchObject({ value: 30 });
  });
});

describe('milestones and contributions', () => {
  it('milestones: outside the period refused; state computed', async () => {
    const out = await investor.request('POST', `/api/projects/${projectId}/milestones`, {
      title: 'Khởi công',
      plannedOn: '2024-01-01',
    });
    expect(out.json().error.fields.plannedOn).toBeTruthy();
    const ok = await investor.request('POST', `/api/projects/${projectId}/milestones`, {
      title: 'Khởi công',
      plannedOn: '2025-03-15',
      actualOn: '2025-03-10',
    });
    expect(ok.statusCode).toBe(201);
    const detail = (await investor.request('GET', `/api/projects/${projectId}`)).json();
    expect(detail.milestones[0].state).toBe('ahead');
  });

  it('a household gives land to the project; totals and its history show it', async () => {
    const hh = '00000000-0000-4000-8000-000000000001';
    const res = await investor.request('POST', '/api/contributions', {
      contributorKind: 'household',
      contributorId: hh,
      contributorName: 'Hộ ông Lò Văn Pọm',
      projectId,
      communeUnitId: commune.id,
      givenOn: '2025-04-01',
      landM2: 250,
      labourDays: 12,
      materials: [{ kind: 'Đá hộc', quantity: 3, unit: 'm³', value: 1_500_000 }],
      confirmingUnitId: commune.id,
    });
    expect(res.statusCode).toBe(201);
    const totals = (
      await office.request('GET', `/api/contributions/totals?year=2025&projectId=${projectId}`)
    ).json();
    expect(totals.totals).toEqual({
      count: 1,
      landM2: 250,
      labourDays: 12,
      money: 0,
      materialsValue: 1_500_000,
    });
    const mine = (await office.request('GET', `/api/contributions/by-contributor/${hh}`)).json();
    expect(mine.contributions[0].landM2).toBe(250);
    const neg = await investor.request('POST', '/api/contributions', {
      contributorKind: 'person',
      contributorName: 'A',
      projectId,
      givenOn: '2025-04-01',
      landM2: -1,
    });
    expect(neg.json().error.fields.landM2).toBeTruthy();
  });
});

describe('open data', () => {
  it('public list, detail and CSV without sign-in', async () => {
    const list = (
      await t.app.inject({ url: '/api/public/projects?year=2026&sector=transport' })
    ).json();
    expect(list.counts.total).toBe(1);
    expect(list.province.rate).toBe(30);
    const detail = await t.app.inject({ url: `/api/public/projects/${projectId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().abilities.disburse).toBe(false);
    const csv = await t.app.inject({ url: '/api/public/projects.csv?year=2026' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('DA-2025-01');
    expect(csv.body.split('\r\n')[1]).toContain(',30,');
  });

  it('the OC4IDS package validates against the official 0.9.5 schema and codelists', async () => {
    const res = await t.app.inject({ url: '/api/public/projects.oc4ids.json' });
    expect(res.statusCode).toBe(200);
    const pkg = res.json();
    const dir = '/work/shared/standards/oc4ids';
    const local = fs.existsSync(dir) ? dir : `${process.cwd()}/../shared/standards/oc4ids`;
    const packageSchema = JSON.parse(
      fs.readFileSync(`${local}/project-package-schema.json`, 'utf8'),
    );
    const projectSchema = JSON.parse(fs.readFileSync(`${local}/project-schema.json`, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    ajv.addSchema(projectSchema, packageSchema.properties.projects.items.$ref);
    const validate = ajv.compile(packageSchema);
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const codes = (file: string) =>
      fs
        .readFileSync(`${local}/codelists/${file}`, 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter(Boolean);
    const [p] = pkg.projects;
    expect(p.id).toBe('oc4ids-thidua-lai-chau-DA-2025-01');
    expect(codes('projectStatus.csv')).toContain(p.status);
    expect(codes('projectType.csv')).toContain(p.type);
    for (const s of p.sector) expect(codes('projectSector.csv')).toContain(s);
    expect(codes('milestoneStatus.csv')).toContain(p.milestones[0].status);
  });
});

describe('the free-text contributions of the commendation history', () => {
  it('are migrated once into the new shape without loss', async () => {
    const hh = await office.request('POST', '/api/households', {
      headName: 'Lò Văn Pọm',
      address: 'Bản Nà Tăm',
      unitId: commune.id,
    });
    expect(hh.statusCode).toBe(201);
    const id = hh.json().id as string;
    const rec = await office.request('POST', `/api/subjects/household/${id}/contributions`, {
      kind: 'land',
      date: '2024-05-01',
      project: 'Đường bản Nà Tăm',
      description: 'Hiến 200 m² đất làm đường',
    });
    expect(rec.statusCode).toBeLessThan(300);
    expect(await migrateLegacyContributions(t.deps, t.tenantId)).toBeGreaterThanOrEqual(1);
    expect(await migrateLegacyContributions(t.deps, t.tenantId)).toBe(0);
    const mine = (await office.request('GET', `/api/contributions/by-contributor/${id}`)).json();
    expect(mine.contributions).toHaveLength(1);
    expect(mine.contributions[0]).toMatchObject({
      contributorKind: 'household',
      contributorName: 'Lò Văn Pọm',
      givenOn: '2024-05-01',
      legacyKind: 'land',
      note: 'Dự án: Đường bản Nà Tăm — Hiến 200 m² đất làm đường',
      landM2: 0,
    });
  });
});

describe('communes as of a date', () => {
  it('a project in a commune merged in 2025 lies in its successor afterwards', async () => {
    const before = (await tree(admin, '2025-06-01')).units;
    const old = before.find((u) => u.kind === 'commune' && u.validTo !== null);
    if (!old) return;
    const res = await office.request(
      'POST',
      '/api/projects',
      body({ code: 'DA-OLD', communeUnitIds: [] }),
    );
    expect(res.statusCode).toBe(201);
    // Stored against the old commune (as the records of 2024 name it).
    const { projectCommunes } = await import('../../db/schema/index.ts');
    await t.deps.db.insert(projectCommunes).values({
      tenantId: t.tenantId,
      projectId: res.json().id,
      communeUnitId: old.id,
    });
    const then = (
      await t.app.inject({ url: `/api/public/projects/${res.json().id}?asOf=2025-06-01` })
    ).json();
    expect(then.communes.map((c: { id: string }) => c.id)).toEqual([old.id]);
    const now = (
      await t.app.inject({ url: `/api/public/projects/${res.json().id}?asOf=2026-03-01` })
    ).json();
    expect(now.communes.length).toBeGreaterThan(0);
    expect(now.communes.map((c: { id: string }) => c.id)).not.toContain(old.id);
  });
});
