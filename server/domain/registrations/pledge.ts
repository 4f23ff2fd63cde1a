/** A member of a cluster in the pledge's year. */
export interface PledgeMember {
  unitId: string;
  role: 'member' | 'head' | string;
}

/**
 * Whether a pledge is complete: every member of the year signed, the head included.
 * Members sign in any order; a cluster without members is never complete.
 */
export function pledgeCompleteness(members: PledgeMember[], signedUnitIds: Iterable<string>) {
  const signed = new Set(signedUnitIds);
  const missing = members.filter((m) => !signed.has(m.unitId)).map((m) => m.unitId);
  const head = members.find((m) => m.role === 'head');
  return {
    complete: members.length > 0 && missing.length === 0,
    headSigned: head !== undefined && signed.has(head.unitId),
    missing,
  };
}
