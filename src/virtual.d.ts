declare module 'virtual:scenarios' {
  import type { BuiltScenario } from './adapters/story-loader.ts';
  export const scenarios: BuiltScenario[];
  /** Dev server only: problems found in stories/, as "file:line: error: message". Empty in a build. */
  export const storyErrors: string[];
}
declare module '*.ink' {
  const json: unknown;
  export default json;
  /** The map of the road not taken (src/core/teaching/road-map.ts), from the checker's walk. */
  export const map: unknown;
  /** The story's own reflection prompts (#reflect), for the debrief. */
  export const reflect: string[];
}
