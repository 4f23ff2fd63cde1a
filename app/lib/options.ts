/**
 * The member of `options` a select's value names: the select offers exactly these, so the value
 * is one of them; the first option stands in for anything else (the server checks it again).
 */
export function optionOf<T extends string>(options: readonly [T, ...T[]], value: string): T {
  return options.find((o) => o === value) ?? options[0];
}
