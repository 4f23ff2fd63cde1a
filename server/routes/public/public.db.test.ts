import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const title =
  'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí';
type Target = {
  code: string;
  measure: string;
  values: { year: number; value: number; comparator: string }[];
  name: { vi: string };
};

describe('GET /api/public/movements (no sign-in)', () => {
  it('lists the movement with its exact title, both phases, 6 + 6 content lines and the targets', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/movements' });
    expect(res.statusCode).toBe(200);
    const [movement] = res.json();
    expect(movement.title.vi).toBe(title);
    expect(movement).toMatchObject({ startYear: 2022, endYear: 2030 });
    expect(
      movement.phases.map((p: { startYear: number; endYear: number }) => [p.startYear, p.endYear]),
    ).toEqual([
      [2022, 2025],
      [2026, 2030],
    ]);
    expect(
      movement.phases.flatMap((p: { milestones: { kind: string; dueYear: number }[] }) =>
        p.milestones.map((m) => `${m.kind}@${m.dueYear}`),
      ),
    ).toEqual(['plan_issued@2023', 'interim_review@2025', 'final_review@2030']);
    const areas = movement.contentLines.map((c: { area: string }) => c.area);
    expect(areas.filter((a: string) => a === 'infrastructure')).toHaveLength(6);
    expect(areas.filter((a: string) => a === 'thrift')).toHaveLength(6);

    const targets: Target[] = movement.targets;
    const forest = targets.find((x) => /che phủ rừng/.test(x.name.vi))!;
    expect(forest.values.map((v) => [v.year, v.value])).toEqual([
      [2025, 54],
      [2030, 56],
    ]);
    const hydro = targets.find((x) => /thủy điện/.test(x.name.vi))!;
    expect(hydro.values).toEqual([expect.objectContaining({ value: 60 })]);
    const losses = targets.find((x) => /tổn thất điện năng/.test(x.name.vi))!;
    expect(losses.values[0]).toMatchObject({ value: 5, comparator: '<' });
    const disbursement = targets.find((x) => /giải ngân/i.test(x.name.vi))!;
    expect(disbursement.values.map((v) => v.year)).toEqual([
      2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
  });

  it('serves the whole plan by code: criteria of every category and sectors with today’s lead body', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/public/movements/HTCS-THTK-2022-2030',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.purposes.map((p: { clause: string }) => p.clause)).toEqual([
      'I.1.a',
      'I.1.b',
      'I.1.c',
      'I.1.d',
    ]);
    expect(plan.requirements).toHaveLength(3);
    expect(plan.categories).toHaveLength(4);
    const a = plan.categories[0];
    expect(a.groups.map((g: { criteria: unknown[] }) => g.criteria.length)).toEqual([6, 9]);
    expect(plan.sectors).toHaveLength(13);
    const transport = plan.sectors.find(
      (s: { leadUnit: { name: string } }) => s.leadUnit.name === 'Sở Giao thông vận tải',
    );
    expect(transport.currentLead.name).toBe('Sở Xây dựng');
    const agriculture = plan.sectors.find(
      (s: { leadUnit: { name: string } }) =>
        s.leadUnit.name === 'Sở Nông nghiệp và Phát triển nông thôn',
    );
    expect(agriculture.currentLead.name).toBe('Sở Nông nghiệp và Môi trường');
    const health = plan.sectors.find(
      (s: { leadUnit: { name: string } }) => s.leadUnit.name === 'Sở Y tế',
    );
    expect(health.currentLead.name).toBe('Sở Y tế');
    expect(
      plan.commendationForms.map((f: { text: { vi: string } }) => f.text.vi).join('\n'),
    ).toMatch(/Huân chương Lao động/);
  });

  it('answers 404 JSON for an unknown movement', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/movements/KHONG-CO' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
