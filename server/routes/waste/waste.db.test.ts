import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userOn, userWith } from '../../../test/support/api.ts';
import {
  aCommune,
  fileWaste,
  jpegWithGps,
  photoForm,
  plantedName,
  plantedPhone,
} from '../../../test/support/waste.ts';
import { escalateOverdue } from '../../services/waste-handling.ts';
import { resetThrottle } from '../../services/waste-intake.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let officer: Session;
let head: Session;
let supervisor: Session;
let stranger: Session;
let leader: Session;
let commune: { id: string; code: string; name: string };
let otherCommune: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  commune = await aCommune(t);
  const places = (await t.app.inject({ url: '/api/public/waste-reports/places' })).json().places;
  otherCommune = places[1];
  office = await userWith(t, admin, 'lp.office', 'emulation_office', 'UBND-TINH');
  leader = await userWith(t, admin, 'lp.leader', 'leader', 'UBND-TINH');
  officer = await userOn(t, 'lp.officer', 'unit_officer', commune.id);
  head = await userOn(t, 'lp.head', 'unit_head', commune.id);
  supervisor = await userOn(t, 'lp.mttq', 'supervisor', commune.id);
  stranger = await userOn(t, 'lp.other', 'unit_officer', otherCommune.id);
});
afterAll(() => t.close());
beforeEach(() => resetThrottle());

const base = () => ({
  category: 'public_assets',
  description: 'Trụ sở cũ bỏ hoang, xuống cấp, không sử dụng nhiều năm.',
  communeUnitId: commune.id,
  placeNote: 'Bản Nà Tăm, gần trường tiểu học',
  lat: 22.3964,
  lng: 103.4707,
  occurredOn: '2026-02-20',
});

const idOfCode = async (code: string) => {
  const list = (await office.request('GET', '/api/waste-reports')).json().reports as {
    id: string;
    code: string;
  }[];
  return list.find((r) => r.code === code)!.id;
};

