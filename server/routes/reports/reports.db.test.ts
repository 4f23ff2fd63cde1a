import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSubmissions } from '../../db/schema/index.ts';
import { samples } from '../../../test/support/file-samples.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';
import {
  completeAnswers,
  form,
  movementCode,
  narrative,
  openYear,
  publishSmallCriteria,
} from '../../../test/support/reporting.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let head: Session;
let officer: Session;
let otherHead: Session;
let provinceHead: Session;
let soxd: string;
let periodId: string;

beforeAll(async () => {
  t = await buildTestApp();
  // A clock that moves a second per reading, so the review trail has an order (same day throughout).
  let tick = 0;
  t.deps.clock = () => new Date(Date.parse('2026-03-02T02:00:00Z') + tick++ * 1000);
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  officer = await userWith(t, admin, 'soxd.officer', 'unit_officer', 'SO-XD');
  otherHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  provinceHead = await userWith(t, admin, 'tinh.head', 'unit_head', 'UBND-TINH');
  soxd = await idOf(admin, 'SO-XD');
  await publishSmallCriteria(office);
});
afterAll(() => t.close());

const url = () => `/api/report-periods/${periodId}/reports/${soxd}`;
const put = (s: Session, body: Record<string, unknown>) => s.request('PUT', url(), body);
const submit = (s: Session, version: number, key: string) =>
  s.request('POST', `${url()}/submit`, { version }, { 'idempotency-key': key });
const fieldsOf = (res: { json(): { error: { fields: Record<string, string> } } }) =>
  res.json().error.fields;

describe('reporting periods', () => {
  it('the office opens one period per movement, year and half; others may not; mistakes are field errors', async () => {
    const body = {
      movementCode,
      year: 2026,
      kind: 'year',
      opensOn: '2026-02-01',
      deadline: '2026-12-15',
      closesOn: '2027-01-31',
    };
    expect((await head.request('POST', '/api/report-periods', body)).statusCode).toBe(403);
    const before = await auditCount(t, 'report_period.create');
    periodId = await openYear(office);
    expect(await auditCount(t, 'report_period.create')).toBe(before + 1);
    const again = await office.request('POST', '/api/report-periods', body);
    expect(again.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(again))).toEqual(['year']);
    const bad = await office.request('POST', '/api/report-periods', {
      ...body,
      year: 2031,
      kind: 'half',
      deadline: '2026-01-01',
      closesOn: '2025-12-01',
    });
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['closesOn', 'deadline', 'half', 'year']);
    expect(fieldsOf(bad).year).toContain('2022–2030');
    const half = await office.request('POST', '/api/report-periods', {
      ...body,
      kind: 'half',
      half: 1,
    });
    expect(half.statusCode).toBe(201);
    expect(half.json()).toMatchObject({
      referenceDate: '2026-06-30',
      label: { vi: '6 tháng đầu năm 2026' },
    });
  });

  it('lists periods and shows what the actor may do; moving the dates needs the version read', async () => {
    const list = (await head.request('GET', '/api/report-periods?year=2026')).json();
    expect(list.periods).toHaveLength(2);
    expect(list.abilities).toEqual({ create: false });
    // A head sees the board of the units it reviews (none for a department).
    expect(list.periods[0].abilities).toEqual({
      update: false,
      board: true,
      remind: false,
      documents: false,
    });
    const detail = (await office.request('GET', `/api/report-periods/${periodId}`)).json();
    expect(detail).toMatchObject({
      kind: 'year',
      half: 0,
      referenceDate: '2026-12-31',
      locked: false,
      version: 1,
      abilities: { update: true, board: true, remind: true, documents: true },
    });
    const patch = (body: object) =>
      office.request('PATCH', `/api/report-periods/${periodId}`, body);
    expect((await patch({ deadline: '2026-12-20', version: 1 })).json().version).toBe(2);
    expect((await patch({ deadline: '2026-12-15', version: 1 })).statusCode).toBe(409);
    const wrong = await patch({ closesOn: '2026-12-01', version: 2 });
    expect(Object.keys(fieldsOf(wrong))).toEqual(['closesOn']);
    expect((await patch({ deadline: '2026-12-15', version: 2 })).statusCode).toBe(200);
    expect(
      (await head.request('PATCH', `/api/report-periods/${periodId}`, { version: 3 })).statusCode,
    ).toBe(403);
    expect(await auditCount(t, 'report_period.update')).toBe(2);
  });
});

