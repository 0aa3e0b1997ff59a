/** Turns the build's scenario list into the core's catalogue: each entry loads its compiled JSON lazily. */
import { Story } from 'inkjs';
import type { ScenarioEntry } from '../core/app/app.ts';
import { isRecord } from '../core/guards.ts';
import { retry } from '../core/lazy.ts';
import { chunk } from './chunks.ts';
import type { ScenarioMeta } from '../core/story/session.ts';
import type { InkStoryLike } from '../core/story/story-runner.ts';
import { asRoadMap, type RoadMap } from '../core/teaching/road-map.ts';
import { inkTexts, resolveRoadMapRefs } from '../core/teaching/road-map-refs.ts';

export interface BuiltScenario {
  meta: ScenarioMeta;
  /**
   * The story's chunk: the compiled ink JSON (default), the map of the road not taken (made by the build from the
   * checker's walk, its words as references to the JSON's text entries: road-map-refs.ts) and the story's reflection prompts (kept out of the menu's metadata: the debrief reads them
   * from `meta.reflect`, filled in here when the story is loaded).
   */
  story: () => Promise<{ default: unknown; map?: unknown; reflect?: unknown }>;
}

export function toCatalogue(built: readonly BuiltScenario[]): ScenarioEntry[] {
  return built.map(({ meta, story: storyChunk }) => ({
    meta,
    roadMap: async (): Promise<RoadMap> => {
      // The map's words are references to the story's own text entries: resolved here, once per call.
      const loaded = await retry(chunk(storyChunk));
      return asRoadMap(resolveRoadMapRefs(loaded.map, inkTexts(loaded.default)));
    },
    load: async (): Promise<InkStoryLike> => {
      // The story's chunk: retried with backoff if the network drops (a failure is never kept).
      const loaded = await retry(chunk(storyChunk));
      const data = loaded.default;
      if (meta.reflect === undefined && Array.isArray(loaded.reflect)) meta.reflect = loaded.reflect.filter((r): r is string => typeof r === 'string');
      performance.mark('pp:story-fetched');
      if (!isRecord(data)) throw new Error('the compiled story is not an ink JSON object');
      const story = new Story(data);
      performance.mark('pp:story-ready');
      return story;
    },
  }));
}