describe('a citizen files and follows a report', () => {
  it('files without sign-in, gets a readable code and a secret link, routed to the commune', async () => {
    const before = await auditCount(t, 'waste_report.create');
    const res = await fileWaste(t, {
      ...base(),
      contact: { name: plantedName, phone: plantedPhone },
    });
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    expect(receipt.code).toMatch(/^LP-2026-\d{6}$/);
    expect(receipt.followPath).toContain(receipt.followToken);
    expect(await auditCount(t, 'waste_report.create')).toBe(before + 1);

    const pub = await t.app.inject({ url: `/api/public/waste-reports/${receipt.code}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      status: 'assigned',
      outcome: null,
      summary: null,
      communeName: commune.name,
    });
    expect(pub.body).not.toContain(plantedName);

    const follow = await t.app.inject({
      url: `/api/public/waste-reports/follow/${receipt.followToken}`,
    });
    expect(follow.statusCode).toBe(200);
    expect(follow.json().description).toContain('Trụ sở cũ');
    expect(
      (await t.app.inject({ url: `/api/public/waste-reports/follow/${'x'.repeat(32)}` }))
        .statusCode,
    ).toBe(404);
  });

  it('a repeated submission with the same client key answers the same report', async () => {
    const key = 'client-key-abcdef-0123456789';
    const first = await fileWaste(t, { ...base(), clientKey: key });
    const again = await fileWaste(t, { ...base(), clientKey: key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('refuses the honeypot, a forged proof of work and an unknown place, writing nothing', async () => {
    const before = await auditCount(t, 'waste_report');
    expect((await fileWaste(t, { ...base(), website: 'http://spam' })).statusCode).toBe(400);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/public/waste-reports',
      payload: { ...base(), challenge: '1.2.3', nonce: '1' },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.fields.challenge).toBeDefined();
    const unknown = await fileWaste(t, {
      ...base(),
      communeUnitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(await auditCount(t, 'waste_report')).toBe(before);
  });

  it('throttles one address after a few reports; another address still files', async () => {
    for (let i = 0; i < 5; i++)
      expect((await fileWaste(t, base(), '198.51.100.7')).statusCode).toBe(201);
    expect((await fileWaste(t, base(), '198.51.100.7')).statusCode).toBe(429);
    expect((await fileWaste(t, base(), '198.51.100.8')).statusCode).toBe(201);
  });

  it('stores a photo with its GPS stripped, refuses a non-image, caps at five', async () => {
    const { followToken } = (await fileWaste(t, base())).json();
    const url = `/api/public/waste-reports/follow/${followToken}/photos`;
    const ok = photoForm(jpegWithGps());
    const res = await t.app.inject({ method: 'POST', url, payload: ok.body, headers: ok.headers });
    expect(res.statusCode).toBe(204);
    const bad = photoForm(Buffer.from('MZ not an image'));
    expect(
      (await t.app.inject({ method: 'POST', url, payload: bad.body, headers: bad.headers }))
        .statusCode,
    ).toBe(400);
    const code = (
      await t.app.inject({ url: `/api/public/waste-reports/follow/${followToken}` })
    ).json().code;
    const id = await idOfCode(code);
    const detail = (await officer.request('GET', `/api/waste-reports/${id}`)).json();
    expect(detail.photos).toHaveLength(1);
    const photo = await officer.request(
      'GET',
      `/api/waste-reports/${id}/photos/${detail.photos[0].id}`,
    );
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(photo.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (let i = 0; i < 4; i++) {
      const again = photoForm(jpegWithGps(), { keepMetadata: 'true' });
      expect(
        (await t.app.inject({ method: 'POST', url, payload: again.body, headers: again.headers }))
          .statusCode,
      ).toBe(204);
    }
    const sixth = photoForm(jpegWithGps());
    expect(
      (await t.app.inject({ method: 'POST', url, payload: sixth.body, headers: sixth.headers }))
        .statusCode,
    ).toBe(400);
  });
});

describe('handling: route, verify, conclude, publish, re-open', () => {
  it('walks the whole life with updates reaching the officer, a supervisor comment, and a re-opening logged', async () => {
    const receipt = (
      await fileWaste(t, { ...base(), contact: { name: plantedName, phone: plantedPhone } })
    ).json();
    const id = await idOfCode(receipt.code);
    let detail = (await office.request('GET', `/api/waste-reports/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'assigned',
      assignedUnitId: commune.id,
      anonymous: false,
    });
    expect(detail.possibleDuplicates.length).toBeGreaterThan(0);
    expect(JSON.stringify(detail)).not.toContain(plantedName);

    // Re-routing needs a reason; the office gives one.
    const noReason = await office.request('POST', `/api/waste-reports/${id}/moves`, {
      action: 'assign',
      unitId: otherCommune.id,
      version: detail.version,
    });
    expect(noReason.statusCode).toBe(400);
    detail = (
      await office.request('POST', `/api/waste-reports/${id}/moves`, {
        action: 'assign',
        unitId: commune.id,
        reason: 'Đúng địa bàn xã',
        version: detail.version,
      })
    ).json();

    // The stranger of another commune cannot read it; the commune officer starts and is named.
    expect((await stranger.request('GET', `/api/waste-reports/${id}`)).statusCode).toBe(404);
    expect((await officer.request('GET', `/api/waste-reports/${id}/reporter`)).statusCode).toBe(
      403,
    );
    detail = (
      await officer.request('POST', `/api/waste-reports/${id}/moves`, {
        action: 'start',
        version: detail.version,
      })
    ).json();
    expect(detail.status).toBe('verifying');
    expect(detail.officers.map((o: { name: string }) => o.name)).toHaveLength(1);
    const reporter = await officer.request('GET', `/api/waste-reports/${id}/reporter`);
    expect(reporter.json()).toMatchObject({
      anonymous: false,
      name: plantedName,
      phone: plantedPhone,
    });
    expect(await auditCount(t, 'waste_report.reporter.read')).toBeGreaterThan(0);

    // The reporter adds information: it reaches the officer as a notification.
    const update = await t.app.inject({
      method: 'POST',
      url: `/api/public/waste-reports/follow/${receipt.followToken}/updates`,
      payload: { body: 'Bổ sung: còn 2 xe công để ngoài trời.' },
    });
    expect(update.statusCode).toBe(204);
    const notes = (await officer.request('GET', '/api/notifications')).json();
    expect(JSON.stringify(notes)).toContain(receipt.code);

    // The supervisor comments; it reaches the officer too.
    const comment = await supervisor.request('POST', `/api/waste-reports/${id}/comments`, {
      body: 'Đề nghị xác minh cả kho vật tư.',
    });
    expect(comment.statusCode).toBe(200);
    expect(JSON.stringify((await officer.request('GET', '/api/notifications')).json())).toContain(
      'lp.mttq',
    );
    expect((await supervisor.request('GET', `/api/waste-reports/${id}/reporter`)).statusCode).toBe(
      403,
    );

    detail = (
      await officer.request('POST', `/api/waste-reports/${id}/moves`, {
        action: 'conclude',
        outcome: 'not_confirmed',
        summary: 'Trụ sở đã có phương án bán đấu giá theo quyết định số 12/QĐ-UBND.',
        version: comment.json().version,
      })
    ).json();
    expect(detail.status).toBe('concluded');
    // Not published yet: the public sees no outcome.
    expect(
      (await t.app.inject({ url: `/api/public/waste-reports/${receipt.code}` })).json().outcome,
    ).toBeNull();
    const published = await office.request('POST', `/api/waste-reports/${id}/moves`, {
      action: 'publish',
      version: detail.version,
    });
    expect(published.statusCode).toBe(200);
    const pub = (await t.app.inject({ url: `/api/public/waste-reports/${receipt.code}` })).json();
    expect(pub).toMatchObject({ status: 'published', outcome: 'not_confirmed' });
    const outcomes = (
      await t.app.inject({ url: `/api/public/waste-reports?communeUnitId=${commune.id}` })
    ).json();
    expect(outcomes.totals).toContainEqual(
      expect.objectContaining({ outcome: 'not_confirmed', count: 1 }),
    );

    // The reporter re-opens with a reason; logged and back to verification.
    const reopen = await t.app.inject({
      method: 'POST',
      url: `/api/public/waste-reports/follow/${receipt.followToken}/reopen`,
      payload: { reason: 'Trụ sở vẫn bỏ hoang sau 3 tháng.' },
    });
    expect(reopen.statusCode).toBe(204);
    detail = (await officer.request('GET', `/api/waste-reports/${id}`)).json();
    expect(detail.status).toBe('verifying');
    expect(detail.events.map((e: { kind: string }) => e.kind)).toContain('reopen');
    expect(await auditCount(t, 'waste_report.reopen')).toBe(1);
  });

  it('only the office and named officers read the identity (API matrix)', async () => {
    const receipt = (
      await fileWaste(t, { ...base(), contact: { name: plantedName, phone: plantedPhone } })
    ).json();
    const id = await idOfCode(receipt.code);
    const expectations: [Session, number][] = [
      [office, 200],
      [officer, 403], // not named yet
      [head, 403],
      [supervisor, 403],
      [leader, 404],
      [stranger, 404],
      [admin, 404],
    ];
    for (const [s, status] of expectations)
      expect((await s.request('GET', `/api/waste-reports/${id}/reporter`)).statusCode).toBe(status);
    expect((await t.app.inject({ url: `/api/waste-reports/${id}/reporter` })).statusCode).toBe(401);
  });
});

