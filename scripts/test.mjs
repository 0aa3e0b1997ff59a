// npm test: every check, stopping at the first that fails (with its exit code), then each stage's time and
// the total. Stages: type-check, lint (when package.json has a "lint" script), unit and content tests,
// production build, end-to-end tests in Chromium.
// Two lanes at once, as nothing in one needs the other: type-check → unit and content tests → lint (their
// output held and printed stage by stage as each ends), and build → end-to-end (printed as it goes). The
// end-to-end tests are the longest stage and need only the build, so they start at once, not after the
// type-check and lint (about 35 CPU-seconds together, some 40 s of wall time on a busy 2-core machine); the
// other lane's stages fill the time the browser waits. A failure in either lane stops the other.
// The walks of the stories are cached (src/story-tools/walk-cache.ts), so they are done once per run at most.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The wall time npm test should stay within on the project's 2-core machine (a figure, not a test). */
const BUDGET_SECONDS = 180;

const stages = [
  { name: 'type-check', lane: 'checks', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'unit + content', lane: 'checks', command: [bin('vitest'), 'run'] },
  // oxlint (type-aware), Prettier and the core type-check without DOM types: see package.json "lint".
  { name: 'lint', lane: 'checks', command: [npm, 'run', '--silent', 'lint'], skip: scripts.lint ? undefined : 'no "lint" script in package.json' },
  { name: 'build', command: [bin('vite'), 'build'] },
  { name: 'e2e', command: [bin('vitest'), 'run', '-c', 'vitest.e2e.config.ts'] },
];

/** Children still running, so a failure (or Ctrl-C) can stop them. */
const running = new Set();
let stopping = false;
const stopAll = (signal = 'SIGTERM') => {
  stopping = true;
  for (const child of running) child.kill(signal);
};
process.on('SIGINT', () => stopAll('SIGINT')).on('SIGTERM', () => stopAll('SIGTERM'));

/** Run a command; `held` collects its output instead of printing it. Resolves with its exit code. */
function run([command, ...args], held) {
  return new Promise((resolve) => {
    if (stopping) return resolve(130);
    const child = spawn(command, args, {
      cwd: root,
      stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: held ? { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } : process.env,
    });
    running.add(child);
    if (held) {
      child.stdout.on('data', (chunk) => held.push(chunk));
      child.stderr.on('data', (chunk) => held.push(chunk));
    }
    child.on('error', (error) => {
      running.delete(child);
      console.error(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

const results = new Map();
const started = performance.now();
let exitCode = 0;

/** The stages of one lane, in order; stops at the first failure and stops the other lane too. */
async function lane(list, holdOutput) {
  for (const stage of list) {
    if (stage.skip) {
      results.set(stage.name, { seconds: undefined, status: `skipped (${stage.skip})` });
      continue;
    }
    if (stopping) return;
    const shown = stage.command.map((a) => path.relative(root, a) || a).join(' ');
    const held = holdOutput ? [] : undefined;
    if (!held) console.log(`\n▶ ${stage.name}: ${shown}`);
    else console.log(`\n▶ ${stage.name}: ${shown} (alongside the other stages; its output follows when it ends)`);
    const t0 = performance.now();
    // oxlint-disable-next-line eslint/no-await-in-loop -- a lane's stages run one after another, stopping at the first failure
    const code = await run(stage.command, held);
    const seconds = (performance.now() - t0) / 1000;
    if (held) {
      console.log(`\n▶ ${stage.name} (output):`);
      process.stdout.write(Buffer.concat(held));
    }
    if (stopping && code !== 0) {
      results.set(stage.name, { seconds, status: 'stopped (another stage failed)' });
      return;
    }
    results.set(stage.name, { seconds, status: code === 0 ? 'ok' : `FAILED (exit code ${code})` });
    if (code !== 0) {
      exitCode ||= code;
      stopAll();
      return;
    }
  }
}

await Promise.all([
  lane(
    stages.filter((s) => s.lane === 'checks'),
    true,
  ),
  lane(
    stages.filter((s) => s.lane !== 'checks'),
    false,
  ),
]);
const total = (performance.now() - started) / 1000;
for (const stage of stages) if (!results.has(stage.name)) results.set(stage.name, { seconds: undefined, status: 'not run' });

const width = Math.max(...stages.map((s) => s.name.length));
console.log('\nnpm test, seconds per stage (type-check, unit + content and lint run alongside build and e2e, so the stages add up to more than the total):');
for (const { name } of stages) {
  const r = results.get(name);
  console.log(`  ${name.padEnd(width)}  ${r.seconds === undefined ? '     —' : r.seconds.toFixed(1).padStart(6)}  ${r.status}`);
}
const load = os.loadavg()[0];
const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(
  `  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)}  ${exitCode === 0 ? `passed; ${total <= BUDGET_SECONDS ? 'within' : 'OVER'} the ${BUDGET_SECONDS} s budget` : 'failed'} (${cores} cores, load average ${load.toFixed(2)} at the end)`,
);
process.exitCode = exitCode;
