import type { Locale } from '../locale.ts';

/**
 * Notifications about citizens' waste reports (issue 14). They name the report's code and
 * unit only, never the reporter.
 */
export const wasteNotificationKinds = [
  'waste_assigned',
  'waste_reporter_update',
  'waste_reopened',
  'waste_comment',
  'waste_escalated',
] as const;
export type WasteNotificationKind = (typeof wasteNotificationKinds)[number];

export interface WasteNotificationParams {
  code: string;
  unitName?: string | null;
  byName?: string | null;
  state?: string;
  dueOn?: string | null;
}

export const isWasteNotificationKind = (kind: string): kind is WasteNotificationKind =>
  (wasteNotificationKinds as readonly string[]).includes(kind);

type Render = (p: WasteNotificationParams) => string;
export const wasteNotificationTexts: Record<
  WasteNotificationKind,
  { subject: Record<Locale, string>; vi: Render; en: Render }
> = {
  waste_assigned: {
    subject: { vi: 'Phản ánh lãng phí cần xử lý', en: 'Waste report to handle' },
    vi: (p) => `Phản ánh ${p.code} đã được chuyển tới ${p.unitName ?? 'đơn vị'} để xác minh.`,
    en: (p) => `Report ${p.code} was assigned to ${p.unitName ?? 'the unit'} for verification.`,
  },
  waste_reporter_update: {
    subject: { vi: 'Người phản ánh bổ sung thông tin', en: 'The reporter added information' },
    vi: (p) => `Người phản ánh đã bổ sung thông tin cho phản ánh ${p.code}.`,
    en: (p) => `The reporter added information to report ${p.code}.`,
  },
  waste_reopened: {
    subject: { vi: 'Phản ánh được mở lại', en: 'Report re-opened' },
    vi: (p) => `Người phản ánh đã đề nghị xem xét lại phản ánh ${p.code}.`,
    en: (p) => `The reporter re-opened report ${p.code}.`,
  },
  waste_comment: {
    subject: { vi: 'Ý kiến giám sát', en: 'Supervisor comment' },
    vi: (p) => `${p.byName ?? 'Cơ quan giám sát'} đã có ý kiến về phản ánh ${p.code}.`,
    en: (p) => `${p.byName ?? 'A supervisor'} commented on report ${p.code}.`,
  },
  waste_escalated: {
    subject: { vi: 'Phản ánh quá hạn xử lý', en: 'Waste report overdue' },
    vi: (p) =>
      `Phản ánh ${p.code} (${p.unitName ?? 'chưa giao đơn vị'}) đã quá hạn ở bước "${p.state}" (hạn ${p.dueOn}).`,
    en: (p) =>
      `Report ${p.code} (${p.unitName ?? 'not yet assigned'}) is overdue in step "${p.state}" (due ${p.dueOn}).`,
  },
};
