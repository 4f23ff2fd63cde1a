import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/client.ts';
import * as repo from '../../server/repositories/commendations.ts';
import * as usersRepo from '../../server/repositories/users.ts';
import { hashPassword } from '../../server/services/auth.ts';
import { buildHistoryFile } from '../../server/services/commendations-import.ts';
import {
  axeViolations,
  hasHorizontalScroll,
  signInThroughUi,
  startJourney,
  type Journey,
} from './support.ts';

let j: Journey;
let soNV: string;
const patience = { timeout: 15_000 };

beforeAll(async () => {
  j = await startJourney();
  const { deps, tenantId } = j.db;
  const unitId = async (code: string) =>
    (
      await queryRows<{ id: string }>(
        deps.db,
        sql`select id from units where code = ${code} and tenant_id = ${tenantId}`,
      )
    )[0]!.id;
  soNV = await unitId('SO-NV');
  const office = await usersRepo.insertUser(deps.db, {
    id: randomUUID(),
    tenantId,
    username: 'van.phong.tdkt',
    fullName: 'Văn phòng thi đua',
    passwordHash: await hashPassword('user-password-2026'),
    mustChangePassword: false,
  });
  await usersRepo.insertGrant(deps.db, {
    id: randomUUID(),
    tenantId,
    userId: office.id,
    role: 'emulation_office',
    unitId: await unitId('UBND-TINH'),
  });
  await repo.insertPerson(deps.db, {
    id: randomUUID(),
    tenantId,
    fullName: 'Lò Thị Hoa',
    category: 'official',
    unitId: soNV,
  });
});
afterAll(() => j?.close());

