import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './src/story-tools/vite-plugin-ink.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { BOOT_WATCH, LINKED_STORY, META_CONTENT_SECURITY_POLICY, securityHeaders } from './hosting/security-headers.ts';
import { scenarioId } from './src/story-tools/stories.ts';
import { STORY_CHUNKS_ID } from './src/ui/linked-story.ts';

/**
 * `PUBLIC_PROFILE_SINGLE_FILE=1`: one self-contained index.html that plays from `file://` with no network
 * (scripts, styles, stories, fonts and sounds inlined; `npm run package` makes it and sets its policy).
 */
const singleFile = process.env.PUBLIC_PROFILE_SINGLE_FILE === '1';

const phaserBuild = fileURLToPath(new URL('./src/game/phaser-build.js', import.meta.url));
const howlerCore = fileURLToPath(new URL('./node_modules/howler/src/howler.core.js', import.meta.url));

/** Phaser's source reads `typeof FLAG` build switches (webpack DefinePlugin in Phaser's own build). */
const PHASER_FLAGS: Record<string, boolean> = {
  // Canvas only. Measured here without a GPU: animating the phone took 110-300 ms a frame with WebGL's
  // software path and under 45 ms with Canvas; Canvas needs no WebGL at all and saves ~60 KB gzipped.
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false, // Howler plays all sound
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
};

function phaserFlags(): Plugin {
  const pattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'public-profile-phaser-flags',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return undefined;
      pattern.lastIndex = 0;
      const hasFlags = pattern.test(code);
      const exportsGlobal = code.includes('global.Phaser = Phaser');
      if (!hasFlags && !exportsGlobal) return undefined;
      pattern.lastIndex = 0;
      let out = code.replace(pattern, (_m, flag: string) => String(PHASER_FLAGS[flag] ?? false));
      // The entry also sets a browser global through node's `global`, which browsers lack.
      out = out.replace('global.Phaser = Phaser', 'globalThis.Phaser = Phaser');
      return { code: out, map: null };
    },
  };
}

/**
 * Phaser names each event in a module of its own (`module.exports = 'blur';`, ~130 of them in the build), and
 * the bundler wraps every CommonJS module in a function of its own. A `require` of such a module is replaced by
 * its string, so the event names stay exactly the same and the wrappers go.
 */
