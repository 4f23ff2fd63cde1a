import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hasHorizontalScroll,
  seedUser,
  signInThroughUi,
  startJourney,
  unitIdOf,
  type Journey,
} from './support.ts';

/**
 * A commune files a dossier for a household; it climbs the chain, is posted and commented on
 * by a citizen, voted on in a Council session and reaches "proposed for decision" — at 360 px.
 * Setting-up steps no page offers yet (the round, the filing, members, the session) go
 * through the API as the office would.
 */

const password = 'user-password-2026';
let j: Journey;

async function apiAs(username: string) {
  const login = await fetch(`${j.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${j.baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

describe('journey: a household’s dossier from the commune to "proposed for decision"', () => {
  it('files, climbs, is posted and commented, voted in secret, proposed — at 360 px', async () => {
    const root = await unitIdOf(j, 'root');
    const commune = await unitIdOf(j, 'XA-MUONG-KIM');
    await seedUser(j, { username: 'xa.muongkim', password }, 'unit_officer', commune);
    await seedUser(j, { username: 'van.phong.tdkt', password }, 'emulation_office', root);
    const memberIds: string[] = [];
    for (let i = 1; i <= 15; i++)
      memberIds.push(await seedUser(j, { username: `hd.${i}`, password }, 'council_member', root));
    const office = await apiAs('van.phong.tdkt');
    const communeApi = await apiAs('xa.muongkim');
    const round = await office('POST', '/api/nomination-rounds', {
      name: 'Khen thưởng năm 2026',
      method: 'yearly',
      year: 2026,
    });
    const household = await communeApi('POST', '/api/households', {
      headName: 'Lò Văn Pâng',
      address: 'Bản Mường',
      unitId: commune,
    });
    const dossier = await communeApi('POST', '/api/dossiers', {
      roundId: round.id,
      unitId: commune,
      awardCode: 'BK_CT_UBND_TINH',
      idempotencyKey: 'journey-household-0001',
      subjects: [
        {
          kind: 'household',
          id: household.id,
          statCategory: 'household',
          achievementSummary: 'Hiến 500 m² đất làm đường liên thôn',
          justification: 'Đóng góp đột xuất cho nông thôn mới',
        },
      ],
    });

    // The commune submits on the dossier page.
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'xa.muongkim', password);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/nominations/${dossier.id}`);
    await expect.poll(() => page.getByTestId('dossier-state').textContent()).toBe('Đang soạn');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await expect
      .poll(() => page.getByTestId('dossier-state').textContent())
      .toBe('Cơ quan thi đua thẩm định');

    // The office opens the posting and posts it on the page.
    const r = (await office('GET', '/api/nomination-rounds')).rounds[0];
    await office('POST', `/api/nomination-rounds/${round.id}/posting`, { version: r.version });
    const { page: officePage } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(officePage, j.baseUrl, 'van.phong.tdkt', password);
    await officePage.waitForURL(/\/home/);
    await officePage.goto(`${j.baseUrl}/nominations`);
    await expect.poll(() => officePage.getByText('Lò Văn Pâng').first().isVisible()).toBe(true);
    expect(await hasHorizontalScroll(officePage)).toBe(false);
    await officePage.goto(`${j.baseUrl}/nominations/${dossier.id}`);
    await officePage.getByRole('button', { name: 'Đưa ra công khai' }).click();
    await expect
      .poll(() => officePage.getByTestId('dossier-state').textContent())
      .toBe('Đang công khai lấy ý kiến');

    // A citizen reads the public page and comments without signing in.
    const { page: citizen } = await j.newPage({ width: 360, height: 800 });
    await citizen.goto(`${j.baseUrl}/cong-khai`);
    await expect
      .poll(() => citizen.getByRole('heading', { name: 'Lò Văn Pâng' }).isVisible())
      .toBe(true);
    expect(await citizen.getByText('Bản Mường').count()).toBe(0);
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await hasHorizontalScroll(citizen)).toBe(false);
    await citizen
      .getByLabel('Nội dung ý kiến')
      .fill('Gia đình ông Pâng hiến đất thật, tôi xác nhận.');
    await citizen.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect.poll(() => citizen.getByText(/Cảm ơn bạn/).isVisible()).toBe(true);
    const comments = await office('GET', `/api/nomination-rounds/${round.id}/comments`);
    expect(comments.comments).toHaveLength(1);
    await office('POST', `/api/posting-comments/${comments.comments[0].id}/answer`, {
      answer: 'Đã xác minh với UBND xã.',
    });

    // The posting period is over (the office moves its start back), the office sends it on.
    const r2 = (await office('GET', '/api/nomination-rounds')).rounds[0];
    await office('POST', `/api/nomination-rounds/${round.id}/posting`, {
      version: r2.version,
      from: '2026-11-01',
    });
    await officePage.reload();
    await officePage.getByRole('button', { name: 'Chuyển Hội đồng xét' }).click();
    await expect
      .poll(() => officePage.getByTestId('dossier-state').textContent())
      .toBe('Chờ Hội đồng xét');

    // The Council: 15 members, 13 present, a secret ballot.
    const members = [];
    for (let i = 0; i < 15; i++)
      members.push(
        await office('POST', '/api/council/members', {
          userId: memberIds[i],
          fullName: `Thành viên ${i + 1}`,
          position: 'Ủy viên',
          termFrom: '2026-01-01',
        }),
      );
    const today = new Date().toISOString().slice(0, 10);
    const session = await office('POST', '/api/council/sessions', {
      roundId: round.id,
      title: 'Phiên họp xét khen thưởng',
      heldOn: today,
      dossierIds: [dossier.id],
    });
    await office('POST', `/api/council/sessions/${session.id}/open`, {
      version: session.version,
      presentMemberIds: members.slice(0, 13).map((m) => m.id),
    });
    const subjectId = session.agenda[0].subjectId;
    const { page: memberPage } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(memberPage, j.baseUrl, 'hd.1', password);
    await memberPage.waitForURL(/\/home/);
    await memberPage.goto(`${j.baseUrl}/council/sessions/${session.id}/ballot`);
    await expect.poll(() => memberPage.getByText('Lò Văn Pâng').isVisible()).toBe(true);
    expect(await axeViolations(memberPage)).toEqual([]);
    expect(await hasHorizontalScroll(memberPage)).toBe(false);
    await memberPage.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await expect.poll(() => memberPage.getByText(/Bạn không còn đối tượng/).isVisible()).toBe(true);
    for (let i = 2; i <= 13; i++)
      await (
        await apiAs(`hd.${i}`)
      )('POST', `/api/council/sessions/${session.id}/ballots`, {
        subjectId,
        choice: i <= 11 ? 'for' : 'against',
      });
    for (const m of members.slice(13))
      await office('POST', `/api/council/sessions/${session.id}/written-votes`, {
        memberId: m.id,
        subjectId,
        choice: 'for',
      });
    const open = await office('GET', `/api/council/sessions/${session.id}`);
    await office('POST', `/api/council/sessions/${session.id}/close`, { version: open.version });

    await officePage.reload();
    await expect
      .poll(() => officePage.getByTestId('dossier-state').textContent())
      .toBe('Đề nghị Chủ tịch quyết định');
    expect(await axeViolations(officePage)).toEqual([]);
    expect(await hasHorizontalScroll(officePage)).toBe(false);
    const proposals = await office('GET', `/api/nomination-rounds/${round.id}/proposals`);
    expect(proposals.proposals.map((p: { name: string }) => p.name)).toEqual(['Lò Văn Pâng']);
  });
});
