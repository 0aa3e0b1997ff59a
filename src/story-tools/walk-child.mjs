// A child process of walk-warm.ts: checks (and so walks and caches) each story file it is sent, one at a
// time, and says when each is done. Loads the TypeScript sources through Vite's module runner.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { module } = await runnerImport(path.join(root, 'src/story-tools/stories.ts'), { root, configFile: false, logLevel: 'error' });
process.on('message', (message) => {
  if (!message?.file) return;
  try {
    module.checkStory(message.file, { cache: true });
  } catch (error) {
    console.error(`walking ${message.file} failed: ${error?.message ?? error}`);
  }
  process.send({ done: message.file });
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
