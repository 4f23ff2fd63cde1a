import type { Locale } from '../locale.ts';
import {
  isWasteNotificationKind,
  wasteNotificationTexts,
  type WasteNotificationParams,
} from './notifications-waste.ts';

/**
 * Notification texts by kind, in both languages. A notification stores its kind and
 * parameters; the text is rendered in the reader's language when read (or e-mailed).
 */
export const notificationKinds = [
  'report_due',
  'report_overdue',
  'report_reminder',
  'report_returned',
  'report_accepted',
  'report_ready',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Parameters every report notification carries. */
export interface ReportNotificationParams {
  periodId: string;
  unitId: string;
  unitName: string;
  year: number;
  /** year | half */
  periodKind: string;
  half: number;
  deadline: string;
  /** Days left (negative when late) or days late, per kind. */
  days?: number;
  /** Who returned, accepted or sent the reminder. */
  byName?: string;
  note?: string | null;
}

const monthsEn = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** An ISO day as people write it: 15/12/2026, or 15 Dec 2026. */
export function formatDay(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return iso;
  return locale === 'vi' ? `${d}/${m}/${y}` : `${Number(d)} ${monthsEn[Number(m) - 1]} ${y}`;
}

function periodName(p: ReportNotificationParams, locale: Locale): string {
  if (p.periodKind === 'half')
    return locale === 'vi'
      ? `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`
      : `the ${p.half === 1 ? 'first' : 'second'} half of ${p.year}`;
  return locale === 'vi' ? `năm ${p.year}` : `${p.year}`;
}

type Render = (p: ReportNotificationParams) => string;
interface KindTexts {
  subject: { vi: string; en: string };
  vi: Render;
  en: Render;
}

const byWhom = (p: ReportNotificationParams) => (p.byName ? ` (${p.byName})` : '');
const withNote = (p: ReportNotificationParams, label: string) =>
  p.note ? ` ${label}: ${p.note}` : '';

const texts: Record<NotificationKind, KindTexts> = {
  report_due: {
    subject: { vi: 'Sắp đến hạn nộp báo cáo', en: 'Report due soon' },
    vi: (p) =>
      `Báo cáo ${periodName(p, 'vi')} của ${p.unitName} đến hạn ngày ${formatDay(p.deadline, 'vi')} (còn ${p.days} ngày).`,
    en: (p) =>
      `The ${periodName(p, 'en')} report of ${p.unitName} is due on ${formatDay(p.deadline, 'en')} (${p.days} day${p.days === 1 ? '' : 's'} left).`,
  },
  report_overdue: {
    subject: { vi: 'Báo cáo đã quá hạn', en: 'Report overdue' },
    vi: (p) =>
      `Báo cáo ${periodName(p, 'vi')} của ${p.unitName} đã quá hạn ${p.days} ngày (hạn ${formatDay(p.deadline, 'vi')}). Đề nghị hoàn thành và gửi ngay.`,
    en: (p) =>
      `The ${periodName(p, 'en')} report of ${p.unitName} is ${p.days} day${p.days === 1 ? '' : 's'} overdue (due ${formatDay(p.deadline, 'en')}). Please complete and submit it now.`,
  },
  report_reminder: {
    subject: { vi: 'Nhắc nộp báo cáo', en: 'Report reminder' },
    vi: (p) =>
      `Nhắc việc${byWhom(p)}: đề nghị ${p.unitName} hoàn thành và gửi báo cáo ${periodName(p, 'vi')} (hạn ${formatDay(p.deadline, 'vi')}).`,
    en: (p) =>
      `Reminder${byWhom(p)}: ${p.unitName} is asked to complete and submit its ${periodName(p, 'en')} report (due ${formatDay(p.deadline, 'en')}).`,
  },
  report_returned: {
    subject: { vi: 'Báo cáo bị trả lại', en: 'Report returned' },
    vi: (p) =>
      `Báo cáo ${periodName(p, 'vi')} của ${p.unitName} đã bị trả lại${byWhom(p)} để chỉnh sửa.${withNote(p, 'Ghi chú')}`,
    en: (p) =>
      `The ${periodName(p, 'en')} report of ${p.unitName} was returned for corrections${byWhom(p)}.${withNote(p, 'Note')}`,
  },
  report_accepted: {
    subject: { vi: 'Báo cáo đã được chấp nhận', en: 'Report accepted' },
    vi: (p) => `Báo cáo ${periodName(p, 'vi')} của ${p.unitName} đã được chấp nhận${byWhom(p)}.`,
    en: (p) => `The ${periodName(p, 'en')} report of ${p.unitName} was accepted${byWhom(p)}.`,
  },
  report_ready: {
    subject: { vi: 'Báo cáo đã sẵn sàng', en: 'Report ready to send' },
    vi: (p) =>
      `Báo cáo ${periodName(p, 'vi')} của ${p.unitName} đã sẵn sàng${byWhom(p)}: mời trưởng đơn vị kiểm tra và gửi trước ngày ${formatDay(p.deadline, 'vi')}.`,
    en: (p) =>
      `The ${periodName(p, 'en')} report of ${p.unitName} is ready${byWhom(p)}: please check and send it by ${formatDay(p.deadline, 'en')}.`,
  },
};

const fallback = { vi: 'Bạn có một thông báo mới.', en: 'You have a new notification.' };

export const isNotificationKind = (kind: string): kind is NotificationKind =>
  (notificationKinds as readonly string[]).includes(kind);

/** The message of a notification in `locale`; an unknown kind gets a generic line, never an error. */
export function renderNotification(kind: string, params: unknown, locale: Locale): string {
  if (isWasteNotificationKind(kind) && typeof params === 'object' && params !== null)
    return wasteNotificationTexts[kind][locale](params as WasteNotificationParams);
  if (!isNotificationKind(kind) || typeof params !== 'object' || params === null)
    return fallback[locale];
  return texts[kind][locale](params as ReportNotificationParams);
}

/** A short subject line for the e-mail copy. */
export function notificationSubject(kind: string, locale: Locale): string {
  if (isWasteNotificationKind(kind)) return wasteNotificationTexts[kind].subject[locale];
  return isNotificationKind(kind) ? texts[kind].subject[locale] : fallback[locale];
}
