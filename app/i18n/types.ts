import type { vi } from './vi.ts';
import type { viApp } from './vi-app.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every Vietnamese string: the public pages' and the signed-in app's. */
export type ViMessages = typeof vi & typeof viApp;
/** The shape every language file fills: the Vietnamese keys, any wording. */
export type Messages = Strings<ViMessages>;
export type Lang = 'vi' | 'en';
export const langs: readonly Lang[] = ['vi', 'en'];
