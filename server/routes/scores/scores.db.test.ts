import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, auditCount, idOf, userWith } from '../../../test/support/api.ts';
import { runScoresCommand } from '../../../cli/scores.ts';
import { openYear, publishSmallCriteria, smallContent } from '../../../test/support/reporting.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let periodId: string;
const heads: Record<string, Session> = {};
const urls: Record<string, string> = {};
const pub = (url: string) => t.app.inject({ method: 'GET', url });

async function sendAndAccept(code: string, pct: number, count: number, met: boolean) {
  heads[code] = await userWith(t, admin, `${code.toLowerCase()}.head`, 'unit_head', code);
  const url = `/api/report-periods/${periodId}/reports/${await idOf(admin, code)}`;
  urls[code] = url;
  const saved = await heads[code].request('PUT', url, {
    answers: {
      'R-PCT': { value: pct },
      'R-CNT': { value: count },
      'R-YN': { met },
      'R-BON': { events: 0 },
    },
    narrative: { results: 'Kết quả', shortcomings: '', proposals: '' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const sent = await heads[code].request(
    'POST',
    `${url}/submit`,
    { version: saved.json().version },
    { 'idempotency-key': `scores-${code}` },
  );
  expect(sent.json().status, sent.body).toBe('submitted');
  const accepted = await office.request('POST', `${url}/accept`, { version: sent.json().version });
  expect(accepted.json().status, accepted.body).toBe('accepted');
  return accepted.json().version as number;
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  await publishSmallCriteria(office);
  periodId = await openYear(office);
  const block = (
    await office.request('POST', '/api/blocks', { code: 'KHOI-S', kind: 'block', name: 'Khối Sở' })
  ).json();
  const put = await office.request('PUT', `/api/blocks/${block.id}/members/2026`, {
    members: [
      { unitId: await idOf(admin, 'SO-XD'), role: 'head' },
      { unitId: await idOf(admin, 'SO-TC'), role: 'member' },
    ],
  });
  expect(put.statusCode, put.body).toBe(200);
  await sendAndAccept('SO-XD', 95, 4, false);
  await sendAndAccept('SO-TC', 76, 4, false);
});
afterAll(async () => t?.close());

describe('scores and rankings', () => {
  it('scores accepted reports on acceptance, ranks the block and flags its leader', async () => {
    const res = await office.request('GET', '/api/scores/rankings?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2026, live: true, abilities: { publish: true } });
    const block = body.rankings.find((r: { scope: { kind: string } }) => r.scope.kind === 'block');
    expect(block.scope.name).toBe('Khối Sở');
    expect(
      block.rows.map((r: { unit: { name: string }; rank: number; leader: boolean }) => [
        r.unit.name,
        r.rank,
        r.leader,
      ]),
    ).toEqual([
      ['Sở Xây dựng', 1, true],
      ['Sở Tài chính', 2, false],
    ]);
    expect(block.rows[0].total).toBeGreaterThan(block.rows[1].total);
    expect(body.rankings.some((r: { scope: { kind: string } }) => r.scope.kind === 'category')).toBe(
      true,
    );
  });

  it('re-running on the same inputs writes nothing', async () => {
    const audits = await auditCount(t, 'scores.');
    const res = await office.request('POST', '/api/scores/recompute', { year: 2026 });
    expect(res.json()).toEqual({ year: 2026, scored: 2, written: 0, unchanged: 2, removed: 0 });
    expect(await auditCount(t, 'scores.')).toBe(audits);
  });

  it('shows a unit its own explanation and nobody else theirs', async () => {
    const xd = await idOf(admin, 'SO-XD');
    const own = await heads['SO-XD']!.request('GET', `/api/scores/units/${xd}?year=2026`);
    expect(own.statusCode, own.body).toBe(200);
    const ex = own.json().score.explanation;
    const pct = ex.criteria.find((c: { code: string }) => c.code === 'R-PCT');
    expect(pct).toMatchObject({ value: 95, target: { year: 2026, value: 95 }, points: 10 });
    expect(pct.arithmetic).toContain('95');
    expect(ex.total).toBe(ex.base + ex.bonus - ex.penalty);
    expect(ex.band).not.toBeNull();
    expect((await heads['SO-TC']!.request('GET', `/api/scores/units/${xd}?year=2026`)).statusCode).toBe(
      404,
    );
    expect((await office.request('GET', `/api/scores/units/${xd}?year=2026`)).statusCode).toBe(200);
    // before publication other units see no rankings at all
    const other = (await heads['SO-TC']!.request('GET', '/api/scores/rankings?year=2026')).json();
    expect(other).toMatchObject({ live: false, rankings: [], abilities: { publish: false } });
  });

  it('publishes a year, shows it to the public, and revises it only with a reason', async () => {
    expect((await pub('/api/public/rankings?year=2026')).statusCode).toBe(404);
    expect(
      (await heads['SO-XD']!.request('POST', '/api/scores/publish', { year: 2026 })).statusCode,
    ).toBe(403);
    const audits = await auditCount(t, 'scores.');
    const published = await office.request('POST', '/api/scores/publish', { year: 2026 });
    expect(published.statusCode, published.body).toBe(200);
    const open = await pub('/api/public/rankings?year=2026');
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ year: 2026, revision: 1 });
    expect(open.json().rows[0]).toMatchObject({
      scope: 'block',
      block: 'Khối Sở',
      unit: 'Sở Xây dựng',
      rank: 1,
      leader: true,
      revision: 1,
    });
    const seen = (await heads['SO-TC']!.request('GET', '/api/scores/rankings?year=2026')).json();
    expect(seen.live).toBe(false);
    expect(seen.rankings[0].rows[0].abilities.explain).toBe(false);

    // a reopened report loses its score; the published revision does not move
    const reopened = await office.request('POST', `${urls['SO-XD']}/reopen`, {
      version: (await office.request('GET', urls['SO-XD']!)).json().version,
      reason: 'Sai số liệu',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const live = (await office.request('GET', '/api/scores/rankings?year=2026')).json();
    const block = live.rankings.find((r: { scope: { kind: string } }) => r.scope.kind === 'block');
    expect(block.rows.map((r: { unit: { name: string } }) => r.unit.name)).toEqual(['Sở Tài chính']);
    expect((await pub('/api/public/rankings?year=2026')).json().rows[0].unit).toBe(
      'Sở Xây dựng',
    );

    const noReason = await office.request('POST', '/api/scores/publish', { year: 2026 });
    expect(noReason.statusCode).toBe(400);
    const rev = await office.request('POST', '/api/scores/publish', {
      year: 2026,
      reason: 'Mở lại báo cáo Sở Xây dựng',
    });
    expect(rev.statusCode, rev.body).toBe(200);
    const now = (await pub('/api/public/rankings?year=2026')).json();
    expect(now).toMatchObject({ revision: 2, reason: 'Mở lại báo cáo Sở Xây dựng' });
    expect(now.revisions).toHaveLength(2);
    const old = (await pub('/api/public/rankings?year=2026&revision=1')).json();
    expect(old.rows[0].unit).toBe('Sở Xây dựng');
    expect(await auditCount(t, 'scores.')).toBe(audits + 2);
  });

  it('lets a unit object only inside the office window', async () => {
    const tc = await idOf(admin, 'SO-TC');
    const closed = await heads['SO-TC']!.request('POST', `/api/scores/units/${tc}/objections`, {
      year: 2026,
      note: 'Đề nghị xem lại',
    });
    expect(closed.statusCode).toBe(400);
    const today = t.deps.today();
    const w = await office.request('PUT', '/api/scores/objection-window', {
      year: 2026,
      opensOn: today,
      closesOn: today,
    });
    expect(w.statusCode, w.body).toBe(200);
    const ok = await heads['SO-TC']!.request('POST', `/api/scores/units/${tc}/objections`, {
      year: 2026,
      criterionCode: 'R-YN',
      note: 'Đã có quyết định',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().objections).toHaveLength(1);
  });

  it('recomputes a year from the command line, writing nothing when nothing changed', async () => {
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runScoresCommand(t.deps, ['recompute', '--year', 'x'], io)).toBe(2);
    expect(await runScoresCommand(t.deps, ['recompute', '--year', '2026'], io)).toBe(0);
    expect(out.at(-1)).toMatch(/2026: 1 accepted reports scored, 0 written, 1 unchanged, 0 removed/);
  });

  it('lets eligibility see the published block leader ("dẫn đầu cụm, khối thi đua")', async () => {
    const tc = await idOf(admin, 'SO-TC');
    const res = await office.request(
      'GET',
      `/api/commendations/eligibility?subjectKind=collective&subjectId=${tc}&award=CO_TD_TINH&date=2027-01-15&year=2026`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Kết quả thi đua năm 2026 (công bố lần 2): dẫn đầu Khối Sở');
  });

  it('previews a draft content on sample answers without storing anything', async () => {
    const res = await office.request('POST', '/api/scores/preview', {
      content: smallContent,
      year: 2026,
      answers: { 'R-PCT': { value: 47.5 }, 'R-YN': { met: true } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const pct = res.json().criteria.find((c: { code: string }) => c.code === 'R-PCT');
    expect(pct).toMatchObject({ points: 5, max: 10, target: { year: 2026, value: 95 } });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/scores/preview',
          payload: { content: smallContent, year: 2026, answers: {} },
        })
      ).statusCode,
    ).toBeGreaterThanOrEqual(401);
  });
});
