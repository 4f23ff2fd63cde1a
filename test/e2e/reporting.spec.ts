import fs from 'node:fs';
import ExcelJS from 'exceljs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
const password = 'bao-cao-phong-trao-2026';
const day = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
// The browser and the server run on the wall clock; the period is placed around today.
const now = new Date();
const year = Math.min(Math.max(now.getUTCFullYear(), 2022), 2030);
const evidencePdf = path.join(os.tmpdir(), `minh-chung-${process.pid}.pdf`);

beforeAll(async () => {
  j = await startJourney();
  await seedUser(
    j,
    { username: 'tdkt.office', password },
    'emulation_office',
    await unitIdOf(j, 'root'),
  );
  await seedUser(j, { username: 'soxd.head', password }, 'unit_head', await unitIdOf(j, 'SO-XD'));
  const tanPhong = await unitIdOf(j, 'PHUONG-TAN-PHONG');
  await seedUser(j, { username: 'tanphong.officer', password }, 'unit_officer', tanPhong);
  fs.writeFileSync(
    evidencePdf,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
});
afterAll(async () => {
  fs.rmSync(evidencePdf, { force: true });
  await j?.close();
});

async function signedIn(username: string): Promise<Page> {
  const { page } = await j.newPage({ width: 360, height: 740 });
  await signInThroughUi(page, j.baseUrl, username, password);
  await page.waitForURL(/\/home/);
  return page;
}

async function checkPage(page: Page) {
  expect(await hasHorizontalScroll(page)).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
}

/** Answers every criterion of the open section: met (with a file) or a number. */
async function answerSection(page: Page, value: string) {
  for (const field of await page.locator('[data-testid^="field-"]').all()) {
    const number = field.getByLabel(/^Giá trị thực hiện/);
    if (await number.count()) {
      await number.fill(value);
      continue;
    }
    await field.getByLabel('Đạt', { exact: true }).check();
    // Mantine's FileInput is a button over a hidden file input.
    const file = field.locator('input[type=file]');
    if (await file.count()) {
      await file.setInputFiles(evidencePdf);
      await field.getByRole('button', { name: 'Tải lên' }).click();
      await field.getByText(/^Đã tải lên/).waitFor(patience);
    }
  }
  await page
    .getByTestId('save-state')
    .first()
    .filter({ hasText: /Đã lưu lúc/ })
    .waitFor(patience);
}

describe('journey: a yearly report from the unit to the province', () => {
  it('the unit submits, the office returns a field, the unit fixes and resubmits, the office accepts and downloads the consolidated report', async () => {
    const office = await signedIn('tdkt.office');
    await office.goto(`${j.baseUrl}/reports`);
    await office.getByLabel('Năm').fill(String(year));
    await office.getByLabel('Ngày mở').fill(iso(new Date(now.getTime() - 10 * day)));
    await office.getByLabel('Hạn nộp').fill(iso(new Date(now.getTime() + 10 * day)));
    await office.getByLabel('Ngày khóa sổ').fill(iso(new Date(now.getTime() + 40 * day)));
    await office.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    await office.getByText('Đã mở kỳ báo cáo.').waitFor(patience);
    await checkPage(office);

    // The unit finds the report on its home page and fills it section by section; every
    // answer saves itself.
    const head = await signedIn('soxd.head');
    const task = head.getByTestId('task-report-SO-XD');
    await task.waitFor(patience);
    expect(await task.textContent()).toContain(`Báo cáo Năm ${year} của Sở Xây dựng`);
    await task.getByRole('link', { name: 'Làm báo cáo' }).click();
    await head.getByTestId('task-0').waitFor(patience);
    expect(await head.getByTestId('task-0').textContent()).toContain('Chưa bắt đầu');
    await checkPage(head);
    await head.getByTestId('task-0').getByRole('link').click();
    await answerSection(head, '95');
    await checkPage(head);
    await head.getByRole('button', { name: 'Phần tiếp theo' }).click();
    await answerSection(head, '80');
    await head.getByRole('button', { name: 'Phần tiếp theo' }).click();
    await head.getByLabel('Kết quả nổi bật').fill('Giải ngân đạt 95% kế hoạch vốn.');
    await head.getByLabel('Tồn tại, hạn chế').fill('Một số công trình chậm tiến độ.');
    await head.getByLabel('Đề xuất, kiến nghị').fill('Bổ sung vốn cho công trình trọng điểm.');
    await head.getByRole('button', { name: 'Phần tiếp theo' }).click();
    await head.getByRole('button', { name: 'Phần tiếp theo' }).click();
    await head.getByText('Kiểm tra nội dung trước khi gửi').waitFor(patience);
    expect(await head.getByTestId('answer-A-INF-6').textContent()).toContain('95');
    await checkPage(head);
    await head.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await head.getByTestId('report-sent').waitFor(patience);
    await checkPage(head);

    // The office sees the report waiting on its home page and returns one field with its reason.
    await office.goto(`${j.baseUrl}/home`);
    await office.getByTestId('task-report-SO-XD').getByRole('link', { name: 'Xem xét' }).click();
    const row = office.getByTestId('answer-A-INF-6');
    await row.waitFor(patience);
    await row.getByLabel(/Trả lại mục này/).check();
    await row.getByLabel(/Lý do trả lại/).fill('Số liệu giải ngân chưa khớp với Kho bạc.');
    await checkPage(office);
    await office.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    await office
      .getByTestId('review-done')
      .filter({ hasText: 'Đã trả lại báo cáo.' })
      .waitFor(patience);

    // The unit sees the reason beside the field, fixes it and submits again.
    await head.goto(`${j.baseUrl}/reports`);
    await head.getByRole('link', { name: /Mở báo cáo của Sở Xây dựng/ }).click();
    await head
      .getByText('Báo cáo bị trả lại. Sửa các mục có ghi lý do rồi gửi lại.')
      .waitFor(patience);
    expect(await head.getByTestId('task-0').textContent()).toContain('Bị trả lại');
    await head.getByTestId('task-0').getByRole('link').click();
    const field = head.getByTestId('field-A-INF-6');
    await field.getByTestId('return-reason').waitFor(patience);
    expect(await field.getByTestId('return-reason').textContent()).toContain(
      'chưa khớp với Kho bạc',
    );
    await field.getByLabel(/^Giá trị thực hiện/).fill('97,5');
    await head
      .getByTestId('save-state')
      .first()
      .filter({ hasText: /Đã lưu lúc/ })
      .waitFor(patience);
    await checkPage(head);
    await head.getByRole('button', { name: 'Về danh sách các phần' }).click();
    await head.getByRole('link', { name: 'Kiểm tra và gửi báo cáo' }).click();
    await head.getByRole('button', { name: 'Gửi lại báo cáo' }).click();
    await head.getByTestId('report-sent').waitFor(patience);
    expect(await head.getByTestId('answer-A-INF-6').textContent()).toContain('97,5');

    // The office accepts it, sees it on the board and downloads the consolidated report.
    await office.goto(`${j.baseUrl}/reports`);
    await office.getByRole('link', { name: /Xem xét báo cáo của Sở Xây dựng/ }).click();
    await office.getByRole('button', { name: 'Chấp nhận báo cáo' }).click();
    await office
      .getByTestId('review-done')
      .filter({ hasText: 'Đã chấp nhận báo cáo.' })
      .waitFor(patience);
    await office.goto(`${j.baseUrl}/reports`);
    await office.getByRole('link', { name: 'Theo dõi nộp báo cáo' }).click();
    await expect
      .poll(() => office.getByTestId('board-SO-XD').textContent(), patience)
      .toContain('Đã chấp nhận');
    await checkPage(office);
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByTestId('download-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-.*\.docx$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('a ward officer fills its indicators in Excel and imports them: the bad row is named, the valid rows go in', async () => {
    const page = await signedIn('tanphong.officer');
    await page.goto(`${j.baseUrl}/reports`);
    await page.getByRole('link', { name: /Mở báo cáo của Phường Tân Phong/ }).click();
    await page.getByTestId('task-0').waitFor(patience);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải tệp Excel chỉ số (điền sẵn)' }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    let badRow = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(2).text).toBe('PHUONG-TAN-PHONG');
      if (row.getCell(4).text === 'A-INF-6') row.getCell(9).value = 88;
      if (row.getCell(4).text === 'A-THR-3') {
        row.getCell(9).value = 'nhiều';
        badRow = n;
      }
    });
    const edited = path.join(os.tmpdir(), `chi-so-${process.pid}.xlsx`);
    await wb.xlsx.writeFile(edited);
    await page.getByTestId('indicator-excel').locator('input[type=file]').setInputFiles(edited);
    await page.getByRole('button', { name: 'Nhập số liệu' }).click();
    const result = page.getByTestId('import-result');
    await result.getByText('Các dòng có lỗi (chưa ghi gì vào báo cáo)').waitFor(patience);
    const errorRow = result.getByRole('row').filter({ hasText: 'Nhập một số' });
    expect(await errorRow.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${badRow}\\s+Giá trị`)),
    ]);
    await checkPage(page);
    await page.getByRole('button', { name: 'Chỉ nhập các dòng hợp lệ' }).click();
    await expect.poll(() => result.textContent(), patience).toMatch(/đã nhập [1-9]\d* dòng/);
    await expect
      .poll(() => page.getByTestId('task-0').textContent(), patience)
      .toContain('Đang làm');
    await page.getByTestId('task-0').getByRole('link').click();
    expect(
      await page
        .getByTestId('field-A-INF-6')
        .getByLabel(/^Giá trị thực hiện/)
        .inputValue(),
    ).toBe('88');
    fs.rmSync(edited, { force: true });
  });
});
