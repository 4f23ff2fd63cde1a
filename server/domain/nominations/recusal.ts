/**
 * Who may not vote on a nominee: the member who filed the dossier, the member who is its
 * subject, and the member who heads its filing unit. Each recusal is kept for the minutes.
 */
export type RecusalReason = 'filer' | 'subject' | 'unit_head';

export interface RecusalMember {
  id: string;
  userId: string | null;
  personId: string | null;
  /** Units on which the member's user holds unit_head. */
  headsUnits: readonly string[];
}

export interface RecusalNominee {
  filedBy: string | null;
  unitId: string;
  subjectKind: 'individual' | 'collective' | 'household';
  subjectId: string;
}

export function recusalOf(m: RecusalMember, n: RecusalNominee): RecusalReason | undefined {
  if (m.userId !== null && n.filedBy === m.userId) return 'filer';
  if (n.subjectKind === 'individual' && m.personId !== null && m.personId === n.subjectId)
    return 'subject';
  if (m.headsUnits.includes(n.unitId)) return 'unit_head';
  if (n.subjectKind === 'collective' && m.headsUnits.includes(n.subjectId)) return 'unit_head';
  return undefined;
}
