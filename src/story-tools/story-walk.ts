/**
 * Exhaustive walk of a compiled story: every choice from every reachable choice point, with states
 * de-duplicated, so we can prove there is no dead end, every path ends with an #ending, and no runtime
 * error occurs. Uses the core's StoryRunner, so it reads tags exactly as the game does.
 */
import type { Story } from 'inkjs/full';
import { StoryRunner, type StoryStep } from '../core/story/story-runner.ts';
import { applyCue, cuesFromTags, INITIAL_PHONE, type PhoneState } from '../core/phone/phone.ts';
import { controlsOnScreen } from '../core/phone/controls.ts';
import { formAssignments, SETTING_VARIABLES } from '../core/phone/piece-variables.ts';
import { formVariants, type FormValues, type PieceForm } from '../core/phone/pieces.ts';
import { postContext } from '../core/story/session.ts';
import { analysePost } from '../core/post-check/analyser.ts';
import { providePostChecker } from '../core/post-check/checker.ts';

// In node the post checker is simply loaded with the walker.
providePostChecker(analysePost);
import type { Diagnostic } from './ink-compile.ts';
import { choiceScore, type DecisionPointFacts } from '../core/teaching/coverage.ts';
import { readAllTags, readTag } from '../core/story/tag-specs.ts';
import { messageOf } from '../core/errors.ts';
import { sortLevels, type RoadMapPoint } from '../core/teaching/road-map.ts';

export interface WalkOptions {
  /** Stop (and report) after this many distinct choice points. */
  maxStates?: number;
}

export interface EndingReach {
  level: string;
  title: string;
  /** Times this ending was reached from distinct states. */
  arrivals: number;
}

export interface WalkResult {
  /** Distinct choice points visited. */
  states: number;
  /** Choices taken (edges explored). */
  choices: number;
  /** Distinct complete play-throughs (Infinity when the story loops). */
  paths: number;
  endings: EndingReach[];
  diagnostics: Diagnostic[];
  truncated: boolean;
  /**
   * Decision points (choice points with two or more options, at least one scored with #hcpc), merged
   * across every state in which they were met. `scenario` is left empty for the caller to fill.
   */
  decisionPoints: DecisionPointFacts[];
  /** Options at a decision point after which no #feedback line came before the next choice point. */
  missingFeedback: { line: number | undefined; choice: string }[];
  /** Whether any line carried #support / #hate-page (wellbeing checks). */
  usesSupport: boolean;
  usesHatePage: boolean;
  /** The fewest decision points met on any complete play-through. */
  fewestDecisions: number;
  /**
   * The play-through with the most to save: the most choices, and the most form fields filled on the way
   * (choice index and form values per step). What a learning platform's 4,096 characters must hold.
   */
  longestPath: { choices: number[]; inputs: Record<number, FormValues> };
  /**
   * The map of the road not taken: each decision point (in the order the walk met them) with each option's
   * standards, feedback and the ending levels reachable after it, merged across every state it was met in.
   */
  map: RoadMapPoint[];
}

interface Node {
  json: string;
  /** The texts of the choices offered here (their number is how many edges to explore). */
  choices: string[];
  /** Forms the phone has open at this choice point, and the inputs the walker tries in them. */
  forms: PieceForm[];
  variants: FormValues[];
  edges: string[];
  line: number | undefined;
  /** Set when this choice point is a decision point. */
  decision: string | undefined;
  /** Each choice's own standards (#hcpc on the choice). */
  impacts: { standard: number; impact: 'upheld' | 'risk' | 'breach' }[][];
  /** The phone as first drawn at this choice point (the walk goes on from it). */
  phone: PhoneState;
  /** For a decision point: each choice's feedback and where it led (one edge per form variant). */
  taken: { choice: number; feedback: string[]; impacts: { standard: number; impact: 'upheld' | 'risk' | 'breach' }[]; edge: string }[];
}

const TERMINAL = 'END:';

/** Visit counts above this are treated as equal, so a loop back to a hub converges instead of growing. */
const VISIT_CAP = 4;

/** The story's setting variables as form values: a form field holds text or a switch, never a number. */
function formValues(vars: Record<string, string | number | boolean>): FormValues {
  return Object.fromEntries(Object.entries(vars).filter((e): e is [string, string | boolean] => typeof e[1] !== 'number'));
}

