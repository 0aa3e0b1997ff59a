/**
 * Vite plugin: finds every stories/*.ink, compiles, lints and walks it (walks cached: walk-cache.ts), and serves
 *  - `virtual:scenarios`: the menu's metadata, with a lazy loader per scenario;
 *  - `*.ink` imports: the compiled JSON (so each story is its own small chunk), the map of the road not taken
 *    (its words as references into that JSON: road-map-refs.ts) and the story's reflection prompts (the debrief's, so not in the menu's list).
 * Any error fails `vite build` (and vitest) with file and line; the dev server shows it in its overlay and
 * reloads when a story changes.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { inkTexts } from '../core/teaching/road-map-refs.ts';
import { formatDiagnostic } from './ink-compile.ts';
import { mapWithRefs } from './road-map-refs.ts';
import { checkStory, findStories, type Compiled, type StoryCheck } from './stories.ts';
import { warmWalkCache } from './walk-warm.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_VIRTUAL_ID = '\0' + VIRTUAL_ID;

export interface InkPluginOptions {
  /** Folder of scenario files; default `stories` under the project root. */
  storiesDir?: string;
}

export class StoryErrors extends Error {
  constructor(
    readonly checks: StoryCheck[],
    root: string,
  ) {
    const lines = checks.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, root)));
    super(`The stories have ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'StoryErrors';
  }
}

/** Global tags the game reads from the menu's metadata (`virtual:scenarios`), never from the running story. */
const MENU_ONLY_TAGS = new Set(['title', 'summary', 'minutes', 'order', 'reflect']);

/**
 * The compiled story without the global tags that only the menu's metadata needs (title, summary, minutes,
 * order, reflection prompts): they are in the entry already (`virtual:scenarios`), and the running story reads
 * only its other global tags (player, employer, people, places, content). Cut from the JSON text itself (the
 * leading `"#","^key: …","/#",` runs of the root), so nothing else in it is re-serialised. The fingerprint stays
 * the one of the whole compiled story.
 */
export function withoutMenuTags(json: string): string {
  const start = json.indexOf('"root":[[');
  if (start < 0) return json;
  let at = start + '"root":[['.length;
  let out = json.slice(0, at);
  const tag = /"#","\^((?:[^"\\]|\\.)*)","\/#",/y;
  for (;;) {
    tag.lastIndex = at;
    const m = tag.exec(json);
    if (!m) break;
    const key = /^([\w-]+):/.exec(m[1] ?? '')?.[1];
    if (!key || !MENU_ONLY_TAGS.has(key)) out += m[0];
    at = tag.lastIndex;
  }
  return out + json.slice(at);
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  let server: ViteDevServer | undefined;
  let command: 'build' | 'serve' = 'serve';
  const cache = new Map<string, StoryCheck>();
  /** Compiles made while warming the walk cache, used once each. */
  let precompiled = new Map<string, Compiled>();

  const check = (file: string): StoryCheck => {
    const cached = cache.get(file);
    if (cached) return cached;
    // The walk comes from the disk cache when this story, the walker and inkjs are unchanged.
    const compiled = precompiled.get(file);
    precompiled.delete(file);
    const result = checkStory(file, { cache: true, compiled });
    cache.set(file, result);
    return result;
  };

  return {
    name: 'public-profile-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      command = config.command;
      storiesDir = path.resolve(root, options.storiesDir ?? 'stories');
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(storiesDir);
      const onChange = (file: string) => {
        if (!file.endsWith('.ink')) return;
        cache.clear();
        for (const env of Object.values(devServer.environments)) {
          const graph = env.moduleGraph;
          const mod = graph.getModuleById(RESOLVED_VIRTUAL_ID);
          if (mod) graph.invalidateModule(mod);
          for (const m of graph.getModulesByFile(file) ?? []) graph.invalidateModule(m);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    async buildStart() {
      // A production build checks every story: walk the ones not cached yet side by side, one per core.
      if (command === 'build') precompiled = (await warmWalkCache(findStories(storiesDir))).compiled;
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_VIRTUAL_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_VIRTUAL_ID) {
        const files = findStories(storiesDir);
        const checks = files.map(check);
        for (const c of checks) {
          this.addWatchFile(c.file);
          for (const inc of c.compile.includes) this.addWatchFile(inc);
        }
        const failed = checks.filter((c) => !c.ok);
        let devErrors: string[] = [];
        if (failed.length > 0) {
          const error = new StoryErrors(failed, root);
          if (!server) this.error(error.message);
          // Dev server: keep the game running with the good stories and show the problems on screen
          // (and in the terminal); the page reloads when a file is saved again.
          devErrors = error.message.split('\n').slice(1);
          server.config.logger.error(error.message, { timestamp: true });
        }
        const entries = checks
          .filter((c) => c.ok)
          .map((c) => {
            // The reflection prompts go with the story's chunk (the debrief's), not the menu's list.
            const { reflect: _reflect, ...menu } = c.meta ?? {};
            const meta = JSON.stringify(menu);
            const importPath = JSON.stringify(c.file.split(path.sep).join('/'));
            return `  { meta: ${meta}, story: () => import(${importPath}) }`;
          });
        return `export const scenarios = [\n${entries.join(',\n')}\n];\nexport const storyErrors = ${JSON.stringify(devErrors)};\n`;
      }
      if (id.endsWith('.ink')) {
        const result = check(id);
        for (const inc of result.compile.includes) this.addWatchFile(inc);
        if (!result.ok || !result.compile.json) {
          const error = new StoryErrors([result], root);
          if (server) throw error;
          this.error(error.message);
        }
        // JSON.parse of a string literal parses faster than the same data as a JS object literal.
        // With it, the map of the road not taken: every decision point and option, from the checker's walk,
        // its words as references to the story's own text entries (road-map-refs.ts), so the chunk carries them
        // once; the loader resolves them.
        const json = withoutMenuTags(result.compile.json);
        const map = mapWithRefs(result.walk?.map ?? [], inkTexts(JSON.parse(json)));
        const reflect = JSON.stringify(result.meta?.reflect ?? []);
        return `export default JSON.parse(${JSON.stringify(json)});\nexport const map = JSON.parse(${JSON.stringify(JSON.stringify(map))});\nexport const reflect = ${reflect};\n`;
      }
      return undefined;
    },
  };
}
