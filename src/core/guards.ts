/** Type guards for reading untrusted data (saves, settings, window messages) without casts. */

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v` is one of `values` (a list of string literals), narrowed to their union. */
export const isOneOf = <const T extends string>(values: readonly T[], v: unknown): v is T => typeof v === 'string' && values.some((x) => x === v);

/** A list of numbers (each element checked, so the array can be typed without a cast). */
export const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