function phaserEventNames(): Plugin {
  const marker = '/node_modules/phaser/src/';
  const names = new Map<string, string | null>();
  const nameIn = (file: string): string | null => {
    if (!names.has(file)) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // Not a file (a folder's index, say): left as a require.
      }
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').trim();
      names.set(file, /^module\.exports = '[\w-]*';$/.test(code) ? code.slice('module.exports = '.length, -1) : null);
    }
    return names.get(file) ?? null;
  };
  return {
    name: 'public-profile-phaser-event-names',
    apply: 'build',
    transform(code, id) {
      if (!id.includes(marker) || !code.includes('_EVENT')) return undefined;
      const out = code.replace(
        /require\('(\.{1,2}\/[\w./]+_EVENT)(\.js)?'\)/g,
        (whole, rel: string) => nameIn(path.resolve(path.dirname(id), `${rel}.js`)) ?? whole,
      );
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

const phaserStubDir = fileURLToPath(new URL('./src/game/phaser-stubs/', import.meta.url));

/**
 * Parts of Phaser's source that its core loads but the game never uses, each swapped for a small stand-in
 * (src/game/phaser-stubs/; the list and reasons are in the README's Speed section). Keyed by the module's
 * path under phaser/src/. A stubbed part that is used anyway throws, naming the stub.
 */
const PHASER_STUBS: Record<string, string> = {
  'animations/AnimationManager.js': 'animation-manager.cjs',
  'input/InputManager.js': 'input-manager.cjs',
  'core/DebugHeader.js': 'debug-header.cjs',
  'cameras/2d/effects/index.js': 'camera-effects.cjs',
  'gameobjects/components/FilterList.js': 'filter-list.cjs',
  'gameobjects/components/PathFollower.js': 'path-follower.cjs',
  'gameobjects/layer/Layer.js': 'layer.cjs',
  'gameobjects/tilesprite/TileSprite.js': 'tile-sprite.cjs',
  'textures/DynamicTexture.js': 'dynamic-texture.cjs',
  'textures/parsers/index.js': 'texture-parsers.cjs',
  'math/index.js': 'math.cjs',
  'tweens/tween/TweenChain.js': 'tween-chain.cjs',
  'tweens/builders/TweenChainBuilder.js': 'tween-builder.cjs',
  'tweens/builders/StaggerBuilder.js': 'tween-builder.cjs',
  'renderer/snapshot/CanvasSnapshot.js': 'canvas-snapshot.cjs',
  'utils/array/index.js': 'array-utils.cjs',
  'math/easing/EaseMap.js': 'ease-map.cjs',
  'tweens/builders/GetInterpolationFunction.js': 'interpolation.cjs',
  'tweens/tween/TweenFrameData.js': 'tween-frame-data.cjs',
  'geom/line/Line.js': 'rectangle-extras.cjs',
  'geom/rectangle/GetPoints.js': 'rectangle-extras.cjs',
  'geom/rectangle/Random.js': 'rectangle-extras.cjs',
  'device/Audio.js': 'device-media.cjs',
  'device/Video.js': 'device-media.cjs',
  'renderer/webgl/wrappers/WebGLTextureWrapper.js': 'webgl-texture-wrapper.cjs',
  'tweens/builders/NumberTweenBuilder.js': 'number-tween.cjs',
  'dom/CreateDOMContainer.js': 'dom-container.cjs',
};

// The last part of each stubbed module's path ('math' for math/index.js): only imports ending so are resolved.
const lastPart = (file: string) =>
  file
    .replace(/(\/index)?\.js$|\/$/, '')
    .split('/')
    .pop();

function phaserStubs(): Plugin {
  const marker = '/node_modules/phaser/src/';
  const names = new Set(Object.keys(PHASER_STUBS).map(lastPart));
  return {
    name: 'public-profile-phaser-stubs',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // Only Phaser's own imports are swapped (a stub may still load the real module it wraps).
      if (!importer?.includes(marker) || !source.startsWith('.') || !names.has(lastPart(source))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && PHASER_STUBS[resolved.id.slice(resolved.id.indexOf(marker) + marker.length)];
      return stub ? phaserStubDir + stub : null;
    },
  };
}

/**
 * The built page may load nothing from anywhere but its own origin: the browser enforces it. (Dev mode
 * keeps Vite's own inline client and websocket, so it gets no policy.) The policy and the headers a host
 * should send live in hosting/security-headers.ts, the one source for this config and the hosting files.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'public-profile-csp',
    apply: 'build',
    // The single file's scripts are inlined after this runs: `npm run package` turns this placeholder into
    // the policy, with their hashes.
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { [singleFile ? 'data-policy-to-be' : 'http-equiv']: 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Inlines the start-up watch before the game's script (in dev too; the built page allows it by hash). */
function bootWatch(): Plugin {
  return {
    name: 'public-profile-boot-watch',
    transformIndexHtml: () => [{ tag: 'script', children: BOOT_WATCH, injectTo: 'body-prepend' }],
  };
}

/**
 * Start fetching the drawn phone's code (Phaser, the game's scenes, the phone) with the page, so it has
 * arrived when main.ts imports it, after the first text. A plain preload only fetches: a modulepreload also
 * compiled Phaser while the entry ran, which made the first text ~55% later (interleaved cold loads with
 * `npm run bench`'s pages: first text 1.70× the plain ink page with this preload, 2.65× with modulepreload,
 * 1.69× with none; first frame 1.60×, 1.93× and 1.88× the bare Phaser page). The stories are not preloaded:
 * each is fetched when it is opened (the menu needs only their titles, which are in the entry).
 */
function preloadGraphics(): Plugin {
  return {
    name: 'public-profile-preload-graphics',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const entry = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/game/start-game.ts'));
        if (entry?.type !== 'chunk') return [];
        // Its imports but the entry (loaded already): Phaser, the phone; Phaser first, the largest.
        // (A chunk the entry imports itself is already fetched, by a modulepreload: a plain preload too would fetch it twice.)
        const loaded = new Set(Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' && c.isEntry ? c.imports : [])));
        const deps = entry.imports.filter((f) => {
          const c = ctx.bundle?.[f];
          return c?.type === 'chunk' && !c.isEntry && !loaded.has(f);
        });
        const files = [...deps.filter((f) => /\/phaser-/.test(f)), entry.fileName, ...deps.filter((f) => !/\/phaser-/.test(f))];
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `./${file}` },
          injectTo: 'body' as const,
        }));
      },
    },
  };
}

