import { categories } from './plan-criteria.ts';
import { infrastructureLines, thriftLines } from './plan-content.ts';
import { duties } from './plan-duties.ts';
import { commendations, phases, solutions } from './plan-sections.ts';
import { targets } from './plan-targets.ts';
import {
  contentIntro,
  legalBases,
  movement,
  participants,
  purposes,
  requirements,
} from './plan-text.ts';
import { sectors } from './sectors.ts';
import type { SeedPlan } from './types.ts';

export { movement } from './plan-text.ts';

/**
 * The Lai Châu plan (Kế hoạch triển khai Phong trào thi đua “Lai Châu đẩy mạnh phát triển kết
 * cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”) as data: every passage
 * verbatim in Vietnamese with an English rendering, sections in the plan's order.
 */
export const laiChauPlan: SeedPlan = {
  movement,
  sections: [
    ...legalBases,
    ...purposes,
    ...requirements,
    ...participants,
    ...contentIntro,
    ...infrastructureLines,
    ...thriftLines,
    ...commendations,
    ...solutions,
    ...duties,
  ],
  phases,
  categories,
  targets,
  sectors,
};
