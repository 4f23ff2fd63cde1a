import { describe, expect, it } from 'vitest';
import {
  formatDay,
  notificationKinds,
  notificationSubject,
  renderNotification,
  type ReportNotificationParams,
} from './notifications.ts';

const params: ReportNotificationParams = {
  periodId: 'p',
  unitId: 'u',
  unitName: 'Sở Xây dựng',
  year: 2026,
  periodKind: 'half',
  half: 1,
  deadline: '2026-07-05',
  days: 3,
  byName: 'Nguyễn Văn A',
};

describe('notification texts', () => {
  it.each(notificationKinds.flatMap((k) => [[k, 'vi'] as const, [k, 'en'] as const]))(
    '%s in %s names the unit and the period, with no hole',
    (kind, locale) => {
      const text = renderNotification(kind, params, locale);
      expect(text).toContain('Sở Xây dựng');
      expect(text).toContain('2026');
      expect(text).not.toMatch(/undefined|null|NaN/);
      expect(notificationSubject(kind, locale).length).toBeGreaterThan(3);
    },
  );

  it('writes the deadline and the period as each language does', () => {
    expect(renderNotification('report_due', params, 'vi')).toBe(
      'Báo cáo 6 tháng đầu năm 2026 của Sở Xây dựng đến hạn ngày 05/07/2026 (còn 3 ngày).',
    );
    expect(
      renderNotification('report_overdue', { ...params, periodKind: 'year', days: 1 }, 'en'),
    ).toBe(
      'The 2026 report of Sở Xây dựng is 1 day overdue (due 5 Jul 2026). Please complete and submit it now.',
    );
    expect(
      renderNotification('report_returned', { ...params, note: 'Thiếu minh chứng' }, 'vi'),
    ).toContain('Ghi chú: Thiếu minh chứng');
    expect(formatDay('2026-12-31', 'en')).toBe('31 Dec 2026');
  });

  it('an unknown kind or broken parameters still read as a generic line', () => {
    expect(renderNotification('something_new', params, 'en')).toBe('You have a new notification.');
    expect(renderNotification('report_due', null, 'vi')).toBe('Bạn có một thông báo mới.');
  });
});
