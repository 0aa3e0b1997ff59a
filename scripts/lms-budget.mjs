#!/usr/bin/env node
// What a learning platform must hold, per scenario and for the whole game: `node scripts/lms-budget.mjs`
// (also a section of `npm run bench`). Each scenario's play-through with the most to save (the walker's
// longest path), replayed with the longest post the composer allows, written as the game writes it: the
// browser's save, and the LMS record (cmi.suspend_data) against SCORM 1.2's 4,096 and 2004's 64,000 characters.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function measureLmsBudget() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(ROOT, 'src/story-tools/lms-budget.ts'), { root: ROOT, configFile: false, logLevel: 'error' });
  return module.measureLmsBudget(path.join(ROOT, 'stories'));
}

export function formatLmsBudget(m) {
  const lines = [`  ${'scenario'.padEnd(24)} ${'choices'.padStart(7)} ${'LMS record'.padStart(11)} ${'browser save'.padStart(13)}`];
  for (const s of m.scenarios)
    lines.push(`  ${s.id.padEnd(24)} ${String(s.choices).padStart(7)} ${String(s.record).padStart(11)} ${String(s.browserSave).padStart(13)}`);
  const ok = m.wholeGame.fits12 && m.wholeGame.leftOut.length === 0 && m.wholeGame.chars <= m.limits.scorm12;
  lines.push(
    `  whole game (all finished and kept, one open): ${m.wholeGame.chars} characters of SCORM 1.2's ${m.limits.scorm12} (${((100 * m.wholeGame.chars) / m.limits.scorm12).toFixed(0)} %), 2004's ${m.limits.scorm2004} — ${ok ? 'fits, nothing left out' : `DOES NOT FIT (left out: ${m.wholeGame.leftOut.join(', ') || 'everything'})`}`,
    `  (the browser's save holds the longest post as a draft too; its limit is ${m.limits.browserSave}; the LMS record never holds a post's words)`,
  );
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatLmsBudget(await measureLmsBudget()));
}
