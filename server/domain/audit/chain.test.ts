import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  genesisHash,
  hashEntry,
  verifyChain,
  type AuditContent,
  type StoredEntry,
} from './chain.ts';

const content = (n: number): AuditContent => ({
  tenantId: 't',
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  actorId: null,
  actorName: 'system',
  action: 'unit.create',
  entityType: 'unit',
  entityId: String(n),
  before: null,
  after: { name: `Đơn vị ${n}`, nested: { b: 1, a: [1, 2] } },
});

function buildChain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = genesisHash;
  for (let i = 1; i <= n; i++) {
    const c = content(i);
    const hash = hashEntry(prev, c);
    out.push({ ...c, seq: i, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
  });

  it('an untouched chain verifies', () => {
    expect(verifyChain(buildChain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('reports the first entry whose content was edited', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2]!, after: { name: 'sửa trộm' } };
    expect(verifyChain(chain)).toEqual({ ok: false, checked: 3, brokenAt: 3, reason: 'hash' });
  });

  it('reports a deleted entry at the entry after it', () => {
    const chain = buildChain(5);
    chain.splice(1, 1);
    expect(verifyChain(chain)).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev_hash' });
  });

  it('property: any single-field tampering is caught at exactly that entry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 7 }),
        fc.string(),
        (n, pick, text) => {
          const chain = buildChain(n);
          const i = pick % n;
          const original = chain[i]!;
          fc.pre(text !== original.entityId);
          chain[i] = { ...original, entityId: text };
          const verdict = verifyChain(chain);
          return !verdict.ok && verdict.brokenAt === original.seq;
        },
      ),
    );
  });
});