/**
 * A story opened by a link (`?play=`) is fetched with the page, not after the entry has run: the build's list
 * of story chunks goes into index.html as a JSON data block, and a tiny inline script at the top of the page
 * (src/ui/linked-story.ts) adds a modulepreload for the linked one. Before, its request went out only once
 * main.ts started, after the entry had arrived, been compiled and run.
 */
function linkedStoryPreload(): Plugin {
  return {
    name: 'public-profile-preload-linked-story',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks: Record<string, string> = {};
        for (const c of Object.values(ctx.bundle)) {
          if (c.type === 'chunk' && c.facadeModuleId?.endsWith('.ink')) chunks[scenarioId(c.facadeModuleId)] = `./${c.fileName}`;
        }
        // Just before the entry's own script: after the policy, and before the stylesheet (an inline script after
        // a stylesheet waits for it). The JSON with '<' escaped, so no name could close its element.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('preloadLinkedStory: the built page has no module script');
        const list = JSON.stringify(chunks).replace(/</g, '\\u003c');
        const tags = `<script type="application/json" id="${STORY_CHUNKS_ID}">${list}</script>\n    <script>${LINKED_STORY}</script>\n    `;
        return html.slice(0, at) + tags + html.slice(at);
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  // assets/ holds what the game ships that is not code; modules import it (hashed names), so no public folder.
  publicDir: false,
  // PUBLIC_PROFILE_STORIES builds another folder of stories (the end-to-end tests' fixture story).
  plugins: [
    inkPlugin({ storiesDir: process.env.PUBLIC_PROFILE_STORIES || 'stories' }),
    phaserFlags(),
    phaserStubs(),
    phaserEventNames(),
    contentSecurityPolicy(),
    bootWatch(),
    ...(singleFile ? [viteSingleFile({ removeViteModuleLoader: true })] : [preloadGraphics(), linkedStoryPreload()]),
  ],
  resolve: {
    // The production build uses our trimmed Phaser; the dev server uses the prebuilt package (same API,
    // and the game asks for the Canvas renderer either way), so Vite need not pre-bundle Phaser's source.
    // Howler's core alone: its package's main file adds the spatial audio plugin (stereo panning, 3D
    // positions), which the game never uses (1.4 kB gzipped, fetched before the first choice).
    alias: [...(command === 'build' ? [{ find: /^phaser$/, replacement: phaserBuild }] : []), { find: /^howler$/, replacement: howlerCore }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: singleFile
      ? {}
      : {
          output: {
            codeSplitting: {
              groups: [
                // Phaser in its own chunk: it loads after the story text is on screen.
                { name: 'phaser', test: /node_modules[\\/]phaser|phaser-build|phaser-stubs/ },
                // Howler's core keeps the chunk name the tests and the bench look for (howler-*.js).
                { name: 'howler', test: /node_modules[\\/]howler[\\/]/ },
                // Everything the entry imports statically, in the entry: left to itself the bundler put the few
                // modules the entry shares with later chunks (guards, standards, the phone's pieces, its own
                // runtime) in four small chunks of their own, four more requests before the first text.
                { name: 'index', tags: ['$initial'] },
              ],
            },
          },
        },
  },
  server: { port: 5173 },
  // What `npm start` serves sends the headers a host should (frame-ancestors above all: see hosting/).
  preview: { port: 4173, headers: securityHeaders() },
}));
