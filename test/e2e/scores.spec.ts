import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openYear, publishSmallCriteria } from '../support/reporting.ts';
import type { Session } from '../support/test-app.ts';
import {
  hasHorizontalScroll,
  seedUser,
  signInThroughUi,
  startJourney,
  unitIdOf,
  type Journey,
} from './support.ts';

let j: Journey;
const password = 'diem-thi-dua-2026';
const year = new Date().getFullYear();
const units = { a: '', b: '' };

/** A signed-in HTTP client over the journey's real server (the shape test sessions have). */
async function apiSession(username: string): Promise<Session> {
  const login = await fetch(`${j.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('thidua_session='))!;
  const csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
  const session = cookie.split(';')[0]!;
  return {
    cookie: session,
    csrfToken,
    request: (async (method: string, url: string, body?: unknown, headers = {}) => {
      const res = await fetch(`${j.baseUrl}${url}`, {
        method,
        headers: {
          cookie: session,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { statusCode: res.status, body: text, json: () => JSON.parse(text) };
    }) as unknown as Session['request'],
  };
}

async function sendAndAccept(office: Session, head: Session, periodId: string, unitId: string, pct: number) {
  const url = `/api/report-periods/${periodId}/reports/${unitId}`;
  const saved = await head.request('PUT', url, {
    answers: {
      'R-PCT': { value: pct },
      'R-CNT': { value: 3 },
      'R-YN': { met: false },
      'R-BON': { events: 0 },
    },
    narrative: { results: 'Kết quả', shortcomings: '', proposals: '' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const sent = await head.request(
    'POST',
    `${url}/submit`,
    { version: saved.json().version },
    { 'idempotency-key': `journey-${unitId}` },
  );
  expect(sent.statusCode, sent.body).toBe(200);
  const accepted = await office.request('POST', `${url}/accept`, { version: sent.json().version });
  expect(accepted.json().status, accepted.body).toBe('accepted');
}

beforeAll(async () => {
  j = await startJourney();
  const root = await unitIdOf(j, 'root');
  units.a = await unitIdOf(j, 'XA-PAC-TA');
  units.b = await unitIdOf(j, 'XA-NAM-SO');
  await seedUser(j, { username: 'tdkt.office', password }, 'emulation_office', root);
  await seedUser(j, { username: 'pacta.head', password }, 'unit_head', units.a);
  await seedUser(j, { username: 'namso.head', password }, 'unit_head', units.b);
  const office = await apiSession('tdkt.office');
  await publishSmallCriteria(office);
  const periodId = await openYear(office, year);
  const block = await office.request('POST', '/api/blocks', {
    code: 'CUM-XA',
    kind: 'cluster',
    name: 'Cụm các xã',
  });
  await office.request('PUT', `/api/blocks/${block.json().id}/members/${year}`, {
    members: [
      { unitId: units.a, role: 'head' },
      { unitId: units.b, role: 'member' },
    ],
  });
  await sendAndAccept(office, await apiSession('pacta.head'), periodId, units.a, 95);
  await sendAndAccept(office, await apiSession('namso.head'), periodId, units.b, 60);
}, 120_000);
afterAll(async () => j?.close());

async function signedIn(username: string): Promise<Page> {
  const { page } = await j.newPage({ width: 360, height: 740 });
  await signInThroughUi(page, j.baseUrl, username, password);
  await page.waitForURL(/\/home/);
  return page;
}

describe('scores journey at 360 px', () => {
  it('office publishes; the public page shows it; the commune head follows a criterion to its report', async () => {
    const office = await signedIn('tdkt.office');
    await office.goto(`${j.baseUrl}/scores?year=${year}`);
    await expect.poll(() => office.getByText('Xã Pắc Ta dẫn đầu').count()).toBeGreaterThan(0);
    await office.getByTestId('scores-publish').click();
    await expect.poll(() => office.getByText('Đã công bố kết quả.').count()).toBe(1);
    expect(await hasHorizontalScroll(office)).toBe(false);

    const { page: citizen } = await j.newPage({ width: 360, height: 740 });
    await citizen.goto(`${j.baseUrl}/rankings?year=${year}`);
    await expect.poll(() => citizen.getByTestId('rankings-revision').count()).toBe(1);
    expect(await citizen.getByText('Xã Pắc Ta dẫn đầu Cụm các xã').count()).toBe(1);
    expect(await hasHorizontalScroll(citizen)).toBe(false);

    const head = await signedIn('pacta.head');
    await head.goto(`${j.baseUrl}/scores/units/${units.a}?year=${year}`);
    await expect.poll(() => head.getByTestId('score-row-R-PCT').count()).toBe(1);
    expect(await head.getByTestId('score-row-R-PCT').innerText()).toContain('95');
    expect(await hasHorizontalScroll(head)).toBe(false);
    await head.getByTestId('report-link-R-PCT').click();
    await head.waitForURL(new RegExp(`/reports/.+/units/${units.a}`));
  });
});
