/**
 * Turns inkjs output into plain typed data. The ink Story is handed in (any object with this shape), so the
 * core never imports a renderer, the DOM or even the ink compiler.
 */
import { parseTags, isTagError, type ParsedTag } from './tags.ts';
import { readAllTags, readTag, type EndingValue, type StandardImpact } from './tag-specs.ts';
import type { PhoneControl } from '../phone/controls.ts';

export interface InkChoiceLike {
  text: string;
  index: number;
  tags: string[] | null;
}

/** The part of ink's variablesState the game uses (optional: a story without variables needs none). */
export interface InkVariablesLike {
  $(name: string): unknown;
  $(name: string, value: string | number | boolean): void;
  GlobalVariableExistsWithName(name: string): boolean;
}

export interface InkStoryLike {
  readonly variablesState?: InkVariablesLike;
  readonly canContinue: boolean;
  Continue(): string | null;
  readonly currentTags: string[] | null;
  readonly currentChoices: InkChoiceLike[];
  ChooseChoiceIndex(index: number): void;
  readonly globalTags: string[] | null;
  ResetState(): void;
}

export interface StoryLine {
  /** Text with surrounding whitespace trimmed; '' for a line that only carried tags. */
  text: string;
  tags: ParsedTag[];
  /** Tags that could not be parsed at all (the linter reports these with file and line). */
  tagErrors: string[];
  feedback: boolean;
  discuss: string | undefined;
  ending: EndingValue | undefined;
}

export interface StoryChoice {
  index: number;
  text: string;
  tags: ParsedTag[];
  impacts: StandardImpact[];
  /** The control on the drawn phone bound to this choice (`#phone:`), if any. */
  phone?: PhoneControl | undefined;
}

export interface StoryStep {
  lines: StoryLine[];
  choices: StoryChoice[];
  /** Set when a line in this step carried #ending. */
  ending: EndingValue | undefined;
  /** No more content and no choices. */
  finished: boolean;
}

function splitParsed(raw: readonly string[] | null): { tags: ParsedTag[]; tagErrors: string[] } {
  const tags: ParsedTag[] = [];
  const tagErrors: string[] = [];
  for (const t of parseTags(raw)) {
    if (isTagError(t)) tagErrors.push(t.error);
    else tags.push(t);
  }
  return { tags, tagErrors };
}

export function toLine(text: string, rawTags: readonly string[] | null): StoryLine {
  const { tags, tagErrors } = splitParsed(rawTags);
  return {
    text: text.trim(),
    tags,
    tagErrors,
    feedback: tags.some((t) => t.key === 'feedback'),
    discuss: readTag(tags, 'discuss'),
    ending: readTag(tags, 'ending'),
  };
}

export function toChoice(choice: InkChoiceLike): StoryChoice {
  const { tags } = splitParsed(choice.tags);
  const phone = readTag(tags, 'phone');
  return {
    index: choice.index,
    text: choice.text.trim(),
    tags,
    impacts: readAllTags(tags, 'hcpc'),
    ...(phone ? { phone } : {}),
  };
}

export class StoryRunner {
  constructor(private readonly story: InkStoryLike) {}

  /** The tags at the top of the file, parsed. */
  globalTags(): ParsedTag[] {
    return splitParsed(this.story.globalTags).tags;
  }

  /** Continue until the story waits for a choice or finishes; keep each line's own tags. */
  continue(maxLines = 10_000): StoryStep {
    const lines: StoryLine[] = [];
    let ending: EndingValue | undefined;
    let guard = 0;
    while (this.story.canContinue) {
      if (++guard > maxLines) throw new Error(`the story produced more than ${maxLines} lines without a choice (a loop?)`);
      const text = this.story.Continue() ?? '';
      const line = toLine(text, this.story.currentTags);
      // Lines that are only tags (top-of-file tags, a tag before -> END) keep their tags.
      if (line.text === '' && line.tags.length === 0 && line.tagErrors.length === 0) continue;
      lines.push(line);
      if (line.ending) ending = line.ending;
    }
    const choices = this.story.currentChoices.map(toChoice);
    return { lines, choices, ending, finished: choices.length === 0 };
  }

  /** The story's global variables with these names, for those it declares. */
  readVariables(names: readonly string[]): Record<string, string | number | boolean> {
    const vars = this.story.variablesState;
    const out: Record<string, string | number | boolean> = {};
    if (!vars) return out;
    for (const name of names) {
      if (!vars.GlobalVariableExistsWithName(name)) continue;
      const value = vars.$(name);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = value;
    }
    return out;
  }

  /** Set the story's global variables it declares (`VAR`); names it does not declare are skipped. Returns the names set. */
  setVariables(values: Readonly<Record<string, string | number | boolean>>): string[] {
    const vars = this.story.variablesState;
    if (!vars) return [];
    const set: string[] = [];
    for (const [name, value] of Object.entries(values)) {
      if (!vars.GlobalVariableExistsWithName(name)) continue;
      vars.$(name, value);
      set.push(name);
    }
    return set;
  }

  choose(index: number): StoryStep {
    const available = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= available) {
      throw new RangeError(`choice ${index} is not available (there are ${available})`);
    }
    this.story.ChooseChoiceIndex(index);
    return this.continue();
  }
}
