/** Test-only helpers shared by the reporting route tests (not imported by the app). */
import { expect } from 'vitest';
import type { Session } from './test-app.ts';

export const movementCode = 'HTCS-THTK-2022-2030';

const base = (code: string) => ({
  code,
  name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
  maxPoints: 10,
  unitKinds: [],
  source: { kind: 'plan_clause', reference: 'III.1.a' },
});

/** A small criteria content: a percentage (sum), a count (weighted average), a yes/no with evidence, a bonus. */
export const smallContent = {
  groups: [
    {
      name: { vi: 'Kết quả', en: 'Results' },
      criteria: [
        {
          ...base('R-PCT'),
          kind: 'quantitative',
          indicator: 'Tỷ lệ giải ngân',
          measure: '%',
          direction: 'higher',
          targets: [{ year: 2026, value: 95 }],
          aggregation: 'weighted_average',
        },
        {
          ...base('R-CNT'),
          kind: 'quantitative',
          indicator: 'Số công trình hoàn thành',
          measure: 'công trình',
          direction: 'higher',
          targets: [],
          aggregation: 'sum',
        },
        {
          ...base('R-YN'),
          kind: 'qualitative',
          scale: 'yes_no',
          levels: [],
          evidenceRequired: true,
        },
      ],
    },
    {
      name: { vi: 'Điểm cộng', en: 'Bonus' },
      criteria: [{ ...base('R-BON'), kind: 'bonus', pointsPerEvent: 1, cap: 5 }],
    },
  ],
};

/** Publishes `smallContent` as the newest version of the units-and-localities set (the default for reports). */
export async function publishSmallCriteria(office: Session): Promise<void> {
  const sets = (await office.request('GET', '/api/criteria-sets')).json().sets as {
    id: string;
    code: string;
  }[];
  const setId = sets.find((s) => s.code === 'category:units_localities')!.id;
  const created = await office.request('POST', `/api/criteria-sets/${setId}/versions`, { from: 1 });
  expect(created.statusCode).toBe(201);
  const n = created.json().number;
  const url = `/api/criteria-sets/${setId}/versions/${n}`;
  const saved = await office.request('PUT', url, {
    revision: created.json().revision,
    content: smallContent,
  });
  expect(saved.statusCode).toBe(200);
  expect((await office.request('POST', `${url}/publish`)).statusCode).toBe(200);
}

/** A complete set of answers to `smallContent`. */
export const completeAnswers = (pct = 90, count = 3) => ({
  'R-PCT': { value: pct },
  'R-CNT': { value: count },
  'R-YN': { met: true, note: 'Quyết định số 12/QĐ' },
  'R-BON': { events: 0 },
});
export const narrative = {
  results: 'Hoàn thành kế hoạch năm',
  shortcomings: '',
  proposals: '',
};

/** Opens the 2026 yearly period (deadline 2026-12-15, closes 2027-01-31) and returns its id. */
export async function openYear(office: Session, year = 2026): Promise<string> {
  const res = await office.request('POST', '/api/report-periods', {
    movementCode,
    year,
    kind: 'year',
    opensOn: `${year}-02-01`,
    deadline: `${year}-12-15`,
    closesOn: `${year + 1}-01-31`,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** A multipart body with a file and optional text fields, as a browser's FormData sends it. */
export function form(
  file: Buffer,
  filename: string,
  fields: Record<string, string> = {},
): { body: Buffer; headers: Record<string, string> } {
  const boundary = '----thidua-report-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
