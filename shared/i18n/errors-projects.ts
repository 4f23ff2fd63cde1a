/** API messages of the public-investment project register (issue 13), merged into errors.ts. */
export const projectMessages = {
  project_code_taken: {
    vi: 'Mã dự án đã có trong danh mục.',
    en: 'This project code is already in the register.',
  },
  project_amount_negative: { vi: 'Số tiền không được âm.', en: 'The amount may not be negative.' },
  project_quantity_negative: {
    vi: 'Số lượng không được âm.',
    en: 'The quantity may not be negative.',
  },
  project_end_before_start: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must be after the start date.',
  },
  project_date_outside_period: {
    vi: 'Ngày {date} nằm ngoài thời gian thực hiện dự án ({from} – {to}).',
    en: 'The date {date} is outside the project period ({from} – {to}).',
  },
  project_month_outside_period: {
    vi: 'Tháng {month}/{year} nằm ngoài thời gian thực hiện dự án ({from} – {to}).',
    en: 'Month {month}/{year} is outside the project period ({from} – {to}).',
  },
  project_disbursement_above_plan: {
    vi: 'Giải ngân năm {year} ({disbursed} đ) vượt kế hoạch vốn năm của nguồn này ({plan} đ).',
    en: 'Disbursement of {year} ({disbursed} đ) is above that year’s capital plan for this source ({plan} đ).',
  },
  project_no_plan: {
    vi: 'Chưa có kế hoạch vốn năm {year} cho nguồn vốn này.',
    en: 'There is no capital plan for {year} from this funding source.',
  },
  project_hydropower_too_large: {
    vi: 'Thủy điện nhỏ có công suất không quá {max} MW.',
    en: 'A small hydropower plant has at most {max} MW.',
  },
  project_funding_above_total: {
    vi: 'Tổng các nguồn vốn vượt tổng mức đầu tư.',
    en: 'The funding sources add up to more than the total investment.',
  },
  project_future_date: { vi: 'Ngày này chưa đến.', en: 'This date has not come yet.' },
  project_unit_unknown: {
    vi: 'Không tìm thấy đơn vị này (hoặc đơn vị không còn hoạt động vào ngày đó).',
    en: 'No such unit (or it did not exist on that day).',
  },
  project_unknown_code: {
    vi: 'Không có dự án mã “{code}” trong danh mục.',
    en: 'There is no project with code “{code}” in the register.',
  },
  project_not_investor: {
    vi: 'Bạn không phải chủ đầu tư của dự án này.',
    en: 'You are not the investor of this project.',
  },
  project_required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  project_not_number: { vi: 'Phải là số.', en: 'Must be a number.' },
  project_bad_month: { vi: 'Tháng phải từ 1 đến 12.', en: 'The month must be 1 to 12.' },
  project_bad_year: { vi: 'Năm không hợp lệ.', en: 'Not a valid year.' },
  project_bad_source: {
    vi: 'Nguồn vốn phải là một trong: {sources}.',
    en: 'The funding source must be one of: {sources}.',
  },
  project_duplicate_row: {
    vi: 'Trùng với dòng {other} (cùng dự án, tháng và nguồn vốn).',
    en: 'Same project, month and source as row {other}.',
  },
  project_contribution_empty: {
    vi: 'Nhập ít nhất một đóng góp: đất, ngày công, tiền hoặc vật tư.',
    en: 'Enter at least one contribution: land, labour days, money or materials.',
  },
} as const;
