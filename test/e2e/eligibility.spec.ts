import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client.ts';
import * as repo from '../../server/repositories/commendations.ts';
import * as usersRepo from '../../server/repositories/users.ts';
import { hashPassword } from '../../server/services/auth.ts';
import {
  axeViolations,
  hasHorizontalScroll,
  signInThroughUi,
  startJourney,
  type Journey,
} from './support.ts';

let j: Journey;
let personId: string;
beforeAll(async () => {
  j = await startJourney();
  const db = j.db;
  const tenantId = db.tenantId;
  const unitId = async (code: string) =>
    (
      await queryRows<{ id: string }>(
        db.deps.db,
        sql`select id from units where code = ${code} and tenant_id = ${tenantId}`,
      )
    )[0]!.id;
  const soNV = await unitId('SO-NV');
  const officer = await usersRepo.insertUser(db.deps.db, {
    id: randomUUID(),
    tenantId,
    username: 'can.bo.tdkt',
    fullName: 'Cán bộ thi đua',
    passwordHash: await hashPassword('user-password-2026'),
    mustChangePassword: false,
  });
  await usersRepo.insertGrant(db.deps.db, {
    id: randomUUID(),
    tenantId,
    userId: officer.id,
    role: 'emulation_office',
    unitId: await unitId('UBND-TINH'),
  });
  // History known before the journey: exemplary conduct attested and a base-level initiative recognised in 2024.
  const person = await repo.insertPerson(db.deps.db, {
    id: randomUUID(),
    tenantId,
    fullName: 'Lò Thị Hoa',
    category: 'official',
    unitId: soNV,
  });
  personId = person.id;
  await repo.insertRecord(db.deps.db, {
    id: randomUUID(),
    tenantId,
    subjectKind: 'individual',
    subjectId: personId,
    type: 'attestation',
    year: 2024,
    data: { fact: 'exemplary_conduct', year: 2024, ref: 'Biên bản họp 2024' },
  });
  await repo.insertInitiative(db.deps.db, {
    id: randomUUID(),
    tenantId,
    title: 'Số hoá hồ sơ thi đua',
    authorIds: [personId],
    unitId: soNV,
    description: 'Quy trình số hoá',
    effect: 'Giảm thời gian xử lý',
    status: 'recognised',
    level: 'base',
    recognisedOn: '2024-11-20',
    decisionNumber: '15/QĐ-HĐSK',
    scope: 'Sở Nội vụ',
  });
});
afterAll(() => j?.close());

describe('journey: the emulation office records a rating and checks eligibility', () => {
  it('HTT 2024 recorded through the form makes Lò Thị Hoa eligible for CSTĐCS, with reasons, at 360 px', async () => {
    const { page } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(page, j.baseUrl, 'can.bo.tdkt', 'user-password-2026');
    await page.waitForURL(/\/home/);
    await page.goto(`${j.baseUrl}/people`);
    await page.getByRole('link', { name: 'Lò Thị Hoa' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByText('Số hoá hồ sơ thi đua').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // A wrong year first: the error summary and the field message come from the API.
    await page.locator('#rating-year').fill('1800');
    await page.getByTestId('rating-submit').click();
    await expect.poll(() => page.getByTestId('error-summary').isVisible()).toBe(true);
    await page.locator('#rating-year').fill('2024');
    await page.locator('#rating-rating').selectOption('HTT');
    await page.getByTestId('rating-submit').click();
    await expect.poll(() => page.getByText('2024: Hoàn thành tốt nhiệm vụ').isVisible()).toBe(true);

    await page.locator('#elig-award').selectOption('CSTDCS');
    await page.locator('#elig-date').fill('2025-03-01');
    await page.getByTestId('eligibility-check').click();
    await expect
      .poll(() => page.getByTestId('eligibility-verdict').textContent())
      .toBe('Đủ điều kiện');
    const result = await page.getByTestId('eligibility-result').innerText();
    expect(result).toContain('lc.cstdcs');
    expect(result).toContain('Điều 23');
    expect(result).toContain('15/QĐ-HĐSK');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.goto(`${j.baseUrl}/commendations/catalogue`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Chiến sĩ thi đua cơ sở' }).isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/lc\.xa_tieu_bieu/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.goto(`${j.baseUrl}/initiatives`);
    await expect.poll(() => page.getByText('Đã công nhận').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Đăng ký sáng kiến' }).click();
    await page.getByRole('button', { name: 'Đăng ký sáng kiến' }).last().click();
    await expect.poll(() => page.getByTestId('error-summary').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
