/**
 * The map of the road not taken (solo play): every decision point of a scenario, each option with its
 * consequence's feedback, the standards it touches and the ending levels it can still reach. The map is
 * made from the story itself by the checker's exhaustive walk (src/story-tools/story-walk.ts) when the game
 * is built, never written by hand; here are its types and how the learner's own path is found on it.
 */
import type { EndingLevel, Impact } from './standards.ts';
import { ENDING_LEVELS } from './standards.ts';
import { isRecord } from '../guards.ts';

export interface RoadMapOption {
  text: string;
  impacts: { standard: number; impact: Impact }[];
  /** The #feedback lines that followed the option. */
  feedback: string[];
  /** The ending levels reachable after it, best first. */
  endings: EndingLevel[];
}

export interface RoadMapPoint {
  /** Where it is in the story (the ink path of its choices). */
  id: string;
  /** The #discuss prompt before it, if any. */
  discuss: string | undefined;
  options: RoadMapOption[];
}

export type RoadMap = readonly RoadMapPoint[];

/** Ending levels in ladder order (best first), without repeats. */
export function sortLevels(levels: Iterable<string>): EndingLevel[] {
  const set = new Set(levels);
  return ENDING_LEVELS.filter((l) => set.has(l));
}

/**
 * Where the learner went on the map: for each decision point met, the step and the option taken. A point is
 * recognised by its options: every option offered at that step is one of the point's (options shown only
 * under some conditions may be missing), and the one taken is among them.
 */
export function pathOnMap(
  map: RoadMap,
  offered: readonly { readonly choices: readonly { text: string }[] }[],
  taken: readonly string[],
): Map<number, { step: number; option: number }> {
  const found = new Map<number, { step: number; option: number }>();
  taken.forEach((text, step) => {
    const choices = offered[step]?.choices.map((c) => c.text) ?? [];
    if (choices.length < 2) return;
    const index = map.findIndex((p, i) => !found.has(i) && choices.every((c) => p.options.some((o) => o.text === c)));
    if (index < 0) return;
    const option = map[index]!.options.findIndex((o) => o.text === text);
    if (option >= 0) found.set(index, { step, option });
  });
  return found;
}

const isText = (v: unknown): v is string => typeof v === 'string';

function isOption(v: unknown): v is RoadMapOption {
  return isRecord(v) && isText(v.text) && Array.isArray(v.impacts) && Array.isArray(v.feedback) && v.feedback.every(isText) && Array.isArray(v.endings);
}

function isPoint(v: unknown): v is RoadMapPoint {
  return isRecord(v) && isText(v.id) && Array.isArray(v.options) && v.options.every(isOption);
}

/** The map as the build emitted it, checked: anything malformed is left out rather than trusted. */
export function asRoadMap(data: unknown): RoadMap {
  if (!Array.isArray(data)) throw new Error('the map of the road not taken is not a list');
  return data.filter(isPoint);
}
