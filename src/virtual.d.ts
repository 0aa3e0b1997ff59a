declare module 'virtual:scenarios' {
  import type { BuiltScenario } from './adapters/story-loader.ts';
  export const scenarios: BuiltScenario[];
}
declare module '*.ink' {
  const json: unknown;
  export default json;
}