describe('journey: the office imports past history, opens a unit’s history and sees an open case hold its award', () => {
  it('imports the valid rows of a workbook with one bad row; Sở Nội vụ’s Bằng khen is held by an open discipline case, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'van.phong.tdkt', 'user-password-2026');
    await page.waitForURL(/\/home/);

    // 1. The history import: one bad row is reported, the valid rows are imported.
    await page.goto(`${j.baseUrl}/commendations/import`);
    await page.getByRole('heading', { name: 'Nhập lịch sử thành tích từ Excel' }).waitFor(patience);
    expect(await page.getByTestId('import-template').getAttribute('href')).toBe(
      '/api/commendations/import/template',
    );
    const workbook = await buildHistoryFile([
      { unitCode: 'SO-NV', year: 2023, rating: 'HTXS' },
      { unitCode: 'SO-KHONG-CO', year: 2023, rating: 'HTXS' },
      { unitCode: 'SO-NV', year: 2024, rating: 'HTXS' },
      { unitCode: 'SO-NV', fullName: 'Lò Thị Hoa', year: 2024, rating: 'HTT' },
    ]);
    await page.getByTestId('import-file').setInputFiles({
      name: 'lich-su-thanh-tich.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await page.getByTestId('import-validate').click();
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), patience)
      .toBe('Tổng số dòng: 4. Hợp lệ: 3. Đã nhập: 0.');
    const errors = await page.getByTestId('import-errors').innerText();
    expect(errors).toContain('3');
    expect(errors).toContain('unitCode');
    expect(errors).toContain('SO-KHONG-CO');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByTestId('import-valid').click();
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), patience)
      .toBe('Tổng số dòng: 4. Hợp lệ: 3. Đã nhập: 3.');

    // 2. The unit's history page, reached from the unit page, shows the imported ratings.
    await page.goto(`${j.baseUrl}/units/${soNV}`);
    await page.getByTestId('unit-commendations-link').click();
    await page.waitForURL(/\/units\/[0-9a-f-]{36}\/commendations/);
    await page.getByRole('heading', { name: 'Thành tích tập thể: Sở Nội vụ' }).waitFor(patience);
    await page.getByText('2023: Hoàn thành xuất sắc nhiệm vụ').waitFor(patience);
    await page.getByText('2024: Hoàn thành xuất sắc nhiệm vụ').waitFor(patience);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Two consecutive years HTXS: eligible for the provincial chair's Bằng khen on 01/03/2025.
    const check = async () => {
      await page.locator('#elig-award').selectOption('BK_CT_UBND_TINH');
      await page.locator('#elig-date').fill('2025-03-01');
      await page.getByTestId('eligibility-check').click();
      await page.getByTestId('eligibility-result').waitFor(patience);
      return page.getByTestId('eligibility-verdict').textContent();
    };
    expect(await check()).toBe('Đủ điều kiện');

    // 3. An open disciplinary procedure, with its date, holds the award.
    await page.locator('#case-kind').selectOption('discipline');
    await page.locator('#case-openedOn').fill('2025-02-10');
    await page.locator('#case-ref').fill('Tờ trình 12/TTr-SNV');
    await page.getByTestId('case-submit').click();
    await expect
      .poll(() => page.getByTestId('case-list').innerText(), patience)
      .toContain('Đang xem xét kỷ luật · 10/02/2025 · đang xem xét · Tờ trình 12/TTr-SNV');
    await expect.poll(check, patience).toBe('Tạm hoãn xét');
    const hold = await page.getByTestId('eligibility-hold').innerText();
    expect(hold).toContain('Đang xem xét kỷ luật');
    expect(hold).toContain('Điều 4');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // 4. The office's list of who may qualify shows the unit as held, with the reason.
    await page.goto(`${j.baseUrl}/commendations/candidates`);
    await page.locator('#cand-unit').fill('Ủy ban nhân dân tỉnh');
    await page.getByRole('option', { name: 'Ủy ban nhân dân tỉnh Lai Châu', exact: true }).click();
    await page.locator('#cand-kind').selectOption('collective');
    await page.locator('#cand-award').selectOption('BK_CT_UBND_TINH');
    await page.locator('#cand-year').fill('2024');
    await page.locator('#cand-date').fill('2025-03-01');
    await page.getByTestId('candidates-show').click();
    const table = page.getByTestId('candidates-table');
    await table.waitFor(patience);
    const row = table.getByRole('row').filter({ hasText: 'Sở Nội vụ' });
    expect(await row.innerText()).toContain('Tạm hoãn xét');
    expect(await row.innerText()).toContain('Đang xem xét kỷ luật');
    expect(await page.getByTestId('candidates-xlsx').getAttribute('href')).toContain(
      'candidates.xlsx',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // 5. A household that gave land for a road: its page, the contribution, and the Bằng khen.
    await page.goto(`${j.baseUrl}/households`);
    await page.getByTestId('household-add').click();
    await page.locator('#household-headName').fill('Lò Văn Páo');
    await page.locator('#household-address').fill('Bản Nà Tăm, xã Bản Bo');
    await page.locator('#household-unit').fill('Sở Nội vụ');
    await page.getByRole('option', { name: 'Sở Nội vụ', exact: true }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('link', { name: 'Lò Văn Páo' }).click();
    await page
      .getByRole('heading', { name: 'Thành tích hộ gia đình: Lò Văn Páo' })
      .waitFor(patience);
    await page.locator('#contribution-kind').selectOption('land');
    await page.locator('#contribution-date').fill('2025-05-01');
    await page.locator('#contribution-project').fill('Đường vào bản Nà Tăm');
    await page.getByRole('button', { name: 'Ghi đóng góp' }).click();
    await page.getByText('Hiến đất · 01/05/2025 · Đường vào bản Nà Tăm').waitFor(patience);
    await page.locator('#elig-award').selectOption('BK_CT_UBND_TINH');
    await page.locator('#elig-date').fill('2025-10-15');
    await page.getByTestId('eligibility-check').click();
    await expect
      .poll(() => page.getByTestId('eligibility-verdict').textContent(), patience)
      .toBe('Đủ điều kiện');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
