/** API messages of the reporting cycle (issue 4), merged into errors.ts. */
export const reportMessages = {
  report_period_exists: {
    vi: 'Đã có kỳ báo cáo này cho phong trào.',
    en: 'This reporting period already exists for the movement.',
  },
  report_period_half: {
    vi: 'Chọn nửa năm: 1 (6 tháng đầu) hoặc 2 (6 tháng cuối).',
    en: 'Choose the half: 1 (first six months) or 2 (last six months).',
  },
  report_period_half_for_year: {
    vi: 'Kỳ báo cáo năm không có nửa năm; bỏ trống trường này.',
    en: 'A yearly period has no half; leave this field empty.',
  },
  report_deadline_before_open: {
    vi: 'Hạn nộp phải từ ngày mở kỳ ({opensOn}) trở đi.',
    en: 'The deadline must be on or after the opening day ({opensOn}).',
  },
  report_close_before_deadline: {
    vi: 'Ngày khóa sổ phải từ hạn nộp ({deadline}) trở đi.',
    en: 'The closing day must be on or after the deadline ({deadline}).',
  },
  report_period_locked: {
    vi: 'Kỳ báo cáo đã khóa sổ; không thể thay đổi báo cáo.',
    en: 'The reporting period is closed; reports can no longer change.',
  },
  report_period_not_open: {
    vi: 'Kỳ báo cáo chưa mở (mở từ ngày {opensOn}).',
    en: 'The reporting period is not open yet (it opens on {opensOn}).',
  },
  report_wrong_status: {
    vi: 'Báo cáo đang ở trạng thái không cho phép thao tác này. Hãy tải lại trang.',
    en: 'The report is in a state that does not allow this. Reload the page.',
  },
  report_answer_quantitative: {
    vi: 'Nhập một số cho tiêu chí này.',
    en: 'Enter a number for this criterion.',
  },
  report_answer_yes_no: {
    vi: 'Chọn "Đạt" hoặc "Không đạt".',
    en: 'Choose "Met" or "Not met".',
  },
  report_answer_levels: {
    vi: 'Chọn một mức đánh giá trong danh sách.',
    en: 'Choose one of the listed levels.',
  },
  report_answer_bonus: {
    vi: 'Nhập số lần được cộng điểm (số nguyên từ 0).',
    en: 'Enter how many bonus events (a whole number from 0).',
  },
  report_answer_penalty: {
    vi: 'Nhập số lần bị trừ điểm (số nguyên từ 0).',
    en: 'Enter how many penalty events (a whole number from 0).',
  },
  report_value_range: {
    vi: 'Nhập số từ {min} đến {max}.',
    en: 'Enter a number from {min} to {max}.',
  },
  report_value_not_negative: {
    vi: 'Nhập số từ 0 trở lên.',
    en: 'Enter a number of 0 or more.',
  },
  report_level_unknown: {
    vi: 'Chọn một trong các mức: {levels}.',
    en: 'Choose one of the levels: {levels}.',
  },
  report_events_range: {
    vi: 'Nhập số nguyên từ 0 đến {max}.',
    en: 'Enter a whole number from 0 to {max}.',
  },
  report_unknown_criterion: {
    vi: 'Tiêu chí {code} không có trong mẫu báo cáo của đơn vị.',
    en: "Criterion {code} is not in the unit's report form.",
  },
  report_value_required: {
    vi: 'Nhập số liệu cho tiêu chí này trước khi gửi.',
    en: 'Enter a value for this criterion before submitting.',
  },
  report_met_required: {
    vi: 'Chọn "Đạt" hoặc "Không đạt" trước khi gửi.',
    en: 'Choose "Met" or "Not met" before submitting.',
  },
  report_level_required: {
    vi: 'Chọn mức đánh giá ({levels}) trước khi gửi.',
    en: 'Choose a level ({levels}) before submitting.',
  },
  report_evidence_required: {
    vi: 'Đính kèm ít nhất một tệp minh chứng cho tiêu chí này.',
    en: 'Attach at least one evidence file for this criterion.',
  },
  report_events_note_required: {
    vi: 'Ghi rõ các trường hợp được tính (nội dung, thời gian).',
    en: 'Describe the events counted (what and when).',
  },
  report_results_required: {
    vi: 'Nhập phần kết quả đạt được.',
    en: 'Enter the results achieved.',
  },
  report_reasons_required: {
    vi: 'Nêu lý do trả lại cho ít nhất một trường.',
    en: 'Give the reason for returning at least one field.',
  },
  report_reason_unknown_field: {
    vi: 'Trường "{field}" không có trong mẫu báo cáo.',
    en: 'The field "{field}" is not in the report form.',
  },
  report_unit_not_reporting: {
    vi: 'Đơn vị này không thuộc diện báo cáo trong kỳ.',
    en: 'This unit does not report in this period.',
  },
  report_no_criteria: {
    vi: 'Phong trào chưa có bộ tiêu chí đã ban hành cho đơn vị, địa phương.',
    en: 'The movement has no published criteria set for units and localities.',
  },
  evidence_no_file: {
    vi: 'Chọn một tệp minh chứng để tải lên.',
    en: 'Choose an evidence file to upload.',
  },
  evidence_too_large: {
    vi: 'Tệp quá lớn: tối đa {max} MB.',
    en: 'The file is too large: at most {max} MB.',
  },
  evidence_type_not_allowed: {
    vi: 'Chỉ nhận tệp PDF, ảnh PNG/JPEG, Word (.docx), Excel (.xlsx) hoặc ODT.',
    en: 'Only PDF, PNG/JPEG images, Word (.docx), Excel (.xlsx) or ODT files are accepted.',
  },
  evidence_name_mismatch: {
    vi: 'Nội dung tệp là {actual}, không khớp với phần mở rộng ".{extension}". Hãy chọn đúng tệp.',
    en: 'The file contains {actual}, which does not match its ".{extension}" extension. Choose the right file.',
  },
  evidence_criterion_unknown: {
    vi: 'Tiêu chí {code} không có trong mẫu báo cáo của đơn vị.',
    en: "Criterion {code} is not in the unit's report form.",
  },
  report_import_wrong_period: {
    vi: 'Dòng thuộc kỳ "{found}", không phải kỳ đang nhập ({expected}).',
    en: 'The row belongs to period "{found}", not the one being imported ({expected}).',
  },
  report_import_unit_not_found: {
    vi: 'Không có đơn vị mã "{code}" báo cáo trong kỳ này.',
    en: 'No unit with code "{code}" reports in this period.',
  },
  report_import_unit_not_covered: {
    vi: 'Bạn không được nhập báo cáo của đơn vị "{code}".',
    en: 'You may not enter the report of unit "{code}".',
  },
  report_import_report_sent: {
    vi: 'Báo cáo của đơn vị "{code}" đã gửi hoặc đã được chấp nhận; không nhập đè.',
    en: 'The report of unit "{code}" was already submitted or accepted; it is not overwritten.',
  },
  report_import_criterion_unknown: {
    vi: 'Tiêu chí "{code}" không có trong mẫu báo cáo của đơn vị.',
    en: 'Criterion "{code}" is not in the unit\'s report form.',
  },
  report_import_duplicate: {
    vi: 'Tiêu chí này của đơn vị đã có ở dòng {row}.',
    en: 'This criterion of the unit is already on row {row}.',
  },
  report_import_not_number: {
    vi: 'Nhập một số (ví dụ 95,5).',
    en: 'Enter a number (e.g. 95.5).',
  },
  report_import_yes_no: {
    vi: 'Nhập "Đạt" hoặc "Không đạt".',
    en: 'Enter "Đạt" (met) or "Không đạt" (not met).',
  },
  report_import_no_rows: {
    vi: 'Tệp không có dòng số liệu nào.',
    en: 'The file has no data rows.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
