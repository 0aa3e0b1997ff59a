/**
 * The HTTP headers a host should send with Public Profile: the one source of truth. `vite preview` (what
 * `npm start` serves and the end-to-end tests use) sends them (vite.config.ts), and the ready-made files for
 * static hosts in this folder (`_headers` for Netlify or Cloudflare Pages, `nginx.conf` for nginx) are
 * rendered from here; tests/unit/hosting-headers.test.ts fails when a file has drifted
 * (`UPDATE_HOSTING=1 npx vitest run tests/unit/hosting-headers.test.ts` rewrites them).
 *
 * Framing: `frame-ancestors 'self'` stops another origin framing the game (clickjacking); a `<meta>` policy
 * cannot say it, only a header. A council's learning platform that launches the game in a frame from its
 * own origin must be added to `frame-ancestors` (the files carry a commented line for it). There is no
 * JavaScript frame-buster: it would break that legitimate embedding and the header already does the job.
 */

import { createHash } from 'node:crypto';
import { bootWatchScript } from '../src/ui/boot-watch.ts';
import { linkedStoryScript } from '../src/ui/linked-story.ts';

/** The start-up watch (src/ui/boot-watch.ts): inlined into index.html, so it runs even if the game's script never arrives. */
export const BOOT_WATCH = bootWatchScript();
/** The head start for a story opened by a link (src/ui/linked-story.ts): inlined at the top of index.html. */
export const LINKED_STORY = linkedStoryScript();
const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
/** The two inline scripts the policy allows, by their hashes. */
export const BOOT_WATCH_HASH = sha256(BOOT_WATCH);
export const LINKED_STORY_HASH = sha256(LINKED_STORY);

/** The page may load nothing from anywhere but its own origin (as the `<meta>` policy in the built index.html). */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_WATCH_HASH} ${LINKED_STORY_HASH}`, // only our files, and the two inline scripts whose hashes these are
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self'", // Howler fetches our WAVs and decodes them with Web Audio: no data: or blob: needed
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // No string ever becomes markup or script: the code builds elements, and the libraries need no sink either.
  "require-trusted-types-for 'script'",
];

/** The policy for the `<meta>` tag: everything but what only a header can carry. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

/**
 * Features the game never uses, denied to it and to anything it could frame. (It uses full screen and the
 * screen wake lock on the projector, so those stay allowed for its own origin.)
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
].join(', ');

/** The headers, in order. `frameAncestors`: origins besides the game's own that may frame it (an LMS). */
export function securityHeaders(frameAncestors: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': `${META_CONTENT_SECURITY_POLICY}; frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

const LMS = 'https://lms.example.org';
const HEADER = `Generated from hosting/security-headers.ts: edit that, then UPDATE_HOSTING=1 npx vitest run tests/unit/hosting-headers.test.ts`;
const LMS_NOTE = `To let a learning platform (LMS) frame the game, add its origin to frame-ancestors, e.g. by using the commented line instead:`;

/** `_headers` for Netlify and Cloudflare Pages. */
export function netlifyHeaders(): string {
  const lines = [`# ${HEADER}`, `# ${LMS_NOTE}`, '/*'];
  for (const [name, value] of Object.entries(securityHeaders())) {
    if (name === 'Content-Security-Policy') lines.push(`#  ${name}: ${securityHeaders([LMS])[name]}`);
    lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An nginx snippet: `include` it in the `server` or `location` block that serves dist/. */
export function nginxHeaders(): string {
  const lines = [`# ${HEADER}`, '# Include this in the server or location block that serves dist/.', `# ${LMS_NOTE}`];
  for (const [name, value] of Object.entries(securityHeaders())) {
    if (name === 'Content-Security-Policy') lines.push(`# add_header ${name} "${securityHeaders([LMS])[name]}" always;`);
    lines.push(`add_header ${name} "${value}" always;`);
  }
  return `${lines.join('\n')}\n`;
}

/** Each ready-made file in hosting/ and what it must hold. */
export const HOSTING_FILES: Record<string, () => string> = { _headers: netlifyHeaders, 'nginx.conf': nginxHeaders };
