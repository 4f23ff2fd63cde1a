import type { Locale } from '../locale.ts';
import { planMessages } from './errors-plans.ts';
import { nominationMessages } from './errors-nominations.ts';
import { reportMessages } from './errors-reports.ts';
import { wasteMessages } from './errors-waste.ts';
import { scoreMessages } from './errors-scores.ts';
import { projectMessages } from './errors-projects.ts';

/** Messages for API error codes and field problems, in both languages. */
const messages = {
  validation_failed: {
    vi: 'Dữ liệu chưa hợp lệ. Vui lòng sửa các trường được đánh dấu.',
    en: 'Some fields are not valid. Please correct the marked fields.',
  },
  malformed_body: {
    vi: 'Nội dung gửi lên không đọc được (JSON không hợp lệ).',
    en: 'The request body could not be read (invalid JSON).',
  },
  unsupported_media_type: {
    vi: 'Kiểu nội dung không được hỗ trợ.',
    en: 'Unsupported content type.',
  },
  payload_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request is too large.' },
  invalid_credentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  unauthenticated: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  csrf_failed: {
    vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
    en: 'Missing or wrong anti-forgery token. Reload the page.',
  },
  password_change_required: {
    vi: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục.',
    en: 'Change the password you were given before you continue.',
  },
  forbidden: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  route_not_found: { vi: 'Không có địa chỉ API này.', en: 'There is no such API address.' },
  unknown_tenant: {
    vi: 'Tên miền này chưa được đăng ký cho đơn vị nào trên hệ thống.',
    en: 'This host name is not registered for any tenant.',
  },
  conflict: {
    vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.',
    en: 'Someone else changed this record. Reload and try again.',
  },
  too_many_login_attempts: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins. Try again in {minutes} minutes.',
  },
  archive_too_large: {
    vi: 'Tệp nén giải nén ra quá lớn hoặc quá nhiều phần (nghi là "bom nén"); tệp bị từ chối.',
    en: 'The file unpacks to too much data or too many parts (a likely "zip bomb"); it was refused.',
  },
  text_invalid_character: {
    vi: 'Văn bản chứa ký tự không hợp lệ (ký tự NUL hoặc mã hoá hỏng).',
    en: 'The text contains an invalid character (a NUL or a broken encoding).',
  },
  sign_in_slowed: {
    vi: 'Đăng nhập sai nhiều lần từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins from this address. Try again in {seconds} seconds.',
  },
  too_many_requests: {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
    en: 'Too many requests. Please try again later.',
  },
  internal: {
    vi: 'Lỗi hệ thống. Sự cố đã được ghi lại.',
    en: 'Internal error. The problem has been logged.',
  },
  // field-level
  required: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  invalid_type: {
    vi: 'Giá trị không đúng kiểu (cần {expected}).',
    en: 'Wrong kind of value (expected {expected}).',
  },
  too_short: { vi: 'Nhập ít nhất {minimum} ký tự.', en: 'Enter at least {minimum} characters.' },
  too_long: { vi: 'Nhập tối đa {maximum} ký tự.', en: 'Enter at most {maximum} characters.' },
  too_small: { vi: 'Nhập số từ {minimum} trở lên.', en: 'Enter a number of at least {minimum}.' },
  too_big: { vi: 'Nhập số không quá {maximum}.', en: 'Enter a number of at most {maximum}.' },
  too_few_items: { vi: 'Chọn ít nhất {minimum} mục.', en: 'Choose at least {minimum} items.' },
  too_many_items: { vi: 'Chọn tối đa {maximum} mục.', en: 'Choose at most {maximum} items.' },
  invalid_format: { vi: 'Định dạng không hợp lệ.', en: 'Invalid format.' },
  invalid_date: {
    vi: 'Nhập ngày theo dạng năm-tháng-ngày (vd. 2025-07-01).',
    en: 'Enter a date as year-month-day (e.g. 2025-07-01).',
  },
  invalid_uuid: { vi: 'Mã định danh không hợp lệ.', en: 'Invalid identifier.' },
  invalid_email: { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Invalid e-mail address.' },
  invalid_option: { vi: 'Chọn một trong các giá trị: {options}.', en: 'Choose one of: {options}.' },
  unknown_field: { vi: 'Trường không được phép: {keys}.', en: 'Field not allowed: {keys}.' },
  invalid_value: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  // domain field messages
  password_too_weak: {
    vi: 'Mật khẩu cần ít nhất 12 ký tự, gồm chữ và số.',
    en: 'The password needs at least 12 characters, with letters and digits.',
  },
  password_wrong: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  username_taken: {
    vi: 'Tên đăng nhập này đã có người dùng.',
    en: 'This username is already taken.',
  },
  host_invalid: {
    vi: 'Tên miền không hợp lệ (chỉ gồm chữ, số, dấu gạch ngang và dấu chấm).',
    en: 'Not a valid host name (letters, digits, hyphens and dots only).',
  },
  host_taken: {
    vi: 'Tên miền này đã được đăng ký cho {tenant}.',
    en: 'This host name is already registered to {tenant}.',
  },
  tenant_code_invalid: {
    vi: 'Mã đơn vị sử dụng chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
    en: 'A tenant code has lower-case letters, digits and hyphens only.',
  },
  tenant_code_taken: {
    vi: 'Mã đơn vị sử dụng này đã có.',
    en: 'This tenant code is already in use.',
  },
  tenant_not_found: {
    vi: 'Không có đơn vị sử dụng với mã {code}.',
    en: 'There is no tenant with code {code}.',
  },
  unit_not_found: { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  unit_not_active: {
    vi: 'Đơn vị không còn tồn tại vào ngày này.',
    en: 'The unit does not exist on that date.',
  },
  role_unknown: { vi: 'Vai trò không hợp lệ.', en: 'Unknown role.' },
  // org units (server/domain/units)
  unit_code_taken: {
    vi: 'Mã đơn vị {code} đã được dùng.',
    en: 'The unit code {code} is already in use.',
  },
  unit_changed_later: {
    vi: 'Đơn vị đã có thay đổi từ ngày {date}; chỉ ghi nhận được thay đổi từ ngày đó trở đi.',
    en: 'The unit already changed on {date}; record changes from that day on.',
  },
  effective_after_start: {
    vi: 'Ngày hiệu lực phải sau ngày {date} (lần thay đổi gần nhất của đơn vị).',
    en: "The effective date must be after {date} (the unit's latest change).",
  },
  unit_ends: {
    vi: 'Đơn vị này chấm dứt hoạt động từ ngày {date}.',
    en: 'This unit ceases to exist on {date}.',
  },
  unit_history_conflict: {
    vi: 'Thay đổi này mâu thuẫn với lịch sử đơn vị đã ghi nhận (đơn vị mất cấp trên hoặc tạo vòng lặp).',
    en: 'This change conflicts with the recorded unit history (a unit would lose its parent or loop).',
  },
  move_into_descendant: {
    vi: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.',
    en: 'A unit cannot move under itself or one of its own sub-units.',
  },
  same_parent: {
    vi: 'Đơn vị đã trực thuộc đơn vị này.',
    en: 'The unit is already under this parent.',
  },
  unit_name_unchanged: {
    vi: 'Tên mới trùng với tên hiện tại.',
    en: 'The new name is the same as the current one.',
  },
  duplicate_unit: { vi: 'Đơn vị này đã được chọn ở trên.', en: 'This unit is already listed.' },
  commune_type_not_commune: {
    vi: 'Chỉ đơn vị hành chính cấp xã mới có loại xã/phường/thị trấn/đặc khu.',
    en: 'Only commune-level units have a commune type (commune, ward, township, special zone).',
  },
  successor_is_predecessor: {
    vi: 'Đơn vị kế thừa không thể là đơn vị bị sáp nhập/chia tách.',
    en: 'The successor cannot be one of the units being merged or split.',
  },
  successor_inside_predecessor: {
    vi: 'Đơn vị này nằm trong đơn vị bị sáp nhập/chia tách.',
    en: 'This unit lies inside a unit being merged or split.',
  },
  not_a_child: {
    vi: 'Không phải đơn vị trực thuộc của đơn vị bị chia tách.',
    en: 'Not a sub-unit of the unit being split.',
  },
  successor_index_invalid: {
    vi: 'Chọn đơn vị kế thừa số 0 đến {maximum}.',
    en: 'Choose successor 0 to {maximum}.',
  },
  children_not_assigned: {
    vi: 'Còn {count} đơn vị trực thuộc chưa được giao cho đơn vị kế thừa.',
    en: '{count} sub-units are not assigned to a successor.',
  },
  unit_has_children: {
    vi: 'Đơn vị còn {count} đơn vị trực thuộc; chọn đơn vị tiếp nhận.',
    en: 'The unit still has {count} sub-units; choose a unit to take them over.',
  },
  // unit import (Excel)
  import_not_xlsx: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
  },
  import_no_file: { vi: 'Chưa chọn tệp để nhập.', en: 'No file was uploaded.' },
  import_missing_column: {
    vi: 'Thiếu cột "{column}" ở dòng tiêu đề.',
    en: 'The header row lacks the column "{column}".',
  },
  import_too_many_rows: {
    vi: 'Tệp có quá nhiều dòng (tối đa {maximum}).',
    en: 'The file has too many rows (at most {maximum}).',
  },
  duplicate_in_file: {
    vi: 'Mã {code} xuất hiện nhiều lần trong tệp.',
    en: 'The code {code} appears more than once in the file.',
  },
  parent_row_invalid: {
    vi: 'Dòng của đơn vị cấp trên {code} có lỗi.',
    en: 'The row of the parent unit {code} has errors.',
  },
  parent_code_not_found: {
    vi: 'Không tìm thấy đơn vị cấp trên có mã {code} (trong hệ thống hoặc ở các dòng phía trên).',
    en: 'No parent unit with code {code} (in the system or in earlier rows).',
  },
  unit_code_not_found: {
    vi: 'Không tìm thấy đơn vị có mã {code}.',
    en: 'No unit with code {code}.',
  },
  unit_code_or_name_not_found: {
    vi: 'Không tìm thấy đơn vị có mã hoặc tên {code} vào ngày hiệu lực.',
    en: 'No unit with code or name {code} on the effective date.',
  },
  unit_name_ambiguous: {
    vi: 'Có nhiều đơn vị mang tên {name} ({codes}); hãy ghi mã đơn vị.',
    en: 'Several units are named {name} ({codes}); give the unit code.',
  },
  predecessor_end_mismatch: {
    vi: 'Đơn vị {code} đã chấm dứt từ ngày {date}, khác ngày hiệu lực.',
    en: 'Unit {code} already ended on {date}, not on the effective date.',
  },
  date_not_after: { vi: 'Ngày này phải sau ngày {date}.', en: 'This date must be after {date}.' },
  // commendations (server/services/commendations*.ts)
  citation_required: {
    vi: 'Cần ghi căn cứ pháp lý (văn bản, điều, khoản) của tiêu chuẩn.',
    en: 'A legal citation (instrument, article, clause) is required.',
  },
  rule_dates_overlap: {
    vi: 'Tiêu chuẩn {code} đã có phiên bản hiệu lực trùng thời gian này.',
    en: 'Rule {code} already has a version in force over these dates.',
  },
  rule_code_format: {
    vi: 'Mã chỉ gồm chữ thường, chữ số và dấu . _ - (bắt đầu bằng chữ hoặc số).',
    en: 'Use lower-case letters, digits and . _ - only (starting with a letter or digit).',
  },
  rule_dates_reversed: {
    vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
    en: 'The end date must not be before the start date.',
  },
  award_unknown: { vi: 'Không có danh hiệu/hình thức {award}.', en: 'No award {award}.' },
  award_subject_not_allowed: {
    vi: 'Danh hiệu/hình thức {award} không dành cho đối tượng này.',
    en: 'The award {award} is not for this kind of subject.',
  },
  rule_lineage_changes_award: {
    vi: 'Các phiên bản của tiêu chuẩn {code} phải cùng danh hiệu và đối tượng.',
    en: 'All versions of rule {code} keep the same award and subject.',
  },
  rating_exists: {
    vi: 'Đối tượng đã có kết quả xếp loại năm {year}.',
    en: 'The subject already has a rating for {year}.',
  },
  person_not_found: {
    vi: 'Không tìm thấy cá nhân này trong đơn vị (hoặc ngoài phạm vi của bạn).',
    en: 'No such person in this unit (or outside your units).',
  },
  person_ambiguous: {
    vi: 'Có nhiều cá nhân cùng họ tên trong đơn vị; hãy nhập từng người trên giao diện.',
    en: 'Several people in the unit share this name; record them one by one in the app.',
  },
  import_unit_not_allowed: {
    vi: 'Bạn không có quyền ghi hồ sơ thành tích của đơn vị này.',
    en: 'You may not record the history of this unit.',
  },
  case_already_closed: { vi: 'Vụ việc này đã kết thúc.', en: 'This case is already closed.' },
  date_before_opened: {
    vi: 'Ngày kết thúc phải từ ngày {date} trở đi.',
    en: 'The closing date must be on or after {date}.',
  },
  author_not_found: {
    vi: 'Không tìm thấy tác giả hoặc tác giả không thuộc phạm vi của bạn.',
    en: 'An author was not found or is outside your units.',
  },
  initiative_invalid_transition: {
    vi: 'Sáng kiến đang ở trạng thái không cho phép thao tác này.',
    en: 'The initiative is not in a state that allows this.',
  },
  date_in_future: { vi: 'Ngày không được sau hôm nay.', en: 'The date cannot be in the future.' },
  base_salary_missing: {
    vi: 'Chưa có mức lương cơ sở áp dụng cho ngày này.',
    en: 'No base salary is recorded for this date.',
  },
  award_no_cash: {
    vi: 'Danh hiệu/hình thức này không kèm tiền thưởng cho đối tượng này vào ngày đó.',
    en: 'This award carries no cash for this subject on that date.',
  },
  // emulation blocks
  block_code_taken: {
    vi: 'Mã khối/cụm {code} đã được dùng.',
    en: 'The block code {code} is already in use.',
  },
  block_too_many_heads: {
    vi: 'Mỗi khối/cụm chỉ có tối đa một trưởng khối/cụm.',
    en: 'A block has at most one head.',
  },
  unit_in_other_block: {
    vi: 'Đơn vị đã thuộc khối/cụm {block} trong năm {year}.',
    en: 'The unit already belongs to {block} in {year}.',
  },
  unit_not_active_in_year: {
    vi: 'Đơn vị không hoạt động trong năm {year}.',
    en: 'The unit does not exist in {year}.',
  },
  // criteria sets (server/domain/criteria)
  criteria_version_published: {
    vi: 'Phiên bản {number} đã ban hành nên không sửa được. Hãy tạo phiên bản mới từ phiên bản này.',
    en: 'Version {number} is published and cannot change. Create a new version from this one.',
  },
  criteria_version_not_draft: {
    vi: 'Chỉ ban hành được phiên bản dự thảo; phiên bản {number} không phải dự thảo.',
    en: 'Only a draft can be published; version {number} is not a draft.',
  },
  criteria_source_is_draft: {
    vi: 'Chỉ tạo phiên bản mới được từ một phiên bản đã ban hành.',
    en: 'A new version can only start from a published version.',
  },
  criteria_draft_exists: {
    vi: 'Bộ tiêu chí đang có dự thảo (phiên bản {number}); hãy hoàn thiện dự thảo đó.',
    en: 'This set already has a draft (version {number}); finish that draft first.',
  },
  criterion_code_duplicate: {
    vi: 'Mã tiêu chí {code} đã dùng cho một tiêu chí khác trong phiên bản này.',
    en: 'The criterion code {code} is already used in this version.',
  },
  criterion_kind_invalid: {
    vi: 'Chọn loại tiêu chí: định lượng, định tính, điểm thưởng hoặc điểm trừ.',
    en: 'Choose a kind: quantitative, qualitative, bonus or penalty.',
  },
  criterion_levels_needed: {
    vi: 'Nhập ít nhất 2 mức đánh giá.',
    en: 'Enter at least 2 levels.',
  },
  criterion_cap_below_event: {
    vi: 'Mức tối đa phải từ {points} điểm trở lên (không nhỏ hơn điểm mỗi lần).',
    en: 'The cap must be at least {points} points (the points per event).',
  },
  criterion_target_year_twice: {
    vi: 'Năm {year} đã có chỉ tiêu.',
    en: 'The year {year} already has a target.',
  },
  criteria_set_empty: {
    vi: 'Bộ tiêu chí cần ít nhất một tiêu chí trước khi ban hành.',
    en: 'The set needs at least one criterion before it is published.',
  },
  // province targets
  target_value_number: { vi: 'Giá trị phải là một số.', en: 'The value must be a number.' },
  target_value_percent: {
    vi: 'Chỉ tiêu tính bằng %: giá trị phải từ 0 đến 100.',
    en: 'This target is a percentage: the value must be between 0 and 100.',
  },
  target_value_count: {
    vi: 'Chỉ tiêu tính bằng số lượng: giá trị phải là số nguyên không âm.',
    en: 'This target is a count: the value must be a whole number, 0 or more.',
  },
  target_value_done: {
    vi: 'Chỉ tiêu hoàn thành/chưa hoàn thành: nhập 1 (đã xong) hoặc 0 (chưa xong).',
    en: 'This target is done or not done: enter 1 (done) or 0 (not done).',
  },
  target_year_outside: {
    vi: 'Năm phải nằm trong thời gian của phong trào ({start}–{end}).',
    en: "The year must lie within the movement's years ({start}–{end}).",
  },
  target_unit_not_assigned: {
    vi: 'Chỉ tiêu chưa được giao cho đơn vị này trong năm {year}.',
    en: 'This target was not assigned to this unit for {year}.',
  },
  target_assign_to_province: {
    vi: 'Chỉ tiêu của tỉnh không giao cho chính tỉnh; hãy chọn một sở, ngành hoặc địa phương.',
    en: 'A province target is not assigned to the province itself; choose a department or locality.',
  },
  registration_version_not_published: {
    vi: 'Chỉ được đăng ký theo phiên bản bộ tiêu chí đã ban hành.',
    en: 'Only a published criteria set version can be registered against.',
  },
  registration_unknown_criterion: {
    vi: 'Tiêu chí {code} không có trong phiên bản đã chọn.',
    en: 'Criterion {code} is not in the chosen version.',
  },
  initiative_level_office: {
    vi: 'Sáng kiến cấp tỉnh, cấp toàn quốc do cơ quan thi đua, khen thưởng trình công nhận; người đứng đầu đơn vị công nhận sáng kiến cấp cơ sở.',
    en: 'Province and national recognition goes through the emulation office; the head of a unit recognises base-level initiatives.',
  },
  registration_criterion_other_year: {
    vi: 'Tiêu chí {code} không có chỉ tiêu năm {year}, không cần cam kết.',
    en: 'Criterion {code} has no target for {year}; no commitment is asked for it.',
  },
  registration_value_required: {
    vi: 'Nhập giá trị cam kết cho tiêu chí {code}.',
    en: 'Enter the committed value for criterion {code}.',
  },
  registration_value_out_of_range: {
    vi: 'Giá trị cam kết phải từ {min} đến {max}.',
    en: 'The committed value must be between {min} and {max}.',
  },
  registration_title_unknown: {
    vi: 'Danh hiệu {code} không có trong danh mục.',
    en: 'Title {code} is not in the catalogue.',
  },
  registration_title_wrong_subject: {
    vi: 'Danh hiệu {code} không dành cho {subject}.',
    en: 'Title {code} is not for a {subject} subject.',
  },
  registration_title_count: {
    vi: 'Số lượng đăng ký phải là số nguyên từ 1 đến 100000.',
    en: 'The count must be a whole number from 1 to 100000.',
  },
  registration_title_duplicate: {
    vi: 'Danh hiệu {code} được chọn nhiều lần.',
    en: 'Title {code} is chosen more than once.',
  },
  registration_period_exists: {
    vi: 'Phong trào này đã có đợt đăng ký năm {year}.',
    en: 'This movement already has a registration period for {year}.',
  },
  registration_deadline_before_open: {
    vi: 'Hạn đăng ký phải sau ngày mở đăng ký.',
    en: 'The deadline must be on or after the opening day.',
  },
  registration_not_draft: {
    vi: 'Bản đăng ký đã gửi, không sửa được nữa.',
    en: 'This registration was submitted and can no longer be changed.',
  },
  pledge_unit_cannot_sign: {
    vi: 'Đơn vị này không thuộc cụm trong năm, đã ký, hoặc bạn không phải thủ trưởng đơn vị.',
    en: 'This unit is not a member that year, has already signed, or you are not its head.',
  },
  registration_period_not_open: {
    vi: 'Đợt đăng ký chưa mở (mở từ {opensOn}).',
    en: 'The registration period is not open yet (opens {opensOn}).',
  },
  registration_set_year_outside: {
    vi: 'Bộ tiêu chí này áp dụng cho các năm {start}–{end}, không áp dụng cho năm {year}.',
    en: 'This criteria set covers {start}–{end}, not {year}.',
  },
  registration_set_other_category: {
    vi: 'Bộ tiêu chí này dành cho nhóm đối tượng khác; hãy chọn bộ tiêu chí của nhóm đối tượng của đơn vị hoặc bộ tiêu chí ngành áp dụng cho đơn vị.',
    en: "This set is for another participant category; choose your unit's category set or a sector set that applies to your unit.",
  },
  registration_set_not_applicable: {
    vi: 'Bộ tiêu chí ngành này không có tiêu chí nào áp dụng cho loại đơn vị của bạn.',
    en: 'This sector set has no criterion that applies to your kind of unit.',
  },
  ...reportMessages,
  ...planMessages,
  ...wasteMessages,
  ...scoreMessages,
  ...nominationMessages,
  ...projectMessages,
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof messages;

export const isMessageKey = (key: string): key is MessageKey => key in messages;

/** Renders a message in a locale, filling {placeholders}. */
export function translate(
  key: MessageKey,
  locale: Locale,
  params: Record<string, unknown> = {},
): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
