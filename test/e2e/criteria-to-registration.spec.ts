import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/client.ts';
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
 * The bar of issue 3 as one chain: a lead department drafts a sector criterion, the office
 * publishes it, and a unit head registers against that very version and submits.
 */
let j: Journey;
const patience = { timeout: 20_000 };
const password = 'tieu-chi-nganh-2026';

beforeAll(async () => {
  j = await startJourney();
  await seedUser(j, { username: 'lead.xd', password }, 'sector_lead', await unitIdOf(j, 'SO-XD'));
  await seedUser(
    j,
    { username: 'tdkt.office', password },
    'emulation_office',
    await unitIdOf(j, 'root'),
  );
  await seedUser(j, { username: 'sotc.head', password }, 'unit_head', await unitIdOf(j, 'SO-TC'));
});
afterAll(() => j?.close());

describe('journey: sector criterion drafted → published → registered against', () => {
  it('Sở Tài chính registers against the construction sector’s newly published version', async () => {
    // 1. The lead department (Sở Xây dựng) drafts a quantitative criterion, on a phone.
    const { page: lead } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(lead, j.baseUrl, 'lead.xd', password);
    await lead.waitForURL(/\/home/);
    await lead.goto(`${j.baseUrl}/criteria`);
    const card = lead.getByTestId('set-sector:XD');
    await card.waitFor(patience);
    await card.getByRole('link', { name: /Mở phiên bản 1/ }).click();
    await lead.waitForURL(/\/criteria\/[0-9a-f-]{36}\/versions\/1/);
    const editorUrl = lead.url();
    const xdSetId = /criteria\/([0-9a-f-]{36})\//.exec(editorUrl)![1]!;
    await lead.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
    await lead.getByLabel('Tên nhóm (tiếng Việt)').fill('Hạ tầng kỹ thuật đô thị và nông thôn');
    await lead.getByRole('button', { name: 'Thêm tiêu chí vào nhóm 1' }).click();
    await lead.locator('#f-groups-0-criteria-0-kind').click();
    await lead.getByRole('option', { name: 'Định lượng' }).click();
    await lead.getByLabel('Mã tiêu chí').fill('XD-HT1');
    await lead
      .getByLabel('Tên tiêu chí (tiếng Việt)')
      .fill('Tỷ lệ công trình hạ tầng hoàn thành đúng tiến độ');
    await lead.getByLabel('Chỉ số đo').fill('Công trình hoàn thành đúng tiến độ / kế hoạch');
    await lead.getByLabel(/Số hiệu căn cứ/).fill('QĐ 12/QĐ-SXD');
    await lead.getByTestId('criteria-save').click();
    await lead.getByTestId('criteria-notice').waitFor(patience);
    expect(await lead.getByTestId('criteria-publish').count()).toBe(0);
    expect(await hasHorizontalScroll(lead)).toBe(false);
    expect(await axeViolations(lead)).toEqual([]);

    // 2. The emulation office publishes that version and opens the year's registration.
    const { page: office } = await j.newPage({ width: 1280, height: 900 });
    await signInThroughUi(office, j.baseUrl, 'tdkt.office', password);
    await office.waitForURL(/\/home/);
    await office.goto(editorUrl);
    await office.getByTestId('criteria-publish').click();
    await office.getByTestId('criteria-publish-confirm').click();
    await expect
      .poll(() => office.getByTestId('criteria-status').first().textContent(), patience)
      .toBe('Đã ban hành');
    expect(await axeViolations(office)).toEqual([]);
    await office.goto(`${j.baseUrl}/registrations/overview`);
    await office.getByLabel('Ngày mở').fill('2026-01-15');
    await office.getByLabel('Hạn đăng ký').fill('2026-12-31');
    await office.getByRole('button', { name: 'Mở đợt đăng ký' }).click();
    await office.getByText('Đã mở đợt đăng ký.').waitFor(patience);
    // Only the overview is highlighted in the menu, not "Đăng ký thi đua" above it.
    const nav = office.getByRole('navigation');
    expect(
      await nav.getByRole('link', { name: 'Tổng hợp đăng ký' }).getAttribute('data-active'),
    ).toBe('true');
    expect(
      await nav
        .getByRole('link', { name: 'Đăng ký thi đua', exact: true })
        .getAttribute('data-active'),
    ).toBeNull();
    expect(await axeViolations(office)).toEqual([]);

    // 3. The head of Sở Tài chính chooses the sector set and commits a value for XD-HT1.
    const { page: head } = await j.newPage({ width: 360, height: 800 });
    await signInThroughUi(head, j.baseUrl, 'sotc.head', password);
    await head.waitForURL(/\/home/);
    await head.goto(`${j.baseUrl}/registrations`);
    const choose = head.getByLabel(/^Bộ tiêu chí áp dụng/);
    await choose.waitFor(patience);
    // Its own category's set is the default; the new sector version is offered beside it.
    const options = await choose.locator('option').allTextContents();
    expect(options).toHaveLength(2);
    expect(options[0]).toMatch(/\(v1\)$/);
    expect(options[1]).toMatch(/^Lĩnh vực .*\(v1\)$/);
    expect(await head.getByLabel(/^XD-HT1/).count()).toBe(0);
    await choose.selectOption(`${xdSetId}:1`);
    const value = head.getByLabel(/^XD-HT1/);
    await value.waitFor(patience);
    await value.fill('101');
    await head.getByLabel('Tập thể lao động xuất sắc').check();
    await head.getByRole('button', { name: 'Lưu và xem lại' }).click();
    await head.getByTestId('error-summary').waitFor(patience);
    expect(await axeViolations(head)).toEqual([]);
    await value.fill('95');
    await head.getByRole('button', { name: 'Lưu và xem lại' }).click();
    await head.getByText('Kiểm tra nội dung trước khi gửi').waitFor(patience);
    const review = head.getByRole('table');
    await expect.poll(() => review.innerText(), patience).toMatch(/Lĩnh vực .*\(v1\)/);
    expect(await review.innerText()).toContain('XD-HT1');
    await head.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await head.getByTestId('registration-submitted').waitFor(patience);
    expect(await hasHorizontalScroll(head)).toBe(false);
    expect(await axeViolations(head)).toEqual([]);

    // The registration points at exactly the version the lead department drafted.
    const { deps, tenantId } = j.db;
    const rows = await queryRows<{
      criteria_set_id: string;
      criteria_version: number;
      status: string;
      commitments: { values: Record<string, number> };
    }>(
      deps.db,
      sql`select criteria_set_id, criteria_version, status, commitments from registrations
           where tenant_id = ${tenantId} and unit_id = ${await unitIdOf(j, 'SO-TC')}::uuid`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      criteria_set_id: xdSetId,
      criteria_version: 1,
      status: 'submitted',
      commitments: { values: { 'XD-HT1': 95 } },
    });

    await office.reload();
    await expect
      .poll(() => office.getByTestId('overview-SO-TC').textContent(), patience)
      .toContain('Đã gửi');
  });
});
