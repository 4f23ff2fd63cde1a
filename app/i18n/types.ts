import type { vi } from './vi.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language file fills: the Vietnamese keys, any wording. */
export type Messages = Strings<typeof vi>;
export type Lang = 'vi' | 'en';
export const langs: readonly Lang[] = ['vi', 'en'];
