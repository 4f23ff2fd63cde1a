/** API messages of scores, rankings and published results (issue 10), merged into errors.ts. */
export const scoreMessages = {
  scoring_steps_order: {
    vi: 'Các ngưỡng phải tăng dần và tỷ lệ điểm không giảm.',
    en: 'Thresholds must rise and their shares must not fall.',
  },
  scoring_level_points_count: {
    vi: 'Cần đúng {count} mức điểm, mỗi mức đánh giá một mức điểm.',
    en: 'Enter exactly {count} points, one per level.',
  },
  scoring_level_points_max: {
    vi: 'Điểm của một mức không được vượt quá điểm tối đa ({max}).',
    en: 'A level cannot give more than the maximum ({max}).',
  },
  scoring_bands_order: {
    vi: 'Các mức xếp loại phải giảm dần theo tỷ lệ điểm, mức cuối từ 0%.',
    en: 'Bands must fall by share, the last one starting at 0%.',
  },
  scoring_band_code_twice: {
    vi: 'Mã xếp loại {code} đã dùng.',
    en: 'The band code {code} is already used.',
  },
  scores_year_published: {
    vi: 'Kết quả năm {year} đã công bố; sửa bằng một lần điều chỉnh có lý do.',
    en: 'The results of {year} are published; correct them with a revision and a reason.',
  },
  scores_year_not_published: {
    vi: 'Kết quả năm {year} chưa công bố.',
    en: 'The results of {year} are not published yet.',
  },
  scores_objection_closed: {
    vi: 'Thời hạn góp ý kết quả đã hết hoặc chưa mở.',
    en: 'The objection period is closed or not open yet.',
  },
  scores_reason_required: {
    vi: 'Nhập lý do điều chỉnh.',
    en: 'Enter the reason for the revision.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
