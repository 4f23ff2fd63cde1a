/** API messages of the plan's versions (issue 18), merged into errors.ts. */
export const planMessages = {
  plan_version_issued: {
    vi: 'Phiên bản {number} của kế hoạch đã ban hành nên không sửa được. Hãy tạo phiên bản mới từ phiên bản này.',
    en: 'Version {number} of the plan has been issued and cannot change. Create a new version from this one.',
  },
  plan_version_not_issued: {
    vi: 'Chỉ tạo phiên bản mới được từ một phiên bản đã ban hành.',
    en: 'A new version can only start from an issued version.',
  },
  plan_draft_exists: {
    vi: 'Kế hoạch đang có dự thảo (phiên bản {number}); hãy hoàn thiện dự thảo đó.',
    en: 'The plan already has a draft (version {number}); finish that draft first.',
  },
  plan_decision_in_future: {
    vi: 'Ngày quyết định không được sau ngày hôm nay.',
    en: 'The decision date cannot be later than today.',
  },
  plan_decision_before_in_force: {
    vi: 'Ngày quyết định phải từ ngày {date} trở đi (ngày phiên bản đang có hiệu lực được ban hành).',
    en: 'The decision date must be on or after {date} (when the version in force was issued).',
  },
  plan_phase_unknown: {
    vi: 'Kế hoạch không có giai đoạn {phase}.',
    en: 'The plan has no phase {phase}.',
  },
  plan_years_order: {
    vi: 'Năm kết thúc phải từ năm bắt đầu trở đi.',
    en: 'The end year must not be before the start year.',
  },
  plan_year_outside: {
    vi: 'Năm phải trong khoảng {start}–{end} của phong trào.',
    en: 'The year must be within the movement’s {start}–{end}.',
  },
  plan_code_duplicate: {
    vi: 'Mã {code} đã dùng cho một mục khác trong phiên bản này.',
    en: 'The code {code} is already used in this version.',
  },
  plan_value_open: {
    vi: 'Nhập giá trị chỉ tiêu {code} năm {year}, hoặc xóa năm này trước khi ban hành.',
    en: 'Enter the value of {code} for {year}, or remove the year, before issuing.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
