/** API messages of nominations, the chain, public posting and the Council (issue 11). */
export const nominationMessages = {
  chain_illegal: {
    vi: 'Không thể thực hiện bước "{action}" khi hồ sơ đang ở trạng thái "{state}".',
    en: 'The step "{action}" is not possible while the dossier is "{state}".',
  },
  chain_reason_required: {
    vi: 'Cần ghi rõ lý do (trả lại: lý do cho từng thành phần hồ sơ; từ chối: lý do từ chối).',
    en: 'Give a reason (a return: one per component; a rejection: why).',
  },
  chain_council_required: {
    vi: 'Hình thức này phải được Hội đồng Thi đua – Khen thưởng bỏ phiếu trước khi trình Chủ tịch.',
    en: 'The Council must vote on this award before it is proposed to the Chairman.',
  },
  chain_posting_open: {
    vi: 'Chưa hết thời gian công khai lấy ý kiến; chưa thể chuyển hồ sơ sang bước tiếp theo.',
    en: 'The public posting period has not ended yet.',
  },
  chain_not_central: {
    vi: 'Hình thức khen thưởng cấp Trung ương: chỉ ghi nhận kết quả khi có quyết định của cấp trên.',
    en: 'A central-level award: only its outcome is recorded when it comes back.',
  },
  chain_outcome_required: {
    vi: 'Cần cho biết kết quả của cấp Trung ương (được khen thưởng hay không).',
    en: 'Say whether the central level awarded it.',
  },
  nomination_round_not_found: {
    vi: 'Không tìm thấy đợt xét khen thưởng.',
    en: 'The round was not found.',
  },
  nomination_award_unknown: {
    vi: 'Không có danh hiệu/hình thức khen thưởng này trong danh mục.',
    en: 'No such award in the catalogue.',
  },
  nomination_subject_kind: {
    vi: 'Danh hiệu/hình thức này không dành cho loại đối tượng đã chọn.',
    en: 'This award is not for this kind of subject.',
  },
  nomination_subject_not_found: {
    vi: 'Không tìm thấy đối tượng hoặc đối tượng không thuộc phạm vi của bạn.',
    en: 'The subject was not found or is outside your units.',
  },
  nomination_justification_required: {
    vi: 'Đối tượng chưa đủ điều kiện theo tiêu chuẩn hiện hành; cần nêu lý do đề nghị bằng văn bản.',
    en: 'The subject is not eligible under the standards in force; write why you propose them.',
  },
  nomination_component_missing: {
    vi: 'Hồ sơ còn thiếu thành phần "{code}".',
    en: 'The dossier lacks the component "{code}".',
  },
  nomination_posting_not_open: {
    vi: 'Đợt này chưa mở công khai lấy ý kiến.',
    en: 'The round’s public posting has not been opened.',
  },
  posting_closed: {
    vi: 'Đối tượng này hiện không trong thời gian công khai lấy ý kiến.',
    en: 'This nominee is not posted for comment now.',
  },
  council_not_member: {
    vi: 'Bạn không phải là thành viên Hội đồng trong nhiệm kỳ của phiên họp này.',
    en: 'You are not a member of the Council for this session.',
  },
  council_session_state: {
    vi: 'Phiên họp đang ở trạng thái không cho phép thao tác này.',
    en: 'The session is not in a state that allows this.',
  },
  council_quorum: {
    vi: 'Không đủ số thành viên dự họp: có mặt {present}/{total}, cần ít nhất {needed}.',
    en: 'No quorum: {present} of {total} present, at least {needed} needed.',
  },
  council_already_voted: {
    vi: 'Thành viên này đã bỏ phiếu cho đối tượng này; mỗi thành viên chỉ bỏ một phiếu.',
    en: 'This member has already voted on this nominee; one ballot each.',
  },
  council_recused: {
    vi: 'Thành viên không được bỏ phiếu cho hồ sơ này (người lập hồ sơ, là đối tượng hoặc là thủ trưởng đơn vị đề nghị).',
    en: 'This member may not vote on this dossier (filer, subject or head of its unit).',
  },
  council_not_on_agenda: {
    vi: 'Đối tượng này không có trong chương trình phiên họp.',
    en: 'This nominee is not on the session’s agenda.',
  },
  council_written_present: {
    vi: 'Phiếu bằng văn bản chỉ dành cho thành viên vắng mặt.',
    en: 'Written votes are for absent members only.',
  },
  council_dossier_not_ready: {
    vi: 'Hồ sơ chưa được chuyển Hội đồng xét.',
    en: 'The dossier is not with the Council.',
  },
  council_tally_sealed: {
    vi: 'Kết quả kiểm phiếu chỉ được xem sau khi kết thúc phiên họp.',
    en: 'The tally can be read only after the session closes.',
  },
} as const;
