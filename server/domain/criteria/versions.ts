import type { CriteriaContent } from '../../../shared/contracts/criteria-content.ts';
import type { VersionStatus } from '../../../shared/contracts/criteria.ts';

/** A version as the state machine sees it. */
export interface VersionState {
  number: number;
  status: VersionStatus;
  basedOn: number | null;
  content: CriteriaContent;
  publishedAt: Date | null;
  publishedBy: string | null;
  supersededAt: Date | null;
}

export type VersionAction = 'publish' | 'supersede';

export type TransitionError =
  | { code: 'version_not_draft'; status: VersionStatus }
  | { code: 'version_not_published'; status: VersionStatus };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** The one step each action takes: draft → published → superseded; nothing else moves. */
const steps: Record<VersionAction, { from: VersionStatus; to: VersionStatus }> = {
  publish: { from: 'draft', to: 'published' },
  supersede: { from: 'published', to: 'superseded' },
};

/** The next state of a version, or why the action does not apply to it. */
export function transition(
  version: VersionState,
  action: VersionAction,
  ctx: { at: Date; by: string },
): Result<VersionState, TransitionError> {
  const step = steps[action];
  if (version.status !== step.from)
    return {
      ok: false,
      error:
        action === 'publish'
          ? { code: 'version_not_draft', status: version.status }
          : { code: 'version_not_published', status: version.status },
    };
  const content = structuredClone(version.content);
  return action === 'publish'
    ? {
        ok: true,
        value: { ...version, content, status: step.to, publishedAt: ctx.at, publishedBy: ctx.by },
      }
    : { ok: true, value: { ...version, content, status: step.to, supersededAt: ctx.at } };
}

/** Only drafts take new content; a published or superseded version is frozen. */
export function saveDraft(
  version: VersionState,
  content: CriteriaContent,
): Result<VersionState, TransitionError> {
  if (version.status !== 'draft')
    return { ok: false, error: { code: 'version_not_draft', status: version.status } };
  return { ok: true, value: { ...version, content: structuredClone(content) } };
}

/** A new draft numbered `number`, copying a published (or superseded) version's content. */
export function newVersionFrom(
  source: VersionState,
  number: number,
): Result<VersionState, TransitionError> {
  if (source.status === 'draft')
    return { ok: false, error: { code: 'version_not_published', status: source.status } };
  return {
    ok: true,
    value: {
      number,
      status: 'draft',
      basedOn: source.number,
      content: structuredClone(source.content),
      publishedAt: null,
      publishedBy: null,
      supersededAt: null,
    },
  };
}
