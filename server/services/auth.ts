import { createHash } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { AppError, invalid, unauthenticated } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import {
  isStrongPassword,
  sessionRules,
  sessionState,
  shouldTouch,
  signInAllowance,
  throttleRules,
} from '../domain/auth/rules.ts';
import type { Actor } from '../policies/actor.ts';
import { cachedValue } from './answer-cache.ts';
import { loadScope } from '../repositories/scope.ts';
import * as sessionsRepo from '../repositories/sessions.ts';
import * as usersRepo from '../repositories/users.ts';
import { recordAudit } from './audit.ts';
import { isRole } from '../../shared/roles.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** argon2id with the library's defaults (memory 19 MiB, t=2), OWASP's minimum. */
export const hashPassword = (password: string) => argonHash(password);

// Verified against when the username is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

export interface SignIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/** Signs in to one tenant: the username is looked up among that tenant's users only. */
export async function signIn(
  deps: Deps,
  tenantId: string,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<SignIn> {
  const now = deps.clock();
  const username = input.username.trim().toLowerCase();
  // Reserve first, then count: the attempt is a failure row until the password proves right.
  const attemptId = deps.newId();
  await sessionsRepo.recordLoginFailure(deps.db, {
    id: attemptId,
    tenantId,
    username,
    ip: input.ip,
    at: now,
  });
  const counts = await sessionsRepo.countAttempt(
    deps.db,
    attemptId,
    tenantId,
    username,
    input.ip,
    new Date(now.getTime() - throttleRules.windowMs),
  );
  const allowance = signInAllowance(counts, now);
  if (!allowance.allowed) {
    throw new AppError(429, 'sign_in_slowed', undefined, {
      seconds: Math.max(1, Math.ceil(allowance.retryAfterMs / 1000)),
    });
  }
  const user = await usersRepo.findUserByUsername(deps.db, tenantId, username);
  const ok = user
    ? await argonVerify(user.passwordHash, input.password)
    : (await argonVerify(
        await (dummyHash ??= hashPassword('not-a-real-password-0')),
        input.password,
      ),
      false);
  if (!user || !ok || !user.active) {
    throw new AppError(401, 'invalid_credentials');
  }
  const token = deps.randomToken(32);
  const csrfToken = deps.randomToken(24);
  const expiresAt = new Date(now.getTime() + sessionRules.absoluteMs);
  await deps.db.transaction(async (tx) => {
    await sessionsRepo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await sessionsRepo.clearLoginFailuresOfPair(tx, tenantId, username, input.ip);
    await recordAudit(tx, {
      tenantId: user.tenantId,
      actor: { id: user.id, name: user.username },
      at: now,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
      after: { ip: input.ip },
    });
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}

export interface SessionContext {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
}

/**
 * Resolves a session cookie to an actor with its covered units; undefined if absent, expired,
 * or another tenant's (a cookie of one tenant presented on another's host is not a session).
 */
export async function resolveSession(
  deps: Deps,
  tenantId: string,
  token: string,
): Promise<SessionContext | undefined> {
  const now = deps.clock();
  const tokenHash = hashToken(token);
  const session = await sessionsRepo.findSession(deps.db, tokenHash);
  if (!session) return undefined;
  if (sessionState(session, now) !== 'active') {
    await sessionsRepo.deleteSession(deps.db, tokenHash);
    return undefined;
  }
  const user = await usersRepo.findUserById(deps.db, tenantId, session.userId);
  if (!user || !user.active) return undefined;
  if (shouldTouch(session.lastSeenAt, now))
    await sessionsRepo.touchSession(deps.db, tokenHash, now);
  const actor = await loadActor(deps, user);
  return {
    actor,
    csrfToken: session.csrfToken,
    tokenHash,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function loadActor(deps: Deps, user: usersRepo.UserRow): Promise<Actor> {
  const today = deps.today();
  const grants = await usersRepo.grantsOfUser(deps.db, user.tenantId, user.id);
  // The covered units are walked once per day, set of grants and change of the unit tree,
  // not on every request (ADR 0052): the grants are read each time, so a grant given or
  // taken away shows on the next request, and every audited tree write bumps the stamp.
  const fingerprint = grants
    .map((g) => `${g.id}:${g.role}:${g.unitId}`)
    .sort()
    .join(',');
  const scope = await cachedValue(
    deps,
    user.tenantId,
    'actor.scope',
    user.id,
    `${today}|${fingerprint}`,
    () => loadScope(deps.db, user.id, user.tenantId, today),
  );
  return {
    id: user.id,
    tenantId: user.tenantId,
    username: user.username,
    fullName: user.fullName,
    grants: grants
      .filter((g) => isRole(g.role))
      .map((g) => ({
        id: g.id,
        role: g.role as Actor['grants'][number]['role'],
        unitId: g.unitId,
      })),
    scope,
  };
}

export async function signOut(deps: Deps, context: SessionContext): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await sessionsRepo.deleteSession(tx, context.tokenHash);
    await recordAudit(tx, {
      tenantId: context.actor.tenantId,
      actor: { id: context.actor.id, name: context.actor.username },
      at: deps.clock(),
      action: 'auth.sign_out',
      entityType: 'user',
      entityId: context.actor.id,
    });
  });
}

/** Changes the actor's own password; other sessions of the user are ended. */
export async function changePassword(
  deps: Deps,
  context: SessionContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await usersRepo.findUserById(deps.db, context.actor.tenantId, context.actor.id);
  if (!user) throw unauthenticated();
  if (!(await argonVerify(user.passwordHash, input.currentPassword)))
    throw invalid({ currentPassword: { key: 'password_wrong' } });
  if (!isStrongPassword(input.newPassword))
    throw invalid({ newPassword: { key: 'password_too_weak' } });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const updated = await usersRepo.updateUserVersioned(
      tx,
      user.tenantId,
      user.id,
      user.version,
      { passwordHash, mustChangePassword: false },
      now,
    );
    if (!updated) throw new AppError(409, 'conflict');
    await sessionsRepo.deleteSessionsOfUser(tx, user.id, context.tokenHash);
    await recordAudit(tx, {
      tenantId: user.tenantId,
      actor: { id: user.id, name: user.username },
      at: now,
      action: 'auth.change_password',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
