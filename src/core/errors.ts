/** The message of anything thrown: an Error's own message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Marks the end of an exhaustive switch: the type-check fails if a case is missing, and a bad value at run time throws. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
