/** Turns the build's scenario list into the core's catalogue: each entry loads its compiled JSON lazily. */
import { Story } from 'inkjs';
import type { ScenarioEntry } from '../core/app/app.ts';
import type { ScenarioMeta } from '../core/story/session.ts';
import type { InkStoryLike } from '../core/story/story-runner.ts';

export interface BuiltScenario {
  meta: ScenarioMeta;
  json: () => Promise<unknown>;
}

export function toCatalogue(built: readonly BuiltScenario[]): ScenarioEntry[] {
  return built.map(({ meta, json }) => ({
    meta,
    load: async (): Promise<InkStoryLike> => {
      const data = await json();
      performance.mark('pp:story-fetched');
      const story = new Story(data as ConstructorParameters<typeof Story>[0]);
      performance.mark('pp:story-ready');
      return story;
    },
  }));
}
