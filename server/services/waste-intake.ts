import { createHash, randomBytes } from 'node:crypto';
import { AppError, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import { addDays } from '../../shared/working-days.ts';
import { yearOf } from '../../shared/vietnam-day.ts';
import {
  formatWasteCode,
  wastePhotoLimit,
  wastePhotoMaxBytes,
  type WasteCategory,
  type WasteState,
} from '../../shared/waste.ts';
import type { Deps } from '../deps.ts';
import { routeReport } from '../domain/waste/places.ts';
import {
  checkProofOfWork,
  issueChallenge,
  powBits,
  type PowProblem,
} from '../domain/waste/proof-of-work.ts';
import { deadlineOf, parseDeadlines } from '../domain/waste/states.ts';
import { sniffEvidence } from '../files/sniff.ts';
import { storeFile } from '../files/store.ts';
import { stripPhotoMetadata } from '../files/strip-metadata.ts';
import { findSetting } from '../repositories/settings.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import * as repo from '../repositories/waste.ts';
import { recordAudit, type AuditActor } from './audit.ts';
import { notifyHandlers } from './waste-notify.ts';

/** A citizen (or an Open311 client) writes without an account; the log names the channel. */
const citizen = (channel: string): AuditActor => ({ id: null, name: `citizen:${channel}` });

export const settingKeys = { deadlines: 'waste.deadlines', routing: 'waste.routing' } as const;

export async function deadlinesOf(deps: Deps, tenantId: string) {
  return parseDeadlines((await findSetting(deps.db, tenantId, settingKeys.deadlines))?.value);
}

async function routingOf(deps: Deps, tenantId: string) {
  const value = (await findSetting(deps.db, tenantId, settingKeys.routing))?.value;
  return (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<WasteCategory, string>
  >;
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// ---- abuse: proof of work, throttling per address -------------------------------------

/** Per process: a restart only makes outstanding challenges invalid (the form asks again). */
const powSecret = randomBytes(32).toString('hex');
const usedChallenges = new Map<string, number>();

export function newChallenge(deps: Deps) {
  return {
    challenge: issueChallenge(powSecret, deps.clock(), randomBytes(9).toString('base64url')),
    bits: powBits,
  };
}

function spendChallenge(
  deps: Deps,
  challenge: string,
  nonce: string,
): PowProblem | 'pow_used' | null {
  const now = deps.clock();
  const problem = checkProofOfWork(powSecret, challenge, nonce, now);
  if (problem) return problem;
  if (usedChallenges.has(challenge)) return 'pow_used';
  if (usedChallenges.size > 50_000)
    for (const [c, at] of usedChallenges)
      if (now.getTime() - at > 3_600_000) usedChallenges.delete(c);
  usedChallenges.set(challenge, now.getTime());
  return null;
}

/** Accepted writes per address and window: a person files a few reports, not hundreds. */
const windows = new Map<string, number[]>();
export const throttleLimits = { report: 5, open311: 5, update: 20, photo: 15 } as const;
const windowMs = 15 * 60_000;

export function throttle(deps: Deps, kind: keyof typeof throttleLimits, address: string) {
  const now = deps.clock().getTime();
  const key = `${kind}:${address}`;
  const recent = (windows.get(key) ?? []).filter((t) => now - t < windowMs);
  if (recent.length >= throttleLimits[kind]) throw new AppError(429, 'waste_throttled');
  recent.push(now);
  windows.set(key, recent);
  if (windows.size > 100_000) windows.clear();
}

/** Tests start each case with a clean slate. */
export const resetThrottle = () => windows.clear();

// ---- filing -----------------------------------------------------------------------------

export interface NewWasteReport {
  channel: 'web' | 'open311';
  category: WasteCategory;
  description: string;
  communeUnitId: string | null;
  placeNote?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  occurredOn?: string | undefined;
  contact?:
    | {
        name?: string | undefined;
        phone?: string | undefined;
        email?: string | undefined;
        address?: string | undefined;
      }
    | undefined;
  clientKey?: string | undefined;
}

export interface FiledReport {
  report: repo.WasteRow;
  followToken: string;
  replayed: boolean;
}

const followTokenFor = (tenantId: string, clientKey: string) =>
  createHash('sha256').update(`follow:${tenantId}:${clientKey}`).digest('base64url');

/** Checks of the web form that zod cannot make: honeypot, proof of work, the place, the day. */
export async function fileFromForm(
  deps: Deps,
  tenantId: string,
  address: string,
  input: NewWasteReport & { challenge: string; nonce: string; website?: string | undefined },
): Promise<FiledReport> {
  if (input.website) throw new AppError(400, 'waste_rejected');
  const pow = spendChallenge(deps, input.challenge, input.nonce);
  if (pow) throw invalid({ challenge: { key: 'waste_pow_failed' } });
  if (input.clientKey) {
    const again = await replay(deps, tenantId, input.clientKey);
    if (again) return again;
  }
  throttle(deps, 'report', address);
  return fileReport(deps, tenantId, input);
}

async function replay(
  deps: Deps,
  tenantId: string,
  clientKey: string,
): Promise<FiledReport | undefined> {
  const row = await repo.findByClientKey(deps.db, tenantId, sha256(clientKey));
  return row
    ? { report: row, followToken: followTokenFor(tenantId, clientKey), replayed: true }
    : undefined;
}

export async function fileReport(
  deps: Deps,
  tenantId: string,
  input: NewWasteReport,
): Promise<FiledReport> {
  if (input.clientKey) {
    const again = await replay(deps, tenantId, input.clientKey);
    if (again) return again;
  }
  const today = deps.today();
  const problems: Record<string, FieldProblem> = {};
  const places = await repo.communesOn(deps.db, tenantId, today);
  const root = await rootOf(deps.db, tenantId);
  // Open311 clients may not know the commune: the report then goes to the office to route.
  const communeUnitId = input.communeUnitId ?? root;
  if (input.communeUnitId && !places.some((p) => p.id === input.communeUnitId))
    problems.communeUnitId = { key: 'waste_place_unknown' };
  if (input.occurredOn && (input.occurredOn > today || input.occurredOn < addDays(today, -3650)))
    problems.occurredOn = { key: 'waste_day_out_of_range' };
  if ((input.lat === undefined) !== (input.lng === undefined))
    problems.lat = { key: 'waste_point_incomplete' };
  if (Object.keys(problems).length) throw invalid(problems);

  const contact = input.contact;
  const hasContact =
    !!contact && Object.values(contact).some((v) => typeof v === 'string' && v.trim());
  const at = deps.clock();
  const year = yearOf(today);
  const id = deps.newId();
  const followToken = input.clientKey
    ? followTokenFor(tenantId, input.clientKey)
    : randomBytes(24).toString('base64url');
  const routed = input.communeUnitId
    ? routeReport(input.category, communeUnitId, await routingOf(deps, tenantId))
    : null;
  // Routed straight to the responsible unit when the place is known; the office may change it.
  const status: WasteState = routed ? 'assigned' : 'received';
  const deadlines = await deadlinesOf(deps, tenantId);
  try {
    const report = await deps.db.transaction(async (tx) => {
      const seq = await repo.nextSeq(tx, tenantId, year);
      const row = await repo.insertReport(tx, {
        id,
        tenantId,
        code: formatWasteCode(year, seq),
        year,
        seq,
        followTokenHash: sha256(followToken),
        clientKey: input.clientKey ? sha256(input.clientKey) : null,
        channel: input.channel,
        category: input.category,
        description: input.description,
        communeUnitId,
        placeNote: input.placeNote || null,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        occurredOn: input.occurredOn ?? null,
        receivedAt: at,
        receivedOn: today,
        status,
        assignedUnitId: routed,
        stateSince: today,
        dueOn: deadlineOf(status, today, deadlines),
        updatedAt: at,
      });
      if (hasContact)
        await repo.insertContact(tx, {
          reportId: id,
          tenantId,
          name: contact.name?.trim() || null,
          phone: contact.phone?.trim() || null,
          email: contact.email?.trim() || null,
          address: contact.address?.trim() || null,
        });
      await repo.insertEvent(tx, {
        id: deps.newId(),
        tenantId,
        reportId: id,
        kind: 'created',
        toStatus: status,
        byRole: 'reporter',
        unitId: routed,
        public: true,
        at,
      });
      // The log names what was filed, never who filed it (the contact is not in it).
      await recordAudit(tx, {
        tenantId,
        actor: citizen(input.channel),
        at,
        action: 'waste_report.create',
        entityType: 'waste_report',
        entityId: id,
        after: auditView(row, hasContact),
      });
      if (routed) await notifyHandlers(tx, deps, row, 'waste_assigned', { includeUnit: true });
      return row;
    });
    return { report, followToken, replayed: false };
  } catch (error) {
    // Two submissions with one key at once: the second answers the first's report.
    if (input.clientKey) {
      const again = await replay(deps, tenantId, input.clientKey);
      if (again) return again;
    }
    throw error;
  }
}

/** What the audit log keeps of a report: no contact, no token. */
export const auditView = (row: repo.WasteRow, hasContact: boolean) => ({
  code: row.code,
  channel: row.channel,
  category: row.category,
  communeUnitId: row.communeUnitId,
  assignedUnitId: row.assignedUnitId,
  status: row.status,
  outcome: row.outcome,
  anonymous: !hasContact,
});

// ---- following --------------------------------------------------------------------------

export async function byToken(deps: Deps, tenantId: string, token: string) {
  const row = await repo.findByTokenHash(deps.db, tenantId, sha256(token));
  if (!row) throw notFound();
  return row;
}

export async function byCode(deps: Deps, tenantId: string, code: string) {
  const row = await repo.findByCode(deps.db, tenantId, code);
  if (!row) throw notFound();
  return row;
}

export async function followView(deps: Deps, tenantId: string, token: string) {
  const report = await byToken(deps, tenantId, token);
  const [events, photos] = await Promise.all([
    repo.eventsOf(deps.db, tenantId, report.id),
    repo.photosOf(deps.db, tenantId, report.id),
  ]);
  return { report, events: events.filter((e) => e.public), photoCount: photos.length };
}

/** The reporter adds information: logged and sent to whoever handles the report. */
export async function addReporterUpdate(
  deps: Deps,
  tenantId: string,
  address: string,
  token: string,
  body: string,
) {
  const report = await byToken(deps, tenantId, token);
  throttle(deps, 'update', address);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId,
      reportId: report.id,
      kind: 'reporter_update',
      byRole: 'reporter',
      body,
      public: true,
      at,
    });
    await recordAudit(tx, {
      tenantId,
      actor: citizen('follow'),
      at,
      action: 'waste_report.reporter_update',
      entityType: 'waste_report',
      entityId: report.id,
      after: { code: report.code, length: body.length },
    });
    await notifyHandlers(tx, deps, report, 'waste_reporter_update');
  });
}