describe('a unit reports', () => {
  it('starts from a form built from the criteria version, unseen by other units', async () => {
    const res = await head.request('GET', url());
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      id: null,
      status: 'not_started',
      version: null,
      unit: { id: soxd, code: 'SO-XD' },
      criteriaSet: { code: 'category:units_localities', version: 2 },
      abilities: { save: true, submit: false, upload: true, return: false },
    });
    expect(report.form[0].fields[0]).toMatchObject({
      key: 'answers.R-PCT',
      target: 95,
      measure: '%',
    });
    expect((await otherHead.request('GET', url())).statusCode).toBe(404);
  });

  it('two people saving one draft: the second gets 409 and nothing of the first is lost', async () => {
    const first = await put(officer, { answers: { 'R-PCT': { value: 80 } }, narrative });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'draft', version: 1 });
    const a = await put(head, { answers: { 'R-PCT': { value: 85 } }, narrative, version: 1 });
    const b = await put(officer, { answers: { 'R-PCT': { value: 70 } }, narrative, version: 1 });
    expect([a.statusCode, b.statusCode]).toEqual([200, 409]);
    const now = (await head.request('GET', url())).json();
    expect(now).toMatchObject({ version: 2, answers: { 'R-PCT': { value: 85 } } });
    expect((await put(otherHead, { answers: {}, narrative, version: 2 })).statusCode).toBe(404);
  });

  it('every mistake is a field message in the reader’s language', async () => {
    const res = await head.request(
      'PUT',
      url(),
      {
        answers: { 'R-PCT': { value: 120 }, 'R-YN': { met: 'có' }, NOPE: { value: 1 } },
        narrative,
        version: 2,
      },
      { 'accept-language': 'vi' },
    );
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual({
      'answers.R-PCT': 'Nhập số từ 0 đến 100.',
      'answers.R-YN': 'Chọn "Đạt" hoặc "Không đạt".',
      'answers.NOPE': 'Tiêu chí NOPE không có trong mẫu báo cáo của đơn vị.',
    });
    const en = await head.request(
      'PUT',
      url(),
      { answers: { 'R-PCT': { value: -1 } }, narrative, version: 2 },
      { 'accept-language': 'en' },
    );
    expect(fieldsOf(en)['answers.R-PCT']).toBe('Enter a number from 0 to 100.');
  });

  it('a field the contract does not know is refused and named, at any depth, and nothing is written', async () => {
    const before = (await head.request('GET', url())).json();
    const saves = await auditCount(t, 'report.save');
    const res = await head.request(
      'PUT',
      url(),
      {
        answers: { 'R-PCT': { value: 90, amount: 5000000 } },
        narrative: { ...narrative, summary: 'x' },
        version: before.version,
        amount: 5000000,
      },
      { 'accept-language': 'vi' },
    );
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual({
      amount: 'Trường không được phép: amount.',
      'narrative.summary': 'Trường không được phép: summary.',
      'answers.R-PCT.amount': 'Trường không được phép: amount.',
    });
    const after = (await head.request('GET', url())).json();
    expect(after).toMatchObject({ version: before.version, answers: before.answers });
    expect(await auditCount(t, 'report.save')).toBe(saves);
  });

  it('submitting an incomplete report names what is missing, including the evidence', async () => {
    const saved = await put(head, {
      answers: { 'R-PCT': { value: 85 }, 'R-YN': { met: true } },
      narrative: { ...narrative, results: ' ' },
      version: 2,
    });
    const res = await submit(head, saved.json().version, 'key-incomplete-0001');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(res)).sort()).toEqual([
      'answers.R-CNT',
      'evidence.R-YN',
      'narrative.results',
    ]);
  });

  it('submitted twice with one key: one submission and one audit entry', async () => {
    const upload = form(samples.pdf, 'quyet-dinh.pdf', { criterionCode: 'R-YN' });
    const file = await officer.request('POST', `${url()}/evidence`, upload.body, upload.headers);
    expect(file.statusCode).toBe(201);
    const version = (await head.request('GET', url())).json().version;
    const saved = await put(officer, { answers: completeAnswers(), narrative, version });
    const v = saved.json().version;
    expect((await submit(officer, v, 'key-officer-000001')).statusCode).toBe(403);
    const before = await auditCount(t, 'report.submit');
    const [a, b] = await Promise.all([
      submit(head, v, 'key-submit-000001'),
      submit(head, v, 'key-submit-000001'),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
    expect(b.json().submittedAt).toBe(a.json().submittedAt);
    expect(a.json()).toMatchObject({
      status: 'submitted',
      submissions: 1,
      submittedLate: false,
      abilities: { save: false, submit: false },
    });
    expect(await auditCount(t, 'report.submit')).toBe(before + 1);
    const rows = await t.deps.db
      .select()
      .from(reportSubmissions)
      .where(eq(reportSubmissions.reportId, a.json().id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toEqual(completeAnswers());
    // Anything else is refused now: the report is with the reviewer.
    expect(
      (await put(head, { answers: {}, narrative, version: a.json().version })).json().error.code,
    ).toBe('report_wrong_status');
    expect((await submit(head, a.json().version, 'key-submit-000002')).statusCode).toBe(409);
  });

  it('is returned with reasons per field (fields of the form only) and resubmitted', async () => {
    const { version } = (await head.request('GET', url())).json();
    const ret = (s: Session, body: object) =>
      s.request('POST', `${url()}/return`, { version, ...body });
    expect((await ret(head, { reasons: { 'answers.R-PCT': 'x' } })).statusCode).toBe(403);
    expect((await ret(otherHead, { reasons: { 'answers.R-PCT': 'x' } })).statusCode).toBe(404);
    const unknown = await ret(office, {
      reasons: { 'answers.R-PCT': 'Chưa khớp', 'answers.ZZ': 'x' },
    });
    expect(Object.keys(fieldsOf(unknown))).toEqual(['reasons.answers.ZZ']);
    expect(Object.keys(fieldsOf(await ret(office, { reasons: {} })))).toEqual(['reasons']);
    const returned = await ret(provinceHead, {
      reasons: {
        'answers.R-PCT': 'Số liệu chưa khớp với báo cáo tài chính',
        'evidence.R-YN': 'Thiếu trang 2',
      },
      note: 'Đề nghị bổ sung',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReasons: { 'answers.R-PCT': 'Số liệu chưa khớp với báo cáo tài chính' },
      abilities: { save: true, submit: true },
      reviews: [{ action: 'return', note: 'Đề nghị bổ sung', by: { name: 'tinh.head' } }],
    });
    // The unit's writers hear of it; the reviewer is not told of its own act.
    const bell = (await officer.request('GET', '/api/notifications')).json();
    expect(bell.items.map((i: { kind: string }) => i.kind)).toContain('report_returned');
    const fixed = await put(officer, {
      answers: completeAnswers(97),
      narrative,
      version: returned.json().version,
    });
    expect(fixed.json().status).toBe('returned');
    const again = await submit(head, fixed.json().version, 'key-submit-000003');
    expect(again.json()).toMatchObject({
      status: 'submitted',
      submissions: 2,
      returnReasons: null,
    });
  });

  it('is accepted, and only the office reopens it, with a reason, audited', async () => {
    const { version } = (await head.request('GET', url())).json();
    const accepted = await office.request('POST', `${url()}/accept`, {
      version,
      note: 'Đạt yêu cầu',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', abilities: { reopen: true } });
    const v = accepted.json().version;
    expect(
      (await provinceHead.request('POST', `${url()}/reopen`, { version: v, reason: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      Object.keys(
        fieldsOf(await office.request('POST', `${url()}/reopen`, { version: v, reason: ' ' })),
      ),
    ).toEqual(['reason']);
    const before = await auditCount(t, 'report.reopen');
    const reopened = await office.request('POST', `${url()}/reopen`, {
      version: v,
      reason: 'Phát hiện sai số liệu giải ngân',
    });
    expect(reopened.json()).toMatchObject({ status: 'returned', acceptedAt: null });
    expect(reopened.json().reviews.map((r: { action: string }) => r.action)).toEqual([
      'return',
      'accept',
      'reopen',
    ]);
    expect(reopened.json().reviews[2].note).toBe('Phát hiện sai số liệu giải ngân');
    expect(await auditCount(t, 'report.reopen')).toBe(before + 1);
    const resent = await submit(head, reopened.json().version, 'key-submit-000004');
    const done = await office.request('POST', `${url()}/accept`, {
      version: resent.json().version,
    });
    expect(done.json().status).toBe('accepted');
  });

  it('lists the actor’s own reports and those it reviews', async () => {
    const mine = (await head.request('GET', `/api/report-periods/${periodId}/reports`)).json();
    expect(mine.mine).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ code: 'SO-XD' }),
        status: 'accepted',
      }),
    ]);
    expect(mine.reviewable).toEqual([]);
    const reviewer = (
      await office.request('GET', `/api/report-periods/${periodId}/reports`)
    ).json();
    expect(reviewer.reviewable.map((r: { unit: { code: string } }) => r.unit.code)).toEqual([
      'SO-XD',
    ]);
    const other = (
      await otherHead.request('GET', `/api/report-periods/${periodId}/reports`)
    ).json();
    expect(other.mine[0]).toMatchObject({
      status: 'not_started',
      id: null,
      abilities: { save: true },
    });
  });

  it('the board shows who is late after the deadline; the report locks after closing', async () => {
    const board = (await office.request('GET', `/api/report-periods/${periodId}/board`)).json();
    expect(
      board.units.find((u: { unit: { code: string } }) => u.unit.code === 'SO-XD').status,
    ).toBe('accepted');
    expect(board.counts.late).toBe(0);
    expect(board.period.abilities).toMatchObject({ remind: true, documents: true });
    expect(Object.values(board.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      board.units.length,
    );
    expect((await officer.request('GET', `/api/report-periods/${periodId}/board`)).statusCode).toBe(
      403,
    );
    const tc = await idOf(admin, 'SO-TC');
    // "Remind now" (the jobs module's route) shows on the board as the last reminder.
    const reminded = await office.request('POST', `/api/report-periods/${periodId}/remind`, {
      unitIds: [tc],
    });
    expect(reminded.json().notified).toBe(1);
    const after = (await office.request('GET', `/api/report-periods/${periodId}/board`)).json();
    const lastOf = (code: string) =>
      after.units.find((u: { unit: { code: string } }) => u.unit.code === code).lastReminderAt;
    expect(lastOf('SO-TC')).not.toBeNull();
    expect(lastOf('SO-XD')).toBeNull();
    const clock = t.deps.clock;
    try {
      // Sessions expire with the clock: sign in again at each moved time.
      const as = (name: string) => t.signIn(name, 'user-password-2026');
      t.deps.clock = () => new Date('2026-12-20T03:00:00Z');
      const late = (
        await (await as('tdkt.office')).request('GET', `/api/report-periods/${periodId}/board`)
      ).json();
      expect(late.counts.late).toBe(late.units.length - 1);
      t.deps.clock = () => new Date('2027-02-01T03:00:00Z');
      const locked = (await (await as('soxd.head')).request('GET', url())).json();
      expect(locked).toMatchObject({ locked: true, abilities: { save: false, reopen: false } });
      const res = await (
        await as('sotc.head')
      ).request('PUT', `/api/report-periods/${periodId}/reports/${tc}`, { answers: {}, narrative });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('report_period_locked');
      const reopen = await (
        await as('tdkt.office')
      ).request('POST', `${url()}/reopen`, { version: locked.version, reason: 'x' });
      expect(reopen.json().error.code).toBe('report_period_locked');
    } finally {
      t.deps.clock = clock;
    }
  });
});
