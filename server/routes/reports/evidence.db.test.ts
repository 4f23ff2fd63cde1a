import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samples } from '../../../test/support/file-samples.ts';
import { filePath } from '../../files/store.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';
import {
  completeAnswers,
  form,
  narrative,
  openYear,
  publishSmallCriteria,
} from '../../../test/support/reporting.ts';

let t: TestApp;
let office: Session;
let head: Session;
let otherHead: Session;
let leader: Session;
let soxd: string;
let periodId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  otherHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  leader = await userWith(t, admin, 'tinh.leader', 'leader', 'UBND-TINH');
  soxd = await idOf(admin, 'SO-XD');
  await publishSmallCriteria(office);
  periodId = await openYear(office);
});
afterAll(() => t.close());

const url = () => `/api/report-periods/${periodId}/reports/${soxd}`;
const upload = (s: Session, file: Buffer, name: string, fields: Record<string, string> = {}) => {
  const f = form(file, name, fields);
  return s.request('POST', `${url()}/evidence`, f.body, f.headers);
};

describe('evidence files', () => {
  it('stores an allowed file under DATA_DIR by its hash, creating the draft, audited', async () => {
    const before = await auditCount(t, 'report.evidence_add');
    const res = await upload(head, samples.pdf, 'Quyết định khen thưởng.pdf', {
      criterionCode: 'R-YN',
    });
    expect(res.statusCode).toBe(201);
    const sha = createHash('sha256').update(samples.pdf).digest('hex');
    expect(res.json()).toMatchObject({
      criterionCode: 'R-YN',
      fileName: 'Quyết định khen thưởng.pdf',
      mediaType: 'application/pdf',
      size: samples.pdf.length,
      uploadedBy: { name: 'soxd.head' },
    });
    expect(fs.readFileSync(filePath(t.deps.config.dataDir, t.tenantId, sha))).toEqual(samples.pdf);
    expect(await auditCount(t, 'report.evidence_add')).toBe(before + 1);
    const report = (await head.request('GET', url())).json();
    expect(report).toMatchObject({ status: 'draft', evidence: [{ id: res.json().id }] });
  });

  it('refuses a disguised file, an unknown type and an unknown criterion with field errors', async () => {
    const exe = await upload(head, samples.exe, 'bao-cao.pdf', {});
    expect(exe.statusCode).toBe(400);
    expect(Object.keys(exe.json().error.fields)).toEqual(['file']);
    const png = await upload(head, samples.png, 'bao-cao.pdf');
    expect(png.json().error.fields.file).toContain('PNG');
    const wrong = await upload(head, samples.png, 'anh.png', { criterionCode: 'KHONG-CO' });
    expect(Object.keys(wrong.json().error.fields)).toEqual(['criterionCode']);
    const none = await head.request(
      'POST',
      `${url()}/evidence`,
      form(Buffer.alloc(0), 'x.pdf').body,
      form(Buffer.alloc(0), 'x.pdf').headers,
    );
    expect(none.json().error.fields.file).toBeDefined();
    expect((await head.request('GET', url())).json().evidence).toHaveLength(1);
  });

  it('refuses an oversized file with the limit in the message, writing nothing', async () => {
    const limit = t.deps.config.evidenceMaxBytes;
    t.deps.config.evidenceMaxBytes = 1024 * 1024;
    try {
      const big = Buffer.concat([samples.pdf, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const res = await upload(head, big, 'lon.pdf', {});
      expect(res.statusCode).toBe(413);
      expect(res.json().error.fields.file).toBe('Tệp quá lớn: tối đa 1 MB.');
    } finally {
      t.deps.config.evidenceMaxBytes = limit;
    }
    expect((await head.request('GET', url())).json().evidence).toHaveLength(1);
  });

  it('serves the bytes only to those who may read the report', async () => {
    const [file] = (await head.request('GET', url())).json().evidence;
    const get = (s: Session) => s.request('GET', file.url);
    const mine = await get(head);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toContain("filename*=UTF-8''Quy%E1%BA%BFt");
    expect(mine.rawPayload).toEqual(samples.pdf);
    expect((await get(office)).statusCode).toBe(200);
    expect((await get(leader)).statusCode).toBe(200);
    expect((await get(otherHead)).statusCode).toBe(404);
    expect((await otherHead.request('DELETE', file.url)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: file.url })).statusCode).toBe(401);
  });

  it('detaches a file while editable, not after submission', async () => {
    const extra = (await upload(head, samples.jpeg, 'anh.jpg')).json();
    const before = await auditCount(t, 'report.evidence_delete');
    expect((await head.request('DELETE', extra.url)).statusCode).toBe(204);
    expect(await auditCount(t, 'report.evidence_delete')).toBe(before + 1);
    expect((await head.request('GET', extra.url)).statusCode).toBe(404);
    const { version } = (await head.request('GET', url())).json();
    const saved = await head.request('PUT', url(), {
      answers: completeAnswers(),
      narrative,
      version,
    });
    const sent = await head.request(
      'POST',
      `${url()}/submit`,
      { version: saved.json().version },
      { 'idempotency-key': 'evidence-submit-1' },
    );
    expect(sent.json().status).toBe('submitted');
    const [file] = sent.json().evidence;
    const del = await head.request('DELETE', file.url);
    expect(del.statusCode).toBe(409);
    expect((await upload(head, samples.png, 'them.png')).statusCode).toBe(409);
  });
});