/**
 * State JSON minus turn counters and with visit counts capped, so the same situation reached by different
 * routes counts once. (Stories that test TURNS_SINCE or visit counts above the cap may be under-explored.)
 */
function stateKey(json: string): string {
  const state: InkStateJson = JSON.parse(json);
  delete state.turnIndices;
  delete state.turnIdx;
  const visits = state.visitCounts;
  if (visits) for (const [k, n] of Object.entries(visits)) visits[k] = Math.min(n, VISIT_CAP);
  // Thread numbers only ever grow; renumber them in order of appearance.
  for (const flow of Object.values(state.flows ?? {})) {
    const ids = new Map<number, number>();
    const id = (n: number | undefined) => {
      if (n === undefined) return n;
      if (!ids.has(n)) ids.set(n, ids.size);
      return ids.get(n);
    };
    if (flow.callstack) {
      delete flow.callstack.threadCounter;
      for (const t of flow.callstack.threads ?? []) t.threadIndex = id(t.threadIndex);
    }
    const threads: Record<string, { threadIndex?: number }> = {};
    for (const [k, v] of Object.entries(flow.choiceThreads ?? {})) {
      v.threadIndex = id(v.threadIndex);
      threads[String(id(Number(k)))] = v;
    }
    if (flow.choiceThreads) flow.choiceThreads = threads;
    for (const c of flow.currentChoices ?? []) c.originalThreadIndex = id(c.originalThreadIndex);
  }
  return JSON.stringify(state);
}

/** The parts of inkjs's state JSON (`story.state.ToJson()`) that stateKey rewrites; the rest is kept as is. */
interface InkStateJson {
  turnIndices?: unknown;
  turnIdx?: unknown;
  visitCounts?: Record<string, number>;
  flows?: Record<string, InkFlowJson>;
  [field: string]: unknown;
}

interface InkFlowJson {
  callstack?: { threadCounter?: number; threads?: { threadIndex?: number }[] };
  choiceThreads?: Record<string, { threadIndex?: number }>;
  currentChoices?: { originalThreadIndex?: number }[];
}

/**
 * The forms a step leaves open on the phone (forms close whenever a choice is taken), and misuse of the
 * composer's tags: its drafts, photos and check-ins must follow #composer before the next choice, and
 * #publish must come after a choice taken while the composer was open.
 */
function openForms(step: StoryStep, composerWasOpen: boolean): { forms: PieceForm[]; problems: string[] } {
  let state = INITIAL_PHONE;
  const problems: string[] = [];
  for (const line of step.lines) {
    for (const cue of cuesFromTags(line.tags)) {
      if ((cue.type === 'draft' || cue.type === 'photo' || cue.type === 'check-in') && !state.forms.some((f) => f.kind === 'composer')) {
        problems.push(`#${cue.type} needs a #composer earlier in the same passage (before the next choice)`);
      }
      if (cue.type === 'publish' && !composerWasOpen) problems.push('#publish comes after a choice taken while the post composer (#composer) is open');
      state = applyCue(state, cue);
    }
  }
  return { forms: state.forms, problems };
}

function currentLine(story: Story): number | undefined {
  try {
    return story.currentDebugMetadata?.startLineNumber ?? undefined;
  } catch {
    return undefined;
  }
}

