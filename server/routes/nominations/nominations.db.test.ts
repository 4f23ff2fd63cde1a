import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import * as usersRepo from '../../repositories/users.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, idOf, userOn } from '../../../test/support/api.ts';
import { userPassword } from '../../../test/support/users.ts';
import { docxParts, docxText } from '../../../test/support/documents.ts';

/**
 * A round taken through the chain as each actor would: a commune files for a household, a
 * collective and a person; the office returns, posts, hears the public; the Council votes in
 * secret (12 of 15 in favour: 80% passes, 90% fails) and the nominees reach "proposed".
 */

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _enc, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
let admin: Session;
let office: Session;
let commune: Session;
let officerNV: Session;
let communeId: string;
let roundId: string;
const answers: string[] = [];

async function call(s: Session | null, method: string, url: string, body?: unknown, status = 200) {
  const res = s
    ? await s.request(method, url, body)
    : await t.app.inject({ method: method as 'GET', url, payload: body as object });
  answers.push(res.body);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.body ? res.json() : undefined;
}

const at = (iso: string) => {
  t.deps.clock = () => new Date(iso);
};

/** A session that signs in again when the moved clock has let it lapse (30 min idle). */
function sticky(first: Session, username: string, password = userPassword): Session {
  let cur = first;
  return {
    get cookie() {
      return cur.cookie;
    },
    get csrfToken() {
      return cur.csrfToken;
    },
    async request(method, url, body, headers) {
      const res = await cur.request(method, url, body, headers);
      if (res.statusCode !== 401) return res;
      cur = await t.signIn(username, password);
      return cur.request(method, url, body, headers);
    },
  };
}
const stickyUser = async (username: string, role: Parameters<typeof userOn>[2], unitId: string) =>
  sticky(await userOn(t, username, role, unitId), username);

let key = 0;
async function file(s: Session, unitId: string, awardCode: string, kind: string, id: string) {
  return call(
    s,
    'POST',
    '/api/dossiers',
    {
      roundId,
      unitId,
      awardCode,
      idempotencyKey: `key-${++key}-${Date.now()}`,
      subjects: [
        {
          kind,
          id,
          statCategory:
            kind === 'household'
              ? 'household'
              : kind === 'collective'
                ? 'collective'
                : 'worker_direct',
          achievementSummary: 'Hiến 500 m² đất làm đường liên thôn',
          justification: 'Đóng góp đột xuất cho chương trình nông thôn mới',
        },
      ],
      components: [
        { code: 'review_minutes', title: 'Biên bản bình xét', votesFor: 9, votesTotal: 10 },
      ],
    },
    201,
  );
}

const step = (
  s: Session,
  d: { id: string; version: number },
  action: string,
  extra = {},
  status = 200,
) =>
  call(s, 'POST', `/api/dossiers/${d.id}/steps`, { version: d.version, action, ...extra }, status);

beforeAll(async () => {
  t = await buildTestApp({
    now: new Date('2026-12-01T02:00:00Z'),
    logger: { level: 'trace', stream: logStream },
  });
  admin = sticky(await t.signIn('admin', adminPassword), 'admin', adminPassword);
  office = await stickyUser('office', 'emulation_office', await idOf(admin, 'UBND-TINH'));
  communeId = await idOf(admin, 'XA-MUONG-KIM', '2026-12-01');
  commune = await stickyUser('xa.muongkim', 'unit_officer', communeId);
  officerNV = await stickyUser('officer.nv', 'unit_officer', await idOf(admin, 'SO-NV'));
  const round = await call(
    office,
    'POST',
    '/api/nomination-rounds',
    { name: 'Khen thưởng năm 2026', method: 'yearly', year: 2026 },
    201,
  );
  roundId = round.id;
  expect(round).toMatchObject({
    fileBy: '2026-12-10',
    superiorDays: 5,
    appraisalDays: 20,
    postingDays: 5,
  });
}, 60_000);
afterAll(() => t.close());

