import type { Messages } from './types.ts';

/** English strings of the reporting cycle (issue 4). */
export const reportsEn: Messages['reports'] = {
  nav: 'Movement reports',
};