describe('deadlines and escalation', () => {
  it('escalates a report past its deadline once, to the superior unit and the office', async () => {
    const receipt = (await fileWaste(t, base())).json();
    const id = await idOfCode(receipt.code);
    const detail = (await office.request('GET', `/api/waste-reports/${id}`)).json();
    expect(detail.dueOn).toBe(addWorkingDays('2026-03-02', 3));
    const later = addWorkingDays(detail.dueOn, 1);
    const n = await escalateOverdue(t.deps, later);
    expect(n).toBeGreaterThan(0);
    expect(await escalateOverdue(t.deps, later)).toBe(0);
    const events = (await office.request('GET', `/api/waste-reports/${id}`)).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toContain('escalated');
    const notes = JSON.stringify((await office.request('GET', '/api/notifications')).json());
    expect(notes).toContain(receipt.code);
  });

  it('the office changes the deadlines; others may not', async () => {
    const s = (await office.request('GET', '/api/waste-reports/settings')).json();
    const body = { received: 1, assigned: 5, verifying: 20, concluded: 3, version: s.version };
    expect((await officer.request('PUT', '/api/waste-reports/settings', body)).statusCode).toBe(
      403,
    );
    const saved = await office.request('PUT', '/api/waste-reports/settings', body);
    expect(saved.json().deadlines).toEqual({
      received: 1,
      assigned: 5,
      verifying: 20,
      concluded: 3,
    });
  });
});

export { idOf };

describe('the daily escalation job', () => {
  it('runs the escalation and queues tomorrow', async () => {
    const { wasteDeadlinesHandler } = await import('../../jobs/waste-deadlines.ts');
    const { listJobs, jobKinds } = await import('../../repositories/jobs.ts');
    await wasteDeadlinesHandler(t.deps)({} as never);
    const queued = await listJobs(t.deps.db, jobKinds.wasteDeadlines);
    expect(queued.map((j) => j.uniqueKey)).toContain(`${jobKinds.wasteDeadlines}:2026-03-03`);
  });
});
