import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  hasHorizontalScroll,
  seedUser,
  signInThroughUi,
  startJourney,
  unitIdOf,
  type Journey,
} from './support.ts';
import { jpegWithGps } from '../support/waste.ts';

let j: Journey;
const password = 'phan-anh-lang-phi-2026';
let commune: { id: string; name: string };
const patience = { timeout: 20_000 };

beforeAll(async () => {
  j = await startJourney();
  commune = (
    (await (await fetch(`${j.baseUrl}/api/public/waste-reports/places`)).json()) as {
      places: { id: string; name: string }[];
    }
  ).places[0]!;
  await seedUser(
    j,
    { username: 'lp.office', password, fullName: 'Văn phòng TĐKT' },
    'emulation_office',
    await unitIdOf(j, 'root'),
  );
  await seedUser(
    j,
    { username: 'lp.xa', password, fullName: 'Cán bộ xã' },
    'unit_officer',
    commune.id,
  );
  await seedUser(
    j,
    { username: 'lp.mttq', password, fullName: 'Ủy ban MTTQ xã' },
    'supervisor',
    commune.id,
  );
});
afterAll(() => j?.close());

async function staff(username: string): Promise<Page> {
  const { page } = await j.newPage({ width: 360, height: 740 });
  await signInThroughUi(page, j.baseUrl, username, password);
  await page.waitForURL(/\/home/);
  return page;
}

async function openReport(page: Page, code: string) {
  await page.goto(`${j.baseUrl}/waste`);
  await page.getByRole('link', { name: code }).click();
  await page.getByTestId('waste-desk-state').waitFor();
}

describe('journey: a citizen reports waste and follows it to a published outcome', () => {
  it('files with a photo, follows by code; office, commune and supervisor handle it; the citizen sees the outcome', async () => {
    // The citizen, on a phone, without signing in.
    const { page: citizen } = await j.newPage({ width: 360, height: 740 });
    await citizen.goto(`${j.baseUrl}/`);
    await citizen.getByTestId('waste-link').click();
    await citizen
      .getByLabel(/Nội dung phản ánh/)
      .fill('Xe ô tô công để không, xuống cấp ngoài sân trụ sở nhiều tháng.');
    await citizen.getByLabel('Lĩnh vực').selectOption('public_assets');
    await citizen.getByLabel(/Xã, phường nơi xảy ra/).selectOption(commune.id);
    await citizen.getByLabel(/Địa điểm cụ thể/).fill('Sân trụ sở UBND xã');
    await citizen
      .locator('input[type="file"]')
      .setInputFiles({ name: 'xe.jpg', mimeType: 'image/jpeg', buffer: jpegWithGps() });
    await citizen.getByTestId('waste-anonymous').uncheck();
    await citizen.getByLabel('Họ và tên').fill('Lò Văn Dân');
    await citizen.getByLabel('Số điện thoại').fill('0987 654 321');
    expect(await hasHorizontalScroll(citizen)).toBe(false);
    await citizen.getByTestId('waste-send').click();
    const code = (await citizen.getByTestId('waste-code').innerText({ timeout: 30_000 })).trim();
    expect(code).toMatch(/^LP-2026-\d{6}$/);
    const followLink = (await citizen.getByTestId('waste-follow-link').innerText()).trim();
    expect(await hasHorizontalScroll(citizen)).toBe(false);

    // Anyone follows it by its code.
    await citizen.goto(`${j.baseUrl}/phan-anh/tra-cuu`);
    await citizen.getByTestId('waste-lookup-code').fill(code.toLowerCase());
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await expect
      .poll(() => citizen.getByTestId('waste-state').textContent(), patience)
      .toBe('Đã chuyển đơn vị xử lý');

    // The office confirms the routing with a reason.
    const office = await staff('lp.office');
    await openReport(office, code);
    const assign = office.getByTestId('waste-move-assign');
    await assign.getByLabel('Lý do').fill('Đúng địa bàn, giao xã xác minh');
    await assign.getByRole('button', { name: 'Giao đơn vị' }).click();
    await expect
      .poll(() => office.getByTestId('waste-desk-history').innerText(), patience)
      .toContain('Đúng địa bàn');

    // The commune's officer takes it and starts verifying; the photo arrived.
    const officer = await staff('lp.xa');
    await openReport(officer, code);
    await officer.getByRole('button', { name: 'Nhận xử lý, bắt đầu xác minh' }).click();
    await expect
      .poll(() => officer.getByTestId('waste-desk-state').textContent(), patience)
      .toBe('Đang xác minh');
    expect(await officer.locator('img').count()).toBe(1);

    // The supervisor comments; it reaches the officer.
    const supervisor = await staff('lp.mttq');
    await openReport(supervisor, code);
    await supervisor.getByLabel('Ý kiến giám sát').fill('Đề nghị kiểm tra cả sổ theo dõi xe.');
    await supervisor.getByTestId('waste-comment-send').click();
    await expect
      .poll(() => supervisor.getByTestId('waste-desk-history').innerText(), patience)
      .toContain('sổ theo dõi xe');
    const notes = await officer.evaluate(async () => (await fetch('/api/notifications')).text());
    expect(notes).toContain(code);
    expect(notes).toContain('Ủy ban MTTQ xã');

    // The officer concludes.
    await officer.reload();
    const conclude = officer.getByTestId('waste-move-conclude');
    await conclude.getByLabel('Kết luận', { exact: true }).selectOption('confirmed_waste');
    await conclude
      .getByLabel(/Nội dung kết luận/)
      .fill('Xác nhận xe để không 8 tháng; đã điều chuyển cho trạm y tế.');
    await conclude.getByRole('button', { name: 'Kết luận' }).click();
    await expect
      .poll(() => officer.getByTestId('waste-desk-state').textContent(), patience)
      .toBe('Đã có kết luận');

    // The office publishes.
    await openReport(office, code);
    await office.getByRole('button', { name: 'Công khai kết quả' }).click();
    await expect
      .poll(() => office.getByTestId('waste-desk-state').textContent(), patience)
      .toBe('Đã công khai kết quả');

    // The citizen sees the outcome on the private link.
    await citizen.goto(followLink);
    await expect
      .poll(() => citizen.getByTestId('waste-outcome').textContent(), patience)
      .toBe('Xác nhận có lãng phí');
    expect(await citizen.getByTestId('waste-status').innerText()).toContain(
      'điều chuyển cho trạm y tế',
    );
    expect(await hasHorizontalScroll(citizen)).toBe(false);
  });
});
