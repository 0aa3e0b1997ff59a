// npm run package: the game for a learning platform (LMS) and for a USB stick, into package/ (or --out).
//   public-profile-scorm12.zip, public-profile-scorm2004.zip   the whole game (menu and every scenario), one SCO
//   public-profile-<scenario>-scorm12.zip / -scorm2004.zip     with --per-scenario: one package per scenario
//   public-profile-offline.html                                 one file that plays from file:// with no network
// Options: --per-scenario (or --per-scenario=id,id for some); --complete=all|N|id,id (the whole-game package's completion rule, default all);
// --from=DIR (package an existing production build instead of building; npm test packages dist/ this way);
// --no-single (skip the single file); --out=DIR. The SCORM packages are made from one production build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const known = new Set(['per-scenario', 'complete', 'from', 'no-single', 'out']);
for (const key of args.keys()) {
  if (!known.has(key)) {
    console.error(`npm run package: unknown option --${key} (known: ${[...known].map((k) => `--${k}`).join(', ')})`);
    process.exit(2);
  }
}
const out = path.resolve(root, args.get('out') ?? 'package');
const complete = args.get('complete') ?? 'all';
if (!/^(all|\d{1,3}|[a-z0-9-]+(,[a-z0-9-]+)*)$/.test(complete)) {
  console.error(`npm run package: --complete takes all, a number, or scenario ids separated by commas (got "${complete}")`);
  process.exit(2);
}

function vite(env, outDir) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`npm run package: the build failed (exit code ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

/** Every file under dir, as paths relative to it with forward slashes. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .toSorted((a, b) => a.localeCompare(b));
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The scenarios the build holds: every story in stories/ (as the build finds them), with its #title. */
function scenariosOf() {
  const dir = path.join(root, process.env.PUBLIC_PROFILE_STORIES || 'stories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .toSorted()
    .map((f) => ({ id: f.slice(0, -4), title: /^#\s*title:\s*(.+)$/m.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]?.trim() ?? f.slice(0, -4) }));
}

/**
 * The manifest an LMS reads. `parameters` (IMS CP) adds the version and, for one scenario, which to play to
 * the launch link; the same goes in launch data (`adlcp:datafromlms`), for platforms that drop parameters.
 */
function manifest(version, { id, title, files, launchData, parameters }) {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  // The two versions differ in their namespaces, schema version and the case of two ADL names.
  const v12 = version === '1.2';
  const head = v12
    ? `<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`
    : `<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`;
  const dataFromLms = v12 ? 'adlcp:datafromlms' : 'adlcp:dataFromLMS';
  const scormType = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  return `<?xml version="1.0" encoding="UTF-8"?>
${head}
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v12 ? '1.2' : '2004 4th Edition'}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true" parameters="${xml(parameters)}">
        <title>${xml(title)}</title>
        <${dataFromLms}>${xml(launchData)}</${dataFromLms}>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${scormType}="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

function zipPackage(buildDir, files, manifestText, target) {
  const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifestText) };
  for (const f of files) entries[f] = readFileSync(path.join(buildDir, f));
  const zipped = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(target, zipped);
  return target;
}

/** The single file's policy: its inline scripts allowed by hash, its inlined fonts and sounds by `data:`. */
function singleFilePolicy(html) {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  const placeholder = /(<meta )data-policy-to-be(="Content-Security-Policy" content=")([^"]*)(")/;
  if (!placeholder.test(html)) throw new Error('the single file has no policy placeholder (see contentSecurityPolicy in vite.config.ts)');
  return html.replace(placeholder, (_m, meta, open, policy, close) => {
    const next = policy
      .replace(/&#39;/g, "'")
      .replace(/script-src [^;]*/, `script-src ${hashes.join(' ')}`)
      .replace(/font-src [^;]*/, (d) => `${d} data:`)
      .replace(/media-src [^;]*/, (d) => `${d} data:`)
      .replace(/'/g, '&#39;');
    return `${meta}http-equiv${open}${next}${close}`;
  });
}

const scenarios = scenariosOf();
const only = !args.has('per-scenario') || args.get('per-scenario') === 'true' ? undefined : args.get('per-scenario').split(',');
const unknownIds = only?.filter((id) => !scenarios.some((s) => s.id === id)) ?? [];
if (unknownIds.length) {
  console.error(`npm run package: no scenario called ${unknownIds.join(', ')} (there are ${scenarios.map((s) => s.id).join(', ')})`);
  process.exit(2);
}
const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const buildDir = args.has('from') ? path.resolve(root, args.get('from')) : path.join(out, 'build');
if (!args.has('from')) vite({}, buildDir);
const files = filesUnder(buildDir);
const made = [];
for (const version of ['1.2', '2004']) {
  const tag = version === '1.2' ? 'scorm12' : 'scorm2004';
  made.push(
    zipPackage(
      buildDir,
      files,
      manifest(version, { id: `public-profile-${tag}`, title: 'Public Profile', files, launchData: `complete=${complete}`, parameters: `?scorm=${version}` }),
      path.join(out, `public-profile-${tag}.zip`),
    ),
  );
  if (args.has('per-scenario')) {
    for (const s of scenarios.filter((sc) => !only || only.includes(sc.id))) {
      made.push(
        zipPackage(
          buildDir,
          files,
          manifest(version, {
            id: `public-profile-${s.id}-${tag}`,
            title: `Public Profile: ${s.title}`,
            files,
            launchData: `complete=${s.id};play=${s.id}`,
            parameters: `?scorm=${version}&play=${s.id}`,
          }),
          path.join(out, `public-profile-${s.id}-${tag}.zip`),
        ),
      );
    }
  }
}
if (!args.has('no-single')) {
  const singleDir = path.join(out, 'single');
  vite({ PUBLIC_PROFILE_SINGLE_FILE: '1' }, singleDir);
  const html = singleFilePolicy(readFileSync(path.join(singleDir, 'index.html'), 'utf8'));
  const target = path.join(out, 'public-profile-offline.html');
  writeFileSync(target, html);
  rmSync(singleDir, { recursive: true, force: true });
  made.push(target);
}
if (!args.has('from')) rmSync(buildDir, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`\nPackages in ${path.relative(root, out) || '.'}/ (${((performance.now() - started) / 1000).toFixed(1)} s):`);
for (const file of made) console.log(`  ${path.basename(file).padEnd(52)} ${kb(statSync(file).size).padStart(8)}`);
console.log(`Whole-game completion rule: complete=${complete} (${scenarios.length} scenarios: ${scenarios.map((s) => s.id).join(', ')})`);
