// npm run coverage: prints the teaching coverage matrix (item × scenario), the judgement balance and the
// walk counts for the scenarios in stories/. Loads the TypeScript sources through Vite's module runner.
// Walks come from the shared walk cache (src/story-tools/walk-cache.ts) when the stories are unchanged.
// The minimums (every item met twice, the open option better in 30% of decisions) are judged over the
// shipped scenarios by name; any other story is printed, and only has to pass the checker.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = async (file) => (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'error' })).module;
const [module, stories, warm] = await Promise.all(
  ['src/story-tools/coverage-report.ts', 'src/story-tools/stories.ts', 'src/story-tools/walk-warm.ts'].map(load),
);
const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'stories');
// Walks not cached yet: side by side, one per core.
await warm.warmWalkCache(stories.findStories(dir));
const all = module.storiesCoverage(dir);
console.log(all.text);
const broken = all.checks.filter((c) => !c.ok);
for (const c of broken) console.error(`\n${path.relative(root, c.file)} has errors: run npm run check:stories`);
const shipped = module.storiesCoverage(dir, undefined, module.SHIPPED_SCENARIOS);
if (shipped.checks.length !== all.checks.length) {
  console.log(`\nThe minimums are judged over the ${shipped.checks.length} shipped scenarios:`);
  console.log(shipped.text.split('\n\nExhaustive walk:')[0]);
}
const { report } = shipped;
const share = report.decisionPoints ? report.openBetter / report.decisionPoints : 0;
if (report.short.length || share < 0.3 || broken.length) process.exitCode = 1;
