/**
 * A story opened by a link (`?play=<id>`) starts downloading while the page itself is still arriving: a tiny
 * script inlined at the top of index.html (vite.config.ts, `linkedStoryPreload`, with its hash in the page's
 * Content-Security-Policy) reads the build's list of story chunks (a JSON data block, `#story-chunks`, never
 * run) and adds a `<link rel="modulepreload">` for the linked one. The game's entry then imports it as before
 * and finds it fetched and compiled; without the list (a single-file build, the dev server) or for an unknown
 * id it does nothing. `linkedStoryScript` turns the function below into the inline script's text.
 */

/** The id of the JSON data block that maps each story's id to its chunk's URL. */
export const STORY_CHUNKS_ID = 'story-chunks';

/** Runs in the page as a classic inline script: no imports, no closures over this module. */
export function preloadLinkedStory(listId: string): void {
  try {
    const id = new URLSearchParams(location.search).get('play');
    const list = document.getElementById(listId);
    if (!id || !list?.textContent) return;
    const chunks: unknown = JSON.parse(list.textContent);
    const href: unknown = typeof chunks === 'object' && chunks !== null && Object.hasOwn(chunks, id) ? Reflect.get(chunks, id) : undefined;
    if (typeof href !== 'string') return;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  } catch {
    // Only a head start: the game fetches the story itself when it opens it.
  }
}

/** The inline script's exact text (its CSP hash is taken over this). */
export function linkedStoryScript(): string {
  return `(${preloadLinkedStory.toString()})(${JSON.stringify(STORY_CHUNKS_ID)});`;
}
