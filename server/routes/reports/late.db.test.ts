import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { userPassword } from '../../../test/support/users.ts';
import { idOf, userWith } from '../../../test/support/api.ts';
import {
  completeAnswers,
  movementCode,
  narrative,
  publishSmallCriteria,
} from '../../../test/support/reporting.ts';

/**
 * "Late" is decided on the office's calendar day (Asia/Ho_Chi_Minh): a report sent at 23:30
 * in Vietnam on the deadline day is on time, one sent at 00:30 the next day is late — although
 * both instants fall on the deadline day in UTC.
 */
let t: TestApp;
let periodId: string;
const ids: Record<string, string> = {};
const deadline = '2026-03-01';
const lastMinute = new Date('2026-03-01T16:30:00Z'); // 23:30 on 1 March in Vietnam
const nextMorning = new Date('2026-03-01T17:30:00Z'); // 00:30 on 2 March in Vietnam

const at = async (when: Date, username: string): Promise<Session> => {
  t.deps.clock = () => when;
  // Sessions follow the clock: sign in again at each moved time.
  return t.signIn(username, username === 'admin' ? testAdminPassword : userPassword);
};
const evidence = () => {
  const boundary = '----late';
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="criterionCode"\r\n\r\nR-YN\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="qd.pdf"\r\n\r\n%PDF-1.4 x\r\n--${boundary}--\r\n`,
  );
  return [body, { 'content-type': `multipart/form-data; boundary=${boundary}` }] as const;
};
const url = (code: string) => `/api/report-periods/${periodId}/reports/${ids[code]}`;

/** The head drafts a complete report with its evidence (before the deadline), then returns its version. */
async function draft(head: Session, code: string): Promise<number> {
  await head.request('POST', `${url(code)}/evidence`, ...evidence());
  const saved = await head.request('PUT', url(code), {
    answers: completeAnswers(),
    narrative,
    version: 1, // the upload started the draft
  });
  expect(saved.statusCode).toBe(200);
  return saved.json().version;
}

async function submit(when: Date, username: string, code: string, version: number) {
  const head = await at(when, username);
  const res = await head.request(
    'POST',
    `${url(code)}/submit`,
    { version },
    { 'idempotency-key': `${code}-submit` },
  );
  expect(res.statusCode).toBe(200);
  expect(res.json().status).toBe('submitted');
}

beforeAll(async () => {
  t = await buildTestApp({ now: new Date('2026-02-20T02:00:00Z') });
  const admin = await t.signIn('admin', testAdminPassword);
  const office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  const xd = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  const tc = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  await userWith(t, admin, 'soyt.head', 'unit_head', 'SO-YT');
  for (const code of ['SO-XD', 'SO-TC', 'SO-YT']) ids[code] = await idOf(admin, code);
  await publishSmallCriteria(office);
  const opened = await office.request('POST', '/api/report-periods', {
    movementCode,
    year: 2026,
    kind: 'half',
    half: 1,
    opensOn: '2026-02-01',
    deadline,
    closesOn: '2026-03-31',
  });
  expect(opened.statusCode).toBe(201);
  periodId = opened.json().id;
  const xdVersion = await draft(xd, 'SO-XD');
  const tcVersion = await draft(tc, 'SO-TC');
  await submit(lastMinute, 'soxd.head', 'SO-XD', xdVersion);
  await submit(nextMorning, 'sotc.head', 'SO-TC', tcVersion);
});
afterAll(() => t.close());

type BoardUnit = { unit: { code: string }; status: string; submittedLate: boolean };
const boardAt = async (when: Date) => {
  const office = await at(when, 'tdkt.office');
  const res = await office.request('GET', `/api/report-periods/${periodId}/board`);
  expect(res.statusCode).toBe(200);
  const units = res.json().units as BoardUnit[];
  return (code: string) => units.find((u) => u.unit.code === code)!;
};

describe('late on the office’s calendar day', () => {
  it('a report sent at 23:30 on the deadline day is on time; one sent at 00:30 the next day is late', async () => {
    const unit = await boardAt(nextMorning);
    expect(unit('SO-XD')).toMatchObject({ status: 'submitted', submittedLate: false });
    expect(unit('SO-TC')).toMatchObject({ status: 'submitted', submittedLate: true });
    // The heads' own lists say the same.
    for (const [username, code, late] of [
      ['soxd.head', 'SO-XD', false],
      ['sotc.head', 'SO-TC', true],
    ] as const) {
      const head = await at(nextMorning, username);
      const mine = (await head.request('GET', `/api/report-periods/${periodId}/reports`)).json()
        .mine as { unit: { code: string }; submittedLate: boolean }[];
      expect(mine.find((m) => m.unit.code === code)!.submittedLate).toBe(late);
    }
  });

  it('a unit that has sent nothing is late from 00:00 in Vietnam, not from 07:00', async () => {
    expect((await boardAt(lastMinute))('SO-YT').status).toBe('not_started');
    expect((await boardAt(nextMorning))('SO-YT').status).toBe('late');
    // Its head's list says the same.
    const mine = async (when: Date) =>
      (
        await (
          await at(when, 'soyt.head')
        ).request('GET', `/api/report-periods/${periodId}/reports`)
      ).json().mine[0].boardStatus;
    expect(await mine(lastMinute)).toBe('not_started');
    expect(await mine(nextMorning)).toBe('late');
  });
});
