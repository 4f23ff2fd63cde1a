import { queryOptions } from '@tanstack/react-query';
import type { Programme, PublicThrift } from '../../shared/contracts/thrift.ts';
import { api } from './client.ts';

export const publicThriftQuery = queryOptions({
  queryKey: ['public', 'thrift'],
  queryFn: ({ signal }) => api.get<PublicThrift>('/api/public/thrift', signal),
  staleTime: 5 * 60_000,
});

export interface SavingRow {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  category: string;
  amount: number;
  evidence: string;
  version: number;
}
export interface ViolationRow {
  id: string;
  unitName: string;
  foundOn: string;
  category: string;
  inspectingBody: string;
  finding: string;
  amount: number;
  amountRecovered: number | null;
  decisionNumber: string | null;
  status: 'open' | 'handled';
  publicSummary: string | null;
  version: number;
}

export const programmesQuery = queryOptions({
  queryKey: ['thrift', 'programmes'],
  queryFn: ({ signal }) => api.get<{ programmes: Programme[] }>('/api/thrift/programmes', signal),
});
export const savingsQuery = queryOptions({
  queryKey: ['thrift', 'savings'],
  queryFn: ({ signal }) => api.get<{ savings: SavingRow[] }>('/api/thrift/savings', signal),
});
export const violationsQuery = queryOptions({
  queryKey: ['thrift', 'violations'],
  queryFn: ({ signal }) =>
    api.get<{ violations: ViolationRow[] }>('/api/thrift/violations', signal),
});
