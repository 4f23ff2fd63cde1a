import type { MessageKey } from './i18n/errors.ts';

/** A field problem: a message key and its placeholders. */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, unknown>;
}

/** An error the client caused or may see; the error handler renders it in the user's language. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly fields?: Record<string, FieldProblem>,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const conflict = () => new AppError(409, 'conflict');
/** 400 with one or more field problems, e.g. invalid({ username: { key: 'username_taken' } }). */
export const invalid = (fields: Record<string, FieldProblem>) =>
  new AppError(400, 'validation_failed', fields);
