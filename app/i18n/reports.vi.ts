/** Vietnamese strings of the reporting cycle (issue 4); en in reports.en.ts under the same keys. */
export const reportsVi = {
  nav: 'Báo cáo phong trào',
};