describe('dossiers and the chain', () => {
  let household: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let dossier: any;

  it('a commune files for a household: not eligible needs a justification; the same key files once', async () => {
    household = (
      await call(
        commune,
        'POST',
        '/api/households',
        { headName: 'Lò Văn Pâng', address: 'Bản Mường', unitId: communeId },
        201,
      )
    ).id;
    const body = {
      roundId,
      unitId: communeId,
      awardCode: 'BK_CT_UBND_TINH',
      idempotencyKey: 'household-filing-0001',
      subjects: [
        {
          kind: 'household',
          id: household,
          statCategory: 'household',
          achievementSummary: 'Hiến 500 m² đất',
        },
      ],
    };
    const refused = await commune.request('POST', '/api/dossiers', body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields['subjects.0.justification']).toMatch(/chưa đủ điều kiện/);
    const withWhy = {
      ...body,
      subjects: [{ ...body.subjects[0], justification: 'Đóng góp đột xuất' }],
    };
    dossier = await call(commune, 'POST', '/api/dossiers', withWhy, 201);
    const again = await call(commune, 'POST', '/api/dossiers', withWhy, 200);
    expect(again.id).toBe(dossier.id);
    expect(dossier).toMatchObject({
      state: 'draft',
      deadline: '2026-12-10',
      requiresCouncil: true,
      allowed: ['submit'],
      subjects: [
        { name: 'Lò Văn Pâng', eligibleAtFiling: false, justification: 'Đóng góp đột xuất' },
      ],
    });
    expect(dossier.subjects[0].eligibility.verdict).not.toBe('eligible');
    expect(
      dossier.components
        .map((c: { code: string; source: string }) => `${c.code}:${c.source}`)
        .sort(),
    ).toEqual(['achievement_report:generated', 'submission:generated']);
  });

  it('submit needs the review minutes the catalogue asks for (collectives, not households)', async () => {
    const flag = await call(
      commune,
      'POST',
      '/api/dossiers',
      {
        roundId,
        unitId: communeId,
        awardCode: 'CO_TD_TINH',
        idempotencyKey: 'flag-without-minutes',
        subjects: [
          {
            kind: 'collective',
            id: communeId,
            statCategory: 'collective',
            achievementSummary: 'Dẫn đầu khối',
            justification: 'Dẫn đầu khối thi đua',
          },
        ],
      },
      201,
    );
    const res = await commune.request('POST', `/api/dossiers/${flag.id}/steps`, {
      version: flag.version,
      action: 'submit',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Hồ sơ còn thiếu thành phần "review_minutes".');
    const ok = await step(commune, dossier, 'submit');
    expect(ok.state).toBe('at_office');
  });

  it('the office returns with a reason per component; the unit resubmits; illegal steps are refused in Vietnamese', async () => {
    const d = await file(commune, communeId, 'BK_CT_UBND_TINH', 'household', household);
    let cur = await step(commune, d, 'submit');
    expect(cur.state).toBe('at_office');
    expect(cur.deadline).toBe('2026-12-29');
    const illegal = await commune.request('POST', `/api/dossiers/${d.id}/steps`, {
      version: cur.version,
      action: 'post',
    });
    expect(illegal.statusCode).toBe(403);
    const wrong = await office.request('POST', `/api/dossiers/${d.id}/steps`, {
      version: cur.version,
      action: 'to_council',
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toBe(
      'Không thể thực hiện bước "to_council" khi hồ sơ đang ở trạng thái "at_office".',
    );
    const noReason = await office.request('POST', `/api/dossiers/${d.id}/steps`, {
      version: cur.version,
      action: 'return',
      reasons: {},
    });
    expect(noReason.json().error.code).toBe('chain_reason_required');
    cur = await step(office, cur, 'return', {
      reasons: { achievement_report: 'Bổ sung diện tích đất hiến' },
    });
    expect(cur.state).toBe('returned');
    expect(
      cur.components.find((c: { code: string }) => c.code === 'achievement_report').returnReason,
    ).toBe('Bổ sung diện tích đất hiến');
    const stale = await commune.request('POST', `/api/dossiers/${d.id}/steps`, {
      version: cur.version - 1,
      action: 'submit',
    });
    expect(stale.statusCode).toBe(409);
    cur = await step(commune, cur, 'submit');
    expect(cur.state).toBe('at_office');
    expect(cur.components.every((c: { returnReason: null }) => c.returnReason === null)).toBe(true);
    expect(cur.steps.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'submit',
    ]);
    const reject = await office.request('POST', `/api/dossiers/${d.id}/steps`, {
      version: cur.version,
      action: 'reject',
      reason: '',
    });
    expect(reject.json().error.code).toBe('chain_reason_required');
  });

  it('a unit under a commune climbs through its superior; the superior’s queue and the overdue view', async () => {
    const village = await call(
      admin,
      'POST',
      '/api/units',
      {
        code: 'THON-NA-BAN',
        kind: 'sub_unit',
        name: 'Thôn Nà Bản',
        shortName: 'Nà Bản',
        parentId: communeId,
        validFrom: '2026-01-01',
      },
      201,
    );
    const villageId = await idOf(admin, 'THON-NA-BAN', '2026-12-01');
    expect(village).toBeTruthy();
    const thon = await stickyUser('thon.naban', 'unit_officer', villageId);
    const head = await stickyUser('chutich.xa', 'unit_head', communeId);
    const hh = (
      await call(
        thon,
        'POST',
        '/api/households',
        { headName: 'Vàng A Sử', address: 'Nà Bản', unitId: villageId },
        201,
      )
    ).id;
    const d = await file(thon, villageId, 'BK_CT_UBND_TINH', 'household', hh);
    const cur = await step(thon, d, 'submit');
    expect(cur.state).toBe('at_superior');
    expect(cur.deadline).toBe('2026-12-08');
    const queue = await call(head, 'GET', '/api/dossiers/queue');
    expect(queue.dossiers.map((x: { id: string }) => x.id)).toEqual([d.id]);
    expect((await call(office, 'GET', '/api/dossiers/queue')).dossiers).toEqual([]);
    at('2026-12-09T02:00:00Z');
    const overdue = await call(office, 'GET', `/api/dossiers?roundId=${roundId}&overdue=true`);
    expect(overdue.dossiers.map((x: { id: string }) => x.id)).toContain(d.id);
    const approved = await step(head, cur, 'approve');
    expect(approved.state).toBe('at_office');
    at('2026-12-01T02:00:00Z');
  });
});

describe('public posting, Council session and secret ballot', () => {
  const members: { id: string; userId: string; session: Session }[] = [];
  const dossiers: Record<string, { id: string; version: number }> = {};
  let sessionId: string;

  it('three dossiers reach the office and are posted; the public reads and comments without signing in', async () => {
    const hh = (
      await call(
        commune,
        'POST',
        '/api/households',
        { headName: 'Lò Thị Xuân', address: 'Bản Phiêng', unitId: communeId },
        201,
      )
    ).id;
    const person = (
      await call(
        officerNV,
        'POST',
        '/api/people',
        { fullName: 'Nguyễn Văn Bình', category: 'official', unitId: await idOf(admin, 'SO-NV') },
        201,
      )
    ).id;
    const filed = {
      household: await file(commune, communeId, 'BK_CT_UBND_TINH', 'household', hh),
      flag: await file(commune, communeId, 'CO_TD_TINH', 'collective', communeId),
      cstd: await file(officerNV, await idOf(admin, 'SO-NV'), 'CSTD_TINH', 'individual', person),
    };
    let round = await call(office, 'GET', '/api/nomination-rounds');
    const r = round.rounds.find((x: { id: string }) => x.id === roundId);
    for (const [name, d] of Object.entries(filed)) {
      const owner = name === 'cstd' ? officerNV : commune;
      let cur = await step(owner, d, 'submit');
      if (name === 'household') {
        const notOpen = await office.request('POST', `/api/dossiers/${d.id}/steps`, {
          version: cur.version,
          action: 'post',
        });
        expect(notOpen.json().error.code).toBe('nomination_posting_not_open');
        round = await call(office, 'POST', `/api/nomination-rounds/${roundId}/posting`, {
          version: r.version,
        });
      }
      cur = await step(office, cur, 'post');
      expect(cur.state).toBe('posted');
      dossiers[name] = cur;
    }
    expect(round.postingTo).toBe('2026-12-05');
    const pub = await call(null, 'GET', '/api/public/nominations');
    expect(pub.nominees).toHaveLength(3);
    const xuan = pub.nominees.find((n: { name: string }) => n.name === 'Lò Thị Xuân');
    expect(Object.keys(xuan).sort()).toEqual([
      'achievementSummary',
      'award',
      'name',
      'postedUntil',
      'roundName',
      'subjectId',
      'unitName',
    ]);
    expect(JSON.stringify(pub)).not.toContain('Bản Phiêng');
    await call(
      null,
      'POST',
      `/api/public/nominations/${xuan.subjectId}/comments`,
      { body: 'Gia đình bà Xuân hiến đất thật, tôi xác nhận.', name: 'Một người dân' },
      202,
    );
    await call(
      null,
      'POST',
      `/api/public/nominations/${xuan.subjectId}/comments`,
      { body: 'spam', website: 'http://spam' },
      202,
    );
    const comments = await call(office, 'GET', `/api/nomination-rounds/${roundId}/comments`);
    expect(comments.comments).toHaveLength(1);
    await call(office, 'POST', `/api/posting-comments/${comments.comments[0].id}/answer`, {
      answer: 'Đã xác minh với UBND xã.',
    });
    expect(
      (await commune.request('GET', `/api/nomination-rounds/${roundId}/comments`)).statusCode,
    ).toBe(404);
    expect(JSON.stringify(await call(null, 'GET', '/api/public/nominations'))).not.toContain(
      'tôi xác nhận',
    );
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: `/api/public/nominations/${xuan.subjectId}/comments`,
        payload: { body: `ý kiến ${i}` },
      });
    const throttled = await t.app.inject({
      method: 'POST',
      url: `/api/public/nominations/${xuan.subjectId}/comments`,
      payload: { body: 'nữa' },
    });
    expect(throttled.statusCode).toBe(429);
  });

  it('the Council takes them only after the posting; a session with 15 members', async () => {
    const early = await office.request('POST', `/api/dossiers/${dossiers.household!.id}/steps`, {
      version: dossiers.household!.version,
      action: 'to_council',
    });
    expect(early.json().error.code).toBe('chain_posting_open');
    at('2026-12-08T02:00:00Z');
    for (const name of Object.keys(dossiers))
      dossiers[name] = await step(office, dossiers[name]!, 'to_council');
    const root = await idOf(admin, 'UBND-TINH');
    for (let i = 1; i <= 15; i++) {
      const username = `hd.${String(i).padStart(2, '0')}`;
      const session = await stickyUser(username, 'council_member', root);
      const me = await call(session, 'GET', '/api/me');
      const m = await call(
        office,
        'POST',
        '/api/council/members',
        {
          userId: me.user?.id ?? me.id,
          fullName: `Thành viên ${i}`,
          position: i === 1 ? 'Chủ tịch Hội đồng' : 'Ủy viên',
          termFrom: '2026-01-01',
        },
        201,
      );
      members.push({ id: m.id, userId: m.userId, session });
    }
    const s = await call(
      office,
      'POST',
      '/api/council/sessions',
      {
        roundId,
        title: 'Phiên họp xét khen thưởng năm 2026',
        heldOn: '2026-12-08',
        dossierIds: Object.values(dossiers).map((d) => d.id),
      },
      201,
    );
    sessionId = s.id;
    const noQuorum = await office.request('POST', `/api/council/sessions/${sessionId}/open`, {
      version: s.version,
      presentMemberIds: members.slice(0, 9).map((m) => m.id),
    });
    expect(noQuorum.json().error.message).toBe(
      'Không đủ số thành viên dự họp: có mặt 9/15, cần ít nhất 10.',
    );
    // member 1 heads the Department of Home Affairs: recused from its nominee
    await usersRepo.insertGrant(t.deps.db, {
      id: randomUUID(),
      tenantId: t.tenantId,
      userId: members[0]!.userId,
      role: 'unit_head',
      unitId: await idOf(admin, 'SO-NV'),
    });
    const open = await call(office, 'POST', `/api/council/sessions/${sessionId}/open`, {
      version: s.version,
      presentMemberIds: members.slice(0, 13).map((m) => m.id),
    });
    expect(open).toMatchObject({ status: 'open', totalMembers: 15, quorum: { met: true } });
  });

  it('members vote in secret; absent members vote in writing; a second vote is refused; the tally is sealed until close', async () => {
    const view = await call(office, 'GET', `/api/council/sessions/${sessionId}`);
    const subjectOf = (award: string) =>
      view.agenda.find((a: { awardCode: string }) => a.awardCode === award).subjectId as string;
    const subjects = [
      subjectOf('BK_CT_UBND_TINH'),
      subjectOf('CO_TD_TINH'),
      subjectOf('CSTD_TINH'),
    ];
    const ballot = await call(
      members[0]!.session,
      'GET',
      `/api/council/sessions/${sessionId}/ballot`,
    );
    expect(ballot.open).toHaveLength(2); // recused from the third;
    // 12 in favour, 2 against, 1 abstains on every nominee: members 1–11 and the written vote of 14 for
    const choiceOf = (i: number) =>
      i < 11 || i === 13 ? 'for' : i === 11 || i === 14 ? 'against' : 'abstain';
    for (const subjectId of subjects)
      for (let i = 0; i < 15; i++) {
        const choice = choiceOf(i);
        if (i < 13) {
          const res = await members[i]!.session.request(
            'POST',
            `/api/council/sessions/${sessionId}/ballots`,
            { subjectId, choice },
          );
          answers.push(res.body);
          if (i === 0 && subjectId === subjects[2]) {
            expect(res.json().error.code).toBe('council_recused');
            continue;
          }
          expect(res.statusCode, res.body).toBe(204);
          expect(res.body).toBe('');
        } else
          await call(
            office,
            'POST',
            `/api/council/sessions/${sessionId}/written-votes`,
            { memberId: members[i]!.id, subjectId, choice },
            204,
          );
      }
    const twice = await members[0]!.session.request(
      'POST',
      `/api/council/sessions/${sessionId}/ballots`,
      { subjectId: subjects[0], choice: 'against' },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('council_already_voted');
    const absentInPerson = await members[14]!.session.request(
      'POST',
      `/api/council/sessions/${sessionId}/ballots`,
      { subjectId: subjects[0], choice: 'for' },
    );
    expect(absentInPerson.statusCode).toBe(409);
    const sealed = await call(office, 'GET', `/api/council/sessions/${sessionId}`);
    expect(
      sealed.agenda.every(
        (a: { result: null; voted: number; awardCode: string }) =>
          a.result === null && a.voted === (a.awardCode === 'CSTD_TINH' ? 14 : 15),
      ),
    ).toBe(true);
    expect(
      (await call(members[0]!.session, 'GET', `/api/council/sessions/${sessionId}/ballot`)).open,
    ).toEqual([]);
  });

  it('at close: 12 of 15 passes the 80% flag and the majority form, fails the 90% title; dossiers move on', async () => {
    const s = await call(office, 'GET', `/api/council/sessions/${sessionId}`);
    const closed = await call(office, 'POST', `/api/council/sessions/${sessionId}/close`, {
      version: s.version,
    });
    const result = (award: string) =>
      closed.agenda.find((a: { awardCode: string }) => a.awardCode === award).result;
    expect(result('CO_TD_TINH')).toMatchObject({
      inFavour: 12,
      against: 2,
      abstain: 1,
      share: 80,
      passed: true,
      threshold: { percent: 80 },
    });
    // the recused member stays in the denominator: 11 of 15
    expect(result('CSTD_TINH')).toMatchObject({
      inFavour: 11,
      share: 73.33,
      passed: false,
      threshold: { percent: 90 },
    });
    expect(result('BK_CT_UBND_TINH')).toMatchObject({ passed: true });
    expect(closed.writtenVoters).toEqual(['Thành viên 14', 'Thành viên 15']);
    const state = async (name: string) =>
      (await call(office, 'GET', `/api/dossiers/${dossiers[name]!.id}`)).state;
    expect(await state('household')).toBe('proposed');
    expect(await state('flag')).toBe('proposed');
    expect(await state('cstd')).toBe('not_passed');
    const minutes = await office.request('GET', `/api/council/sessions/${sessionId}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    const text = docxText((await docxParts(minutes.rawPayload))['word/document.xml']!);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Tổng số thành viên Hội đồng: 15; có mặt: 13; vắng mặt: 2.');
    expect(text).toContain('Thành viên 14, Thành viên 15');
    expect(text).toContain('80%');
    expect(text).toContain(
      'Không tham gia biểu quyết đối với Nguyễn Văn Bình: Thành viên 1 (thủ trưởng đơn vị đề nghị).',
    );
    const proposals = await call(office, 'GET', `/api/nomination-rounds/${roundId}/proposals`);
    expect(proposals.proposals.map((p: { name: string }) => p.name).sort()).toEqual(
      ['Lò Thị Xuân', 'Xã Mường Kim'].sort(),
    );
  });

  it('secrecy: no table, log line or API answer links a named member to a choice', async () => {
    const tables = await queryRows<{ table_name: string }>(
      t.deps.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const dump: string[] = [];
    for (const { table_name } of tables) {
      const rows = await queryRows<Record<string, unknown>>(
        t.deps.db,
        sql.raw(`select * from "${table_name}"`),
      );
      for (const row of rows) dump.push(`${table_name} ${JSON.stringify(row)}`);
    }
    const everything = [...dump, ...logLines, ...answers];
    // a choice as a value ("choice":"for", :"against") — aggregate counters are keys with numbers
    const words = /"choice"|:\s*"(for|against|abstain)"/;
    for (const m of members)
      for (const id of [m.id, m.userId]) {
        const mentioning = everything.filter((line) => line.includes(id));
        for (const line of mentioning) expect(line, line).not.toMatch(words);
      }
    // the participation rows carry no time and no serial; the counters carry no member
    const cols = async (table: string) =>
      (
        await queryRows<{ column_name: string }>(
          t.deps.db,
          sql`select column_name from information_schema.columns where table_name = ${table}`,
        )
      )
        .map((c) => c.column_name)
        .sort();
    expect(await cols('council_participation')).toEqual([
      'member_id',
      'session_id',
      'subject_id',
      'tenant_id',
      'written',
    ]);
    expect(await cols('council_tallies')).toEqual([
      'abstain',
      'against',
      'in_favour',
      'session_id',
      'subject_id',
      'tenant_id',
    ]);
    // the last ballot rewrote every counter row of the session: one row version for all
    const versions = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(distinct xmin::text)::int as n from council_tallies where session_id = ${sessionId}::uuid`,
    );
    expect(versions[0]!.n).toBe(1);
    expect(logLines.join('\n')).toContain('/ballots');
    expect(logLines.some((l) => /"choice"/.test(l))).toBe(false);
  });
});
