// npm test: every check, in order, stopping at the first that fails (with its exit code), then each
// stage's time and the total. Stages: type-check, lint (when package.json has a "lint" script), unit and
// content tests, production build, end-to-end tests in Chromium.
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
  { name: 'type-check', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  // oxlint (type-aware), Prettier and the core type-check without DOM types: see package.json "lint".
  { name: 'lint', command: [npm, 'run', '--silent', 'lint'], skip: scripts.lint ? undefined : 'no "lint" script in package.json' },
  { name: 'unit + content', command: [bin('vitest'), 'run'] },
  { name: 'build', command: [bin('vite'), 'build'] },
  { name: 'e2e', command: [bin('vitest'), 'run', '-c', 'vitest.e2e.config.ts'] },
];

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

const results = [];
const started = performance.now();
let exitCode = 0;
for (const stage of stages) {
  if (stage.skip) {
    results.push({ name: stage.name, seconds: undefined, status: `skipped (${stage.skip})` });
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.command.map((a) => path.relative(root, a) || a).join(' ')}`);
  const t0 = performance.now();
  // oxlint-disable-next-line eslint/no-await-in-loop -- the stages run one after another, stopping at the first failure
  const code = await run(stage.command);
  const seconds = (performance.now() - t0) / 1000;
  results.push({ name: stage.name, seconds, status: code === 0 ? 'ok' : `FAILED (exit code ${code})` });
  if (code !== 0) {
    exitCode = code;
    break;
  }
}
const total = (performance.now() - started) / 1000;
for (const stage of stages.slice(results.length)) results.push({ name: stage.name, seconds: undefined, status: 'not run' });

const width = Math.max(...results.map((r) => r.name.length));
console.log('\nnpm test, seconds per stage:');
for (const r of results) console.log(`  ${r.name.padEnd(width)}  ${r.seconds === undefined ? '     —' : r.seconds.toFixed(1).padStart(6)}  ${r.status}`);
const load = os.loadavg()[0];
const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(
  `  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)}  ${exitCode === 0 ? `passed; ${total <= BUDGET_SECONDS ? 'within' : 'OVER'} the ${BUDGET_SECONDS} s budget` : 'failed'} (${cores} cores, load average ${load.toFixed(2)} at the end)`,
);
process.exitCode = exitCode;
