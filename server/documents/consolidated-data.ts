/** Everything the province's consolidated yearly report needs; core builds it from the database,
 * the documents module lays it out (server/documents/consolidated-report.ts). */
export interface ConsolidatedReportData {
  tenantName: string; // "Ủy ban nhân dân tỉnh Lai Châu"
  issuerShort: string; // "UBND" (for "Số: …/BC-UBND")
  place: string; // "Lai Châu"
  date: string; // ISO date of the document
  number: string | null; // null → "Số:      /BC-UBND" left blank for the văn thư
  movement: { code: string; name: string; legalBasis: string[] };
  period: { year: number; kind: 'year' | 'half'; half: number; label: string };
  /** Every expected unit in one of submitted (accepted included), returned, draft, late, notStarted. */
  participation: {
    expected: number;
    submitted: number;
    accepted: number;
    returned: number;
    draft: number;
    late: number;
    notStarted: number;
  };
  registrations: { registered: number; expected: number; pledgesSigned: number };
  indicators: {
    group: string;
    code: string;
    name: string;
    measure: string;
    aggregation: string;
    value: number | null;
    target: number | null;
    reportingUnits: number;
  }[];
  targets: {
    code: string;
    name: string;
    unit: string;
    target: number | null;
    actual: number | null;
    status: string;
  }[];
  units: { code: string; name: string; status: string; submittedAt: string | null }[];
  highlights: string[]; // results, from the narratives (unit name: text)
  shortcomings: string[];
  proposals: string[];
  recipients: string[]; // "Nơi nhận"
  signer: { authority: 'TM.' | 'KT.'; body: string; title: string; name: string };
}