/** The reporter re-opens a concluded or published report, saying why; logged. */
export async function reopenByReporter(
  deps: Deps,
  tenantId: string,
  address: string,
  token: string,
  reason: string,
) {
  const report = await byToken(deps, tenantId, token);
  if (report.status !== 'concluded' && report.status !== 'published')
    throw new AppError(409, 'waste_move_not_allowed');
  throttle(deps, 'update', address);
  const at = deps.clock();
  const today = deps.today();
  const deadlines = await deadlinesOf(deps, tenantId);
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateVersioned(tx, tenantId, report.id, report.version, {
      status: 'verifying',
      outcome: null,
      stateSince: today,
      dueOn: deadlineOf('verifying', today, deadlines),
      escalatedState: null,
      updatedAt: at,
    });
    if (!after) throw new AppError(409, 'conflict');
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId,
      reportId: report.id,
      kind: 'reopen',
      action: 'reopen',
      fromStatus: report.status,
      toStatus: 'verifying',
      byRole: 'reporter',
      body: reason,
      public: true,
      at,
    });
    await recordAudit(tx, {
      tenantId,
      actor: citizen('follow'),
      at,
      action: 'waste_report.reopen',
      entityType: 'waste_report',
      entityId: report.id,
      before: { status: report.status, outcome: report.outcome },
      after: { status: 'verifying', reason },
    });
    await notifyHandlers(tx, deps, after, 'waste_reopened');
  });
}

