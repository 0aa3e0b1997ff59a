// npm run coverage: prints the teaching coverage matrix (item × scenario), the judgement balance and the
// walk counts for the scenarios in stories/. Loads the TypeScript sources through Vite's module runner.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(path.join(root, 'src/story-tools/coverage-report.ts'), { root, configFile: false, logLevel: 'error' });
const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'stories');
const { text, report, checks } = module.storiesCoverage(dir);
console.log(text);
const broken = checks.filter((c) => !c.ok);
for (const c of broken) console.error(`\n${path.relative(root, c.file)} has errors: run npm run check:stories`);
const share = report.decisionPoints ? report.openBetter / report.decisionPoints : 0;
if (report.short.length || share < 0.3 || broken.length) process.exitCode = 1;
