/** API messages of the reporting cycle (issue 4), merged into errors.ts. */
export const reportMessages = {
  report_period_exists: {
    vi: 'Đã có kỳ báo cáo này cho phong trào.',
    en: 'This reporting period already exists for the movement.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