export interface PhotoUpload {
  data: Buffer;
  keepMetadata: boolean;
}

/** A photo through the follow link: JPEG or PNG by its bytes, capped, metadata stripped. */
export async function addReporterPhoto(
  deps: Deps,
  tenantId: string,
  address: string,
  token: string,
  upload: PhotoUpload,
) {
  const report = await byToken(deps, tenantId, token);
  const photos = await repo.photosOf(deps.db, tenantId, report.id);
  if (photos.length >= wastePhotoLimit)
    throw invalid({ file: { key: 'waste_photo_limit', params: { max: wastePhotoLimit } } });
  if (upload.data.length > wastePhotoMaxBytes) throw new AppError(413, 'payload_too_large');
  const type = sniffEvidence(upload.data);
  if (type !== 'jpeg' && type !== 'png') throw invalid({ file: { key: 'waste_photo_type' } });
  const cleaned = upload.keepMetadata ? upload.data : stripPhotoMetadata(upload.data, type);
  if (!cleaned) throw invalid({ file: { key: 'waste_photo_type' } });
  throttle(deps, 'photo', address);
  const stored = await storeFile(deps.config.dataDir, tenantId, cleaned);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const photo = await repo.insertPhoto(tx, {
      id: deps.newId(),
      tenantId,
      reportId: report.id,
      sha256: stored.sha256,
      mediaType: type === 'jpeg' ? 'image/jpeg' : 'image/png',
      size: stored.size,
      keptMetadata: upload.keepMetadata,
      addedBy: 'reporter',
      createdAt: at,
    });
    await repo.insertEvent(tx, {
      id: deps.newId(),
      tenantId,
      reportId: report.id,
      kind: 'photo',
      byRole: 'reporter',
      public: true,
      at,
    });
    await recordAudit(tx, {
      tenantId,
      actor: citizen('follow'),
      at,
      action: 'waste_report.photo',
      entityType: 'waste_report',
      entityId: report.id,
      after: { photoId: photo.id, size: photo.size, keptMetadata: upload.keepMetadata },
    });
  });
}

export async function listPlaces(deps: Deps, tenantId: string) {
  const asOf = deps.today();
  const places = await repo.communesOn(deps.db, tenantId, asOf);
  const collator = new Intl.Collator('vi');
  places.sort(
    (a, b) =>
      collator.compare(a.parentName ?? '', b.parentName ?? '') || collator.compare(a.name, b.name),
  );
  return { asOf, places };
}

export async function publicOutcomes(
  deps: Deps,
  tenantId: string,
  filter: { communeUnitId?: string | undefined; category?: string | undefined },
) {
  return repo.listPublished(deps.db, tenantId, filter);
}

/** The communes' names today, for public answers. */
export async function communeNames(deps: Deps, tenantId: string, rows: repo.WasteRow[]) {
  const ids = [...new Set(rows.map((r) => r.communeUnitId))];
  return unitNamesOn(deps.db, tenantId, ids, deps.today());
}

export type { WasteRow } from '../repositories/waste.ts';
