/** Finding and formatting the sources the debrief cites (the sources themselves are src/content/references.ts). */
import { REFERENCES, type Reference } from '../../content/references.ts';

export { HANDOUT_CORRECTIONS, REFERENCES } from '../../content/references.ts';
export type { Reference, ReferenceId } from '../../content/references.ts';

export function findReference(id: string): Reference | undefined {
  return REFERENCES.find((r) => r.id === id);
}

/** "Author (year). Title. Publisher." in plain text. */
const stop = (t: string): string => (/[.?!'"’]$/.test(t) ? t : `${t}.`);

export function formatReference(r: Reference): string {
  const publisher = r.publisher === r.author ? '' : ` ${stop(r.publisher)}`;
  return `${r.author} (${r.year}). ${stop(r.title)}${publisher}`;
}
