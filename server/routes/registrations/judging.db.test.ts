import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';

/** Which criteria set judges a unit (ADR 0016), through the API. */
let t: TestApp;
let office: Session;
let lead: Session;
let head: Session;
let sotc: string;
let periodId: string;

interface SetItem {
  id: string;
  code: string;
}
interface Choice {
  criteriaSetId: string;
  criteriaVersion: number;
  code: string;
  kind: string;
}
let sets: SetItem[];
const setId = (code: string) => sets.find((s) => s.code === code)!.id;

const criterion = (code: string, unitKinds: string[]) => ({
  code,
  name: { vi: `Giải ngân vốn đầu tư công ${code}`, en: `Public investment ${code}` },
  maxPoints: 20,
  unitKinds,
  source: { kind: 'department_decision', reference: 'QĐ 02/QĐ-STC' },
  kind: 'quantitative',
  indicator: 'Tỷ lệ giải ngân',
  measure: '%',
  direction: 'higher',
  targets: [{ year: 2026, value: 100 }],
  aggregation: 'weighted_average',
});

/** The sector lead drafts its set's version 1 with one criterion, the office publishes it. */
async function publishSector(code: string, unitKinds: string[]) {
  const url = `/api/criteria-sets/${setId(code)}/versions/1`;
  const v1 = (await lead.request('GET', url)).json();
  const saved = await lead.request('PUT', url, {
    revision: v1.revision,
    content: {
      groups: [
        { name: { vi: 'Giải ngân', en: 'Disbursement' }, criteria: [criterion('TC-1', unitKinds)] },
      ],
    },
  });
  expect(saved.statusCode).toBe(200);
  expect((await office.request('POST', `${url}/publish`)).statusCode).toBe(200);
}

const mine = async (): Promise<Choice[]> =>
  (await head.request('GET', `/api/registrations?periodId=${periodId}`)).json().mine[0].choices;
const put = (criteriaSetId: string, criteriaVersion = 1) =>
  head.request('PUT', `/api/registrations/${periodId}/units/${sotc}`, {
    criteriaSetId,
    criteriaVersion,
    commitments: { values: {}, collectiveTitles: [], individualTitles: [], note: '' },
  });

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  lead = await userWith(t, admin, 'sotc.lead', 'sector_lead', 'SO-TC');
  head = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  sotc = await idOf(admin, 'SO-TC');
  sets = (await office.request('GET', '/api/criteria-sets')).json().sets;
  const period = await office.request('POST', '/api/registration-periods', {
    movementCode: 'HTCS-THTK-2022-2030',
    year: 2026,
    opensOn: '2026-01-01',
    deadline: '2026-12-31',
  });
  periodId = period.json().id;
});
afterAll(() => t.close());

describe('which criteria set judges a unit', () => {
  it('offers a department its own category set only while sector sets are drafts', async () => {
    expect((await mine()).map((c) => [c.code, c.kind, c.criteriaVersion])).toEqual([
      ['category:units_localities', 'category', 1],
    ]);
  });

  it('refuses another category’s set with a field error and writes nothing', async () => {
    const before = await auditCount(t, 'registration.save');
    for (const code of ['category:front_organisations', 'category:individuals']) {
      const res = await put(setId(code));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({
        criteriaSetId: expect.stringContaining('nhóm đối tượng khác'),
      });
    }
    expect(await auditCount(t, 'registration.save')).toBe(before);
  });

  it('a sector set for other unit kinds is refused; one for its kind is offered and accepted', async () => {
    await publishSector('sector:TC', ['district', 'commune']);
    expect((await mine()).map((c) => c.code)).toEqual(['category:units_localities']);
    const refused = await put(setId('sector:TC'));
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['criteriaSetId']);

    // A new version whose criterion also applies to departments: now offered, and accepted.
    const created = await lead.request(
      'POST',
      `/api/criteria-sets/${setId('sector:TC')}/versions`,
      {
        from: 1,
      },
    );
    const url = `/api/criteria-sets/${setId('sector:TC')}/versions/2`;
    const content = created.json().content;
    content.groups[0].criteria[0].unitKinds.push('provincial_department');
    await lead.request('PUT', url, { revision: created.json().revision, content });
    expect((await office.request('POST', `${url}/publish`)).statusCode).toBe(200);
    expect((await mine()).map((c) => [c.code, c.kind, c.criteriaVersion])).toEqual([
      ['category:units_localities', 'category', 1],
      ['sector:TC', 'sector', 2],
    ]);
    // The superseded version 1 no longer judges anyone; version 2 does.
    expect(Object.keys((await put(setId('sector:TC'), 1)).json().error.fields)).toEqual([
      'criteriaSetId',
    ]);
    const saved = await put(setId('sector:TC'), 2);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ criteriaVersion: 2, status: 'draft' });
    expect(saved.json().choices).toHaveLength(2);
  });

  it('a set of another movement is not found', async () => {
    const res = await put('00000000-0000-4000-8000-000000000000');
    expect(res.json().error.fields).toHaveProperty('criteriaSetId');
  });
});
