/** THTK-CLP programmes, savings and violations (issue 14). */
export const thriftPublicVi = {
  nav: 'Kết quả tiết kiệm',
  title: 'Kết quả thực hành tiết kiệm, chống lãng phí toàn tỉnh',
  lead: 'Số tiền tiết kiệm các đơn vị báo cáo theo lĩnh vực và năm, và các vụ việc vi phạm đã xử lý được công khai.',
  year: 'Năm',
  category: 'Lĩnh vực',
  amount: 'Số tiền tiết kiệm',
  units: 'Số đơn vị báo cáo',
  violations: 'Vụ việc vi phạm đã xử lý',
  unit: 'Đơn vị',
  body: 'Cơ quan thanh tra, kiểm tra',
  decision: 'Quyết định',
  found: 'Số tiền vi phạm',
  recovered: 'Đã thu hồi',
  none: 'Chưa có số liệu.',
};
