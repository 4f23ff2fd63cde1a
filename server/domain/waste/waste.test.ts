import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wasteStates, wasteOutcomes } from '../../../shared/waste.ts';
import { workingDaysBetween } from '../../../shared/working-days.ts';
import { likelyDuplicates, routeReport } from './places.ts';
import { checkProofOfWork, issueChallenge, solveChallenge } from './proof-of-work.ts';
import { deadlineOf, isOverdue, moveWaste, publicOutcome, type WasteAction } from './states.ts';
import { stripPhotoMetadata } from '../../files/strip-metadata.ts';

describe('waste report states', () => {
  it('walks received → assigned → verifying → concluded → published', () => {
    expect(moveWaste('received', null, { action: 'assign', unitId: 'u' })).toEqual({
      ok: true,
      to: 'assigned',
      outcome: null,
    });
    expect(moveWaste('assigned', null, { action: 'start' })).toMatchObject({ to: 'verifying' });
    expect(
      moveWaste('verifying', null, {
        action: 'conclude',
        outcome: 'not_confirmed',
        summary: 'Đã kiểm tra',
      }),
    ).toEqual({ ok: true, to: 'concluded', outcome: 'not_confirmed' });
    expect(moveWaste('concluded', 'not_confirmed', { action: 'publish' })).toEqual({
      ok: true,
      to: 'published',
      outcome: 'not_confirmed',
    });
  });

  it('asks a reason to re-route, re-open or return, and where a forwarded report went', () => {
    expect(moveWaste('assigned', null, { action: 'assign', unitId: 'u' })).toMatchObject({
      problem: 'waste_reason_required',
    });
    expect(moveWaste('published', 'confirmed_waste', { action: 'reopen' })).toMatchObject({
      problem: 'waste_reason_required',
    });
    expect(
      moveWaste('verifying', null, {
        action: 'conclude',
        outcome: 'outside_competence',
        summary: 'x',
      }),
    ).toMatchObject({ problem: 'waste_forwarded_to_required' });
    expect(
      moveWaste('published', 'confirmed_waste', { action: 'reopen', reason: 'Chưa khắc phục' }),
    ).toEqual({ ok: true, to: 'verifying', outcome: null });
  });

  it('never leaves published except by a re-opening, and never shows an unpublished outcome', () => {
    const actions: WasteAction[] = [
      'assign',
      'start',
      'conclude',
      'forward',
      'publish',
      'return',
      'reopen',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...wasteStates),
        fc.constantFrom(...actions),
        fc.option(fc.constantFrom(...wasteOutcomes), { nil: null }),
        (state, action, outcome) => {
          const r = moveWaste(state, outcome, {
            action,
            unitId: 'u',
            reason: 'r',
            outcome: outcome ?? 'confirmed_waste',
            forwardedTo: 'Sở X',
            summary: 's',
          });
          if (state === 'published' && r.ok) expect(action).toBe('reopen');
          if (r.ok && r.to !== 'published') expect(publicOutcome(r.to, r.outcome)).toBeNull();
        },
      ),
    );
  });

  it('gives each state its working days and is late only after the deadline day', () => {
    const due = deadlineOf('verifying', '2026-03-02')!; // a Monday
    expect(workingDaysBetween('2026-03-02', due)).toBe(15);
    expect(isOverdue(due, due)).toBe(false);
    expect(deadlineOf('received', '2026-03-06')).toBe('2026-03-10'); // Friday + 2 → Tuesday
    expect(deadlineOf('published', '2026-03-06')).toBeNull();
  });
});

describe('routing and duplicates', () => {
  it('routes to the commune unless the office sends the category elsewhere', () => {
    expect(routeReport('public_assets', 'c1', {})).toBe('c1');
    expect(routeReport('state_capital', 'c1', { state_capital: 'fin' })).toBe('fin');
  });

  it('suggests reports of the same category near the place within 30 days', () => {
    const base = {
      communeUnitId: 'c1',
      category: 'public_assets' as const,
      receivedOn: '2026-03-01',
    };
    const here = { ...base, id: 'a', point: { lat: 22.39, lng: 103.46 } };
    const others = [
      { ...base, id: 'near', point: { lat: 22.391, lng: 103.46 } }, // ≈ 110 m
      { ...base, id: 'far', point: { lat: 22.41, lng: 103.46 } }, // ≈ 2 km
      { ...base, id: 'nopoint', point: null },
      { ...base, id: 'old', point: here.point, receivedOn: '2026-01-15' },
      { ...base, id: 'othercat', category: 'procurement' as const, point: here.point },
    ];
    expect(likelyDuplicates(here, others)).toEqual(['near', 'nopoint']);
    expect(likelyDuplicates({ ...here, point: null }, others)).toEqual(['near', 'far', 'nopoint']);
  });
});

describe('proof of work', () => {
  const secret = 'test-secret';
  const now = new Date('2026-03-02T02:00:00Z');
  it('accepts a solved, signed, fresh challenge and refuses a forged or old one', () => {
    const c = issueChallenge(secret, now, 'abc');
    const nonce = solveChallenge(c, 8);
    expect(checkProofOfWork(secret, c, nonce, now, 8)).toBeNull();
    expect(checkProofOfWork('other', c, nonce, now, 8)).toBe('pow_malformed');
    expect(checkProofOfWork(secret, c, nonce, new Date(now.getTime() + 3_600_000), 8)).toBe(
      'pow_expired',
    );
    expect(checkProofOfWork(secret, 'x.y', nonce, now, 8)).toBe('pow_malformed');
  });
});

describe('photo metadata', () => {
  it('drops EXIF (with GPS) and comments from a JPEG, keeps the image', () => {
    const seg = (marker: number, body: Buffer) => {
      const head = Buffer.alloc(4);
      head[0] = 0xff;
      head[1] = marker;
      head.writeUInt16BE(body.length + 2, 2);
      return Buffer.concat([head, body]);
    };
    const exif = seg(0xe1, Buffer.from('Exif\0\0GPSLatitude 22.39'));
    const jfif = seg(0xe0, Buffer.from('JFIF\0'));
    const scan = Buffer.from([0xff, 0xda, 0x00, 0x02, 1, 2, 3, 0xff, 0xd9]);
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      jfif,
      exif,
      seg(0xfe, Buffer.from('c')),
      scan,
    ]);
    const out = stripPhotoMetadata(jpeg, 'jpeg')!;
    expect(out.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(out).toEqual(Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, scan]));
    expect(stripPhotoMetadata(Buffer.from([0xff, 0xd8, 0x00]), 'jpeg')).toBeNull();
  });

  it('drops eXIf and text chunks from a PNG', () => {
    const chunk = (type: string, body: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(body.length);
      return Buffer.concat([len, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
    };
    const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ihdr = chunk('IHDR', Buffer.alloc(13));
    const png = Buffer.concat([
      sig,
      ihdr,
      chunk('eXIf', Buffer.from('GPS')),
      chunk('tEXt', Buffer.from('a')),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(stripPhotoMetadata(png, 'png')).toEqual(
      Buffer.concat([sig, ihdr, chunk('IEND', Buffer.alloc(0))]),
    );
  });
});
