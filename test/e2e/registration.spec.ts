import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as blocks from '../../server/repositories/blocks.ts';
import {
  axeViolations,
  hasHorizontalScroll,
  seedUser,
  signInThroughUi,
  startJourney,
  unitIdOf,
  type Journey,
} from './support.ts';

let j: Journey;
const patience = { timeout: 20_000 };
const password = 'dang-ky-thi-dua-2026';

beforeAll(async () => {
  j = await startJourney();
  const { deps, tenantId } = j.db;
  await seedUser(
    j,
    { username: 'tdkt.office', password },
    'emulation_office',
    await unitIdOf(j, 'root'),
  );
  const soxd = await unitIdOf(j, 'SO-XD');
  await seedUser(j, { username: 'soxd.head', password }, 'unit_head', soxd);
  // A one-member cluster for 2026 headed by Sở Xây dựng, for the pledge journey.
  const block = await blocks.insertBlock(deps.db, {
    id: deps.newId(),
    tenantId,
    code: 'CUM-E2E',
    kind: 'cluster',
    name: 'Cụm thi đua khối kinh tế',
  });
  await blocks.replaceMembers(deps.db, tenantId, block.id, 2026, [{ unitId: soxd, role: 'head' }]);
});
afterAll(() => j?.close());

describe('journey: the office opens a registration period, a unit registers and submits', () => {
  it('opens the period, registers Sở Xây dựng, and the overview shows it submitted', async () => {
    const { page: office } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(office, j.baseUrl, 'tdkt.office', password);
    await office.waitForURL(/\/home/);
    await office.goto(`${j.baseUrl}/registrations/overview`);
    await office.getByLabel('Ngày mở').fill('2026-01-15');
    await office.getByLabel('Hạn đăng ký').fill('2026-12-31');
    await office.getByRole('button', { name: 'Mở đợt đăng ký' }).click();
    await office.getByText('Đã mở đợt đăng ký.').waitFor(patience);
    const row = office.getByTestId('overview-SO-XD');
    await row.waitFor(patience);
    expect(await row.textContent()).toContain('Chưa đăng ký');
    expect(await axeViolations(office)).toEqual([]);

    const { page: head } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(head, j.baseUrl, 'soxd.head', password);
    await head.waitForURL(/\/home/);
    await head.goto(`${j.baseUrl}/registrations`);
    const firstValue = head.getByLabel(/^A-INF-6/);
    await firstValue.waitFor(patience);
    await firstValue.fill('150');
    for (const input of await head.getByLabel(/^A-THR-/).all()) await input.fill('80');
    await head.getByLabel('Tập thể lao động xuất sắc').check();
    await head.getByRole('button', { name: 'Lưu và xem lại' }).click();
    // the server refuses a percentage over 100 or names the field, beside it and in the summary
    await head.getByTestId('error-summary').waitFor(patience);
    expect(await axeViolations(head)).toEqual([]);
    await firstValue.fill('95');
    await head.getByRole('button', { name: 'Lưu và xem lại' }).click();
    await head.getByText('Kiểm tra nội dung trước khi gửi').waitFor(patience);
    expect(await head.getByRole('table').innerText()).toContain('Tập thể lao động xuất sắc');
    await head.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await head.getByTestId('registration-submitted').waitFor(patience);
    expect(await hasHorizontalScroll(head)).toBe(false);
    expect(await axeViolations(head)).toEqual([]);

    await office.reload();
    await expect
      .poll(() => office.getByTestId('overview-SO-XD').textContent(), patience)
      .toContain('Đã gửi');
    expect(await hasHorizontalScroll(office)).toBe(false);
  });

  it('the cluster head drafts the pledge and signs it; the pledge is complete', async () => {
    const { page } = await j.newPage({ width: 360, height: 740 });
    await signInThroughUi(page, j.baseUrl, 'soxd.head', password);
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/registrations/pledges`);
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByLabel('Nội dung giao ước').waitFor(patience);
    await page.getByLabel('Nội dung giao ước').fill('Giao ước thi đua năm 2026 của cụm.');
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await page.getByRole('button', { name: /Ký thay mặt/ }).click();
    await page.getByText('Tất cả thành viên, kể cả trưởng cụm, đã ký.').waitFor(patience);
    expect(await page.getByText('Giao ước thi đua năm 2026 của cụm.').count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