export function walkStory(story: Story, file: string, options: WalkOptions = {}): WalkResult {
  const maxStates = options.maxStates ?? 20_000;
  const diagnostics: Diagnostic[] = [];
  const seenProblems = new Set<string>();
  const problem = (line: number | undefined, message: string) => {
    const key = `${line}:${message}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    diagnostics.push({ file, line, message, severity: 'error' });
  };
  const runtimeErrors: string[] = [];
  story.onError = (message: string) => {
    runtimeErrors.push(message);
  };

  const runner = new StoryRunner(story);
  const context = postContext(runner.globalTags());
  const nodes = new Map<string, Node>();
  const endings = new Map<string, EndingReach>();
  const queue: string[] = [];
  let choicesTaken = 0;
  let truncated = false;
  let lastLine: number | undefined;

  const runStep = (run: () => StoryStep): StoryStep | undefined => {
    runtimeErrors.length = 0;
    try {
      const step = run();
      lastLine = currentLine(story);
      if (runtimeErrors.length) {
        problem(lastLine, `runtime error: ${runtimeErrors.join('; ')}`);
        return undefined;
      }
      return step;
    } catch (error) {
      problem(currentLine(story), `runtime error: ${messageOf(error)}`);
      return undefined;
    }
  };

  /**
   * The phone after a step, from the phone before it (with the forms' values handed in, as the game does),
   * and every `#phone:` binding among the choices now offered checked against what the phone shows. Checked
   * on every arrival, not only the first: another route to the same story state may leave another screen.
   */
  const phoneAfter = (step: StoryStep, before: PhoneState, variant: FormValues | undefined): PhoneState => {
    let phone = before.forms.length && variant ? applyCue(before, { type: 'submit', values: variant }) : before;
    for (const line of step.lines) for (const cue of cuesFromTags(line.tags)) phone = applyCue(phone, cue);
    if (step.choices.some((c) => c.phone)) {
      const shown = controlsOnScreen(phone);
      for (const choice of step.choices) {
        if (!choice.phone || shown.includes(choice.phone)) continue;
        const there = shown.length ? `it shows ${shown.join(', ')}` : 'it shows no controls';
        problem(lastLine, `"${choice.text}" is bound to the phone's ${choice.phone} (#phone), which is not on the drawn phone at this choice (${there})`);
      }
      const bound = step.choices.flatMap((c) => (c.phone ? [c.phone] : []));
      const twice = bound.find((c, i) => bound.indexOf(c) !== i);
      if (twice) problem(lastLine, `two choices here are bound to the phone's ${twice} (#phone): a tap must take one choice, so bind it to one of them`);
    }
    return phone;
  };

  /** Register the state the story is in after a step; returns its key. */
  const arrive = (step: StoryStep, phone: PhoneState, from?: Node): string => {
    const { forms, problems } = openForms(step, from?.forms.some((f) => f.kind === 'composer') ?? false);
    for (const p of problems) problem(lastLine, p);
    if (step.finished) {
      if (!step.ending) {
        problem(lastLine, 'this path ends without an #ending: add "#ending: LEVEL Title" to its last line');
        return `${TERMINAL}none`;
      }
      const id = `${step.ending.level} ${step.ending.title}`;
      const reach = endings.get(id) ?? { level: step.ending.level, title: step.ending.title, arrivals: 0 };
      reach.arrivals++;
      endings.set(id, reach);
      return TERMINAL + id;
    }
    if (step.ending) problem(lastLine, `#ending: ${step.ending.level} ${step.ending.title} is followed by more choices; an ending must be the last line`);
    const json = story.state.ToJson();
    const key = stateKey(json);
    if (!nodes.has(key)) {
      if (nodes.size >= maxStates) {
        truncated = true;
        return key;
      }
      const variants = forms.length ? formVariants(forms, formValues(runner.readVariables(SETTING_VARIABLES))) : [{}];
      const decision = noteDecision(step);
      nodes.set(key, {
        json,
        choices: step.choices.map((c) => c.text),
        forms,
        variants,
        edges: [],
        line: lastLine,
        decision,
        impacts: step.choices.map((c) => c.impacts.map(({ standard, impact }) => ({ standard, impact }))),
        phone,
        taken: [],
      });
      queue.push(key);
    }
    return key;
  };

  const decisions = new Map<string, DecisionPointFacts>();
  const discussOf = new Map<string, string | undefined>();
  const missingFeedback = new Map<string, { line: number | undefined; choice: string }>();
  let usesSupport = false;
  let usesHatePage = false;
  const noteLines = (step: StoryStep) => {
    for (const line of step.lines) {
      if (line.tags.some((t) => t.key === 'support')) usesSupport = true;
      if (line.tags.some((t) => t.key === 'hate-page')) usesHatePage = true;
    }
  };
  /** Records the choice point the story waits at, if it is a decision point; returns its id. */
  const noteDecision = (step: StoryStep): string | undefined => {
    if (step.choices.length < 2 || !step.choices.some((c) => c.impacts.length > 0)) return undefined;
    const first = story.currentChoices[0]?.sourcePath ?? '';
    const id = first.includes('.') ? first.slice(0, first.lastIndexOf('.')) : first;
    const point = decisions.get(id) ?? { scenario: '', id, line: lastLine, covers: [], standards: [], choices: [] };
    if (!discussOf.has(id)) discussOf.set(id, step.lines.findLast((l) => l.discuss)?.discuss);
    for (const line of step.lines)
      for (const slugs of readAllTags(line.tags, 'covers')) for (const slug of slugs) if (!point.covers.includes(slug)) point.covers.push(slug);
    for (const choice of step.choices) {
      for (const { standard } of choice.impacts) if (!point.standards.includes(standard)) point.standards.push(standard);
      if (point.choices.some((c) => c.text === choice.text)) continue;
      point.choices.push({
        text: choice.text,
        score: choiceScore(choice.impacts),
        open: choice.tags.some((t) => t.key === 'open'),
        cautious: choice.tags.some((t) => t.key === 'cautious'),
        impacts: choice.impacts.map((i) => i.impact),
      });
    }
    point.standards.sort((a, b) => a - b);
    decisions.set(id, point);
    return id;
  };

  story.ResetState();
  const first = runStep(() => runner.continue());
  if (first) noteLines(first);
  const start = applyCue(INITIAL_PHONE, { type: 'identity', player: readTag(runner.globalTags(), 'player'), employer: context.employer });
  const root = first ? arrive(first, phoneAfter(first, start, undefined)) : undefined;

  while (queue.length > 0) {
    const key = queue.shift()!;
    const node = nodes.get(key)!;
    for (let i = 0; i < node.choices.length; i++) {
      for (const variant of node.variants) {
        choicesTaken++;
        story.state.LoadJson(node.json);
        const step = runStep(() => {
          if (node.forms.length) runner.setVariables(formAssignments(node.forms, variant, context));
          return runner.choose(i);
        });
        if (step) {
          noteLines(step);
          if (node.decision && !step.lines.some((l) => l.feedback)) {
            missingFeedback.set(`${node.line}:${i}`, { line: node.line, choice: node.choices[i]! });
          }
          const edge = arrive(step, phoneAfter(step, node.phone, node.forms.length ? variant : undefined), node);
          node.edges.push(edge);
          if (node.decision) {
            const lineImpacts = step.lines.flatMap((l) => readAllTags(l.tags, 'impact').flat());
            node.taken.push({
              choice: i,
              feedback: step.lines.filter((l) => l.feedback).map((l) => l.text.trim()),
              impacts: [...node.impacts[i]!, ...lineImpacts.map(({ standard, impact }) => ({ standard, impact }))],
              edge,
            });
          }
        }
      }
    }
  }

  if (truncated) {
    problem(undefined, `the walk stopped after ${maxStates} distinct choice points: the story may loop without end`);
  } else {
    // Dead ends: choice points from which no ending can be reached.
    const canFinish = new Set<string>();
    let changed = true;
    while (changed) {
      changed = false;
      for (const [key, node] of nodes) {
        if (canFinish.has(key)) continue;
        if (node.edges.some((e) => e.startsWith(TERMINAL) || canFinish.has(e))) {
          canFinish.add(key);
          changed = true;
        }
      }
    }
    for (const [key, node] of nodes) {
      if (!canFinish.has(key)) problem(node.line, 'dead end: from this choice point no path reaches an ending');
    }
  }

  return {
    map: truncated ? [] : roadMap(nodes, decisions, discussOf),
    decisionPoints: [...decisions.values()],
    missingFeedback: [...missingFeedback.values()],
    usesSupport,
    usesHatePage,
    fewestDecisions: root && !truncated ? fewestDecisions(root, nodes) : 0,
    longestPath: root && !truncated ? longestPath(root, nodes) : { choices: [], inputs: {} },
    states: nodes.size,
    choices: choicesTaken,
    paths: root && !truncated ? countPaths(root, nodes) : Number.POSITIVE_INFINITY,
    endings: [...endings.values()],
    diagnostics,
    truncated,
  };
}

function countPaths(root: string, nodes: Map<string, Node>): number {
  const memo = new Map<string, number>();
  const onStack = new Set<string>();
  const visit = (key: string): number => {
    if (key.startsWith(TERMINAL)) return 1;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (onStack.has(key)) return Number.POSITIVE_INFINITY;
    onStack.add(key);
    let total = 0;
    for (const edge of nodes.get(key)?.edges ?? []) total += visit(edge);
    onStack.delete(key);
    memo.set(key, total);
    return total;
  };
  return visit(root);
}

/**
 * The path to an ending with the most to save: each step weighs one (its choice) plus the length of the
 * form values sent with it. Loops back up the path are not followed (a save never holds one).
 */
function longestPath(root: string, nodes: Map<string, Node>): { choices: number[]; inputs: Record<number, FormValues> } {
  type Best = { weight: number; steps: { choice: number; values: FormValues }[] };
  const memo = new Map<string, Best>();
  const onStack = new Set<string>();
  const visit = (key: string): Best | undefined => {
    if (key.startsWith(TERMINAL)) return { weight: 0, steps: [] };
    const known = memo.get(key);
    if (known) return known;
    const node = nodes.get(key);
    if (!node || onStack.has(key)) return undefined;
    onStack.add(key);
    let best: Best | undefined;
    node.edges.forEach((edge, e) => {
      const rest = visit(edge);
      if (!rest) return;
      const values = node.forms.length ? node.variants[e % node.variants.length]! : {};
      const weight = 1 + (node.forms.length ? JSON.stringify(values).length : 0) + rest.weight;
      if (!best || weight > best.weight) best = { weight, steps: [{ choice: Math.floor(e / node.variants.length), values }, ...rest.steps] };
    });
    onStack.delete(key);
    if (best) memo.set(key, best);
    return best;
  };
  const steps = visit(root)?.steps ?? [];
  const inputs: Record<number, FormValues> = {};
  steps.forEach((s, i) => {
    if (Object.keys(s.values).length) inputs[i] = s.values;
  });
  return { choices: steps.map((s) => s.choice), inputs };
}

/** Fewest decision points from the root to any ending (0-1 breadth-first search over the state graph). */
function fewestDecisions(root: string, nodes: Map<string, Node>): number {
  const best = new Map<string, number>([[root, 0]]);
  const deque: string[] = [root];
  let answer = Number.POSITIVE_INFINITY;
  while (deque.length) {
    const key = deque.shift()!;
    const dist = best.get(key)!;
    if (key.startsWith(TERMINAL)) {
      answer = Math.min(answer, dist);
      continue;
    }
    const node = nodes.get(key);
    if (!node) continue;
    const weight = node.decision ? 1 : 0;
    for (const edge of node.edges) {
      const d = dist + weight;
      if (d < (best.get(edge) ?? Number.POSITIVE_INFINITY)) {
        best.set(edge, d);
        if (weight === 0) deque.unshift(edge);
        else deque.push(edge);
      }
    }
  }
  return Number.isFinite(answer) ? answer : 0;
}

/** The ending levels reachable from every state, then each decision point's options with theirs. */
function roadMap(nodes: Map<string, Node>, decisions: Map<string, DecisionPointFacts>, discussOf: Map<string, string | undefined>): RoadMapPoint[] {
  const reach = new Map<string, Set<string>>();
  const levelsOf = (key: string): Set<string> => {
    if (key.startsWith(TERMINAL)) return new Set(key === `${TERMINAL}none` ? [] : [key.slice(TERMINAL.length).split(' ')[0]!]);
    return reach.get(key) ?? new Set();
  };
  for (const key of nodes.keys()) reach.set(key, new Set());
  let changed = true;
  while (changed) {
    changed = false;
    for (const [key, node] of nodes) {
      const mine = reach.get(key)!;
      for (const edge of node.edges) {
        for (const level of levelsOf(edge)) {
          if (!mine.has(level)) {
            mine.add(level);
            changed = true;
          }
        }
      }
    }
  }
  const points = new Map<string, RoadMapPoint>();
  for (const id of decisions.keys()) points.set(id, { id, discuss: discussOf.get(id), options: [] });
  const endingsOf = new Map<string, Set<string>>();
  for (const node of nodes.values()) {
    if (!node.decision) continue;
    const point = points.get(node.decision)!;
    for (const t of node.taken) {
      const text = node.choices[t.choice]!;
      let option = point.options.find((o) => o.text === text);
      if (!option) {
        option = { text, impacts: t.impacts, feedback: t.feedback, endings: [] };
        point.options.push(option);
      }
      const key = `${node.decision}\u0000${text}`;
      const set = endingsOf.get(key) ?? new Set<string>();
      for (const level of levelsOf(t.edge)) set.add(level);
      endingsOf.set(key, set);
    }
  }
  for (const point of points.values()) for (const o of point.options) o.endings = sortLevels(endingsOf.get(`${point.id}\u0000${o.text}`) ?? []);
  return [...points.values()];
}
