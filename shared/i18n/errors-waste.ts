/** API messages of citizens' waste reports (issue 14), merged into errors.ts. */
export const wasteMessages = {
  waste_move_not_allowed: {
    vi: 'Phản ánh đang ở bước không cho phép thao tác này.',
    en: 'The report is in a step where this is not possible.',
  },
  waste_reason_required: { vi: 'Nêu lý do.', en: 'Give the reason.' },
  waste_unit_required: { vi: 'Chọn đơn vị xử lý.', en: 'Choose the handling unit.' },
  waste_outcome_required: { vi: 'Chọn kết luận.', en: 'Choose the outcome.' },
  waste_forwarded_to_required: {
    vi: 'Ghi rõ cơ quan có thẩm quyền đã được chuyển tới.',
    en: 'Name the competent body it was forwarded to.',
  },
  waste_summary_required: {
    vi: 'Ghi nội dung kết luận để công khai.',
    en: 'Write the conclusion to be made public.',
  },
  waste_place_unknown: {
    vi: 'Chọn xã, phường trong danh sách hiện hành.',
    en: 'Choose a commune or ward from the current list.',
  },
  waste_day_out_of_range: {
    vi: 'Ngày xảy ra không được sau hôm nay.',
    en: 'The day it happened cannot be after today.',
  },
  waste_point_incomplete: {
    vi: 'Vị trí trên bản đồ cần cả vĩ độ và kinh độ.',
    en: 'A map point needs both latitude and longitude.',
  },
  waste_pow_failed: {
    vi: 'Không xác nhận được trình duyệt gửi phản ánh. Hãy tải lại trang và gửi lại.',
    en: 'The form could not be verified. Reload the page and send again.',
  },
  waste_rejected: {
    vi: 'Phản ánh không được tiếp nhận.',
    en: 'The report was not accepted.',
  },
  waste_throttled: {
    vi: 'Bạn đã gửi nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.',
    en: 'Too many submissions in a short time. Please try again in a few minutes.',
  },
  waste_photo_limit: {
    vi: 'Mỗi phản ánh có tối đa {max} ảnh.',
    en: 'A report has at most {max} photos.',
  },
  waste_photo_type: {
    vi: 'Chỉ nhận ảnh JPEG hoặc PNG.',
    en: 'Only JPEG or PNG photos are accepted.',
  },
  waste_officer_not_eligible: {
    vi: 'Người này không thuộc đơn vị xử lý phản ánh.',
    en: 'This person is not in the unit handling the report.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
