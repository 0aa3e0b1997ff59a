/**
 * The debrief that teaches, as DOM: the ending and what it would mean, per standard what the player did,
 * why it matters, good practice with the real settings and its sources, reflection prompts, support,
 * who regulates where, notes on the handout and the references; and the references page reachable from
 * the menu. Loaded when one of them is first shown (src/ui/debrief-parts.ts).
 */
import { debriefMarkdown, hcpcBeside, IMPACT_LABELS, type DebriefData, type StandardName } from '../core/teaching/debrief.ts';
import { REGULATORS, type Regulator } from '../core/teaching/frameworks.ts';
import { formatReference, HANDOUT_CORRECTIONS, REFERENCES, type Reference } from '../core/teaching/references.ts';
import { ENDING_LEVEL_LABELS, ENDING_LEVELS, type Impact } from '../core/teaching/standards.ts';
import { h } from './dom.ts';
import { MAX_NOTE_CHARS, type Notes } from '../core/teaching/reflection-notes.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { DEBRIEF_COPY } from '../content/copy/debrief.ts';
import { SOURCES_COPY } from '../content/copy/sources.ts';
import { supportEl } from './story-asides.ts';

const IMPACT_ICONS: Readonly<Record<Impact, string>> = COMMON_COPY.impactIcons;

const badge = (impact: Impact) =>
  h('span', { className: `badge badge-${impact}` }, h('span', { 'aria-hidden': 'true' }, IMPACT_ICONS[impact] + ' '), IMPACT_LABELS[impact]);

/** A source as the debrief cites it beside the advice: title, publisher and year, linked to the full reference. */
function citations(label: string, refs: readonly Reference[]): HTMLElement {
  const items: (HTMLElement | string)[] = [];
  refs.forEach((r, i) => {
    if (i > 0) items.push('; ');
    items.push(h('a', { href: `#ref-${r.id}` }, r.title), ` (${r.publisher}, ${r.year})`);
  });
  return h('p', { className: 'sources' }, `${label}: `, ...items, '.');
}

function referenceItem(r: Reference): HTMLElement {
  return h(
    'li',
    { id: `ref-${r.id}` },
    formatReference(r),
    r.url ? h('span', { className: 'ref-url' }, ` ${r.url}`) : null,
    r.note ? h('span', { className: 'ref-note' }, ` ${r.note}`) : null,
    r.verified ? null : h('span', { className: 'ref-unverified' }, SOURCES_COPY.unverified),
  );
}

export interface DebriefActions {
  restart(): void;
  menu(): void;
  /** The Sources page, with the notes on each source. */
  sources(): void;
  /** Downloads the learning record as a document that opens anywhere. */
  downloadRecord(): void;
}

/** The player's answers to the reflection prompts, for this scenario. */
export interface NotesAccess {
  get(): Notes;
  set(prompt: string, text: string): void;
  clear(): void;
  /** Puts back notes just cleared (undo). */
  restore(notes: Notes): void;
  problem(): string | undefined;
}

const nameLine = (n: StandardName) =>
  h('span', { className: 'std-name' }, n.own, n.own === n.hcpc ? null : h('span', { className: 'std-hcpc' }, ` (${hcpcBeside(n)})`));

const impactList = (impacts: readonly { name: StandardName; impact: Impact }[]) =>
  h('ul', { className: 'impact-list' }, ...impacts.map((i) => h('li', {}, badge(i.impact), ' ', nameLine(i.name))));

/** A section the learner opens: closed at first, so the first screen says it all. */
function openable(id: string, title: string, ...content: (Node | null)[]): HTMLDetailsElement {
  return h('details', { className: `card more ${id}`, id: `debrief-${id}` }, h('summary', {}, h('h2', {}, title)), ...content);
}

/** The first screen: the outcome and what it means, the decisions that mattered most, the standards touched. */
function summaryEls(d: DebriefData): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (d.ending) {
    const e = d.ending;
    out.push(
      h(
        'section',
        { className: `card ending ending-${e.level}`, 'aria-labelledby': 'ending-title' },
        h('h2', { id: 'ending-title' }, h('span', { className: 'ending-level' }, DEBRIEF_COPY.ending.level(e.rank, e.of, e.label)), ` ${e.title}`),
        h('p', { className: 'real-life' }, h('strong', {}, DEBRIEF_COPY.ending.realLife), e.realLife),
        h(
          'ol',
          { className: 'ladder', 'aria-label': DEBRIEF_COPY.ending.ladderLabel },
          ...ENDING_LEVELS.map((level) =>
            h(
              'li',
              { className: level === e.level ? 'current' : '', 'aria-current': level === e.level ? 'step' : undefined },
              ENDING_LEVEL_LABELS[level].label,
            ),
          ),
        ),
      ),
    );
  }
  if (d.keyDecisions.length) {
    out.push(
      h(
        'section',
        { className: 'card key-decisions', 'aria-labelledby': 'key-title' },
        h('h2', { id: 'key-title' }, DEBRIEF_COPY.key.heading),
        h(
          'ol',
          {},
          ...d.keyDecisions.map((k) => {
            const worst = k.impacts.reduce<Impact>((w, i) => (i.impact === 'breach' || (i.impact === 'risk' && w === 'upheld') ? i.impact : w), 'upheld');
            return h(
              'li',
              { className: `key outcome-${worst}`, 'data-step': String(k.step) },
              h('p', { className: 'key-choice' }, badge(worst), ' ', h('strong', {}, DEBRIEF_COPY.key.youChose), k.choiceText),
              h('p', { className: 'key-did' }, k.whatItDid, k.better ? null : h('span', { className: 'key-better best' }, ` ${DEBRIEF_COPY.key.best}`)),
              k.better ? h('p', { className: 'key-better' }, h('strong', {}, DEBRIEF_COPY.key.better), k.better.text) : null,
            );
          }),
        ),
      ),
    );
  }
  out.push(
    h(
      'section',
      { className: 'card touched', 'aria-labelledby': 'touched-title' },
      h(
        'h2',
        { id: 'touched-title' },
        DEBRIEF_COPY.touched.heading,
        h('span', { className: 'touched-note' }, d.region ? DEBRIEF_COPY.touched.namedIn(d.region.codeName) : DEBRIEF_COPY.touched.chooseRegion),
      ),
      h(
        'ul',
        { className: 'touched-list' },
        ...d.touched.map((t) => h('li', { 'data-standard': String(t.name.number) }, badge(t.outcome), ' ', nameLine(t.name))),
      ),
    ),
  );
  return out;
}

/** Every decision, with its feedback in full and the standards it touched. */
function decisionsEl(d: DebriefData, name: (n: number) => StandardName): HTMLDetailsElement {
  const scored = d.decisions.filter((x) => x.impacts.length > 0);
  return openable(
    'decisions',
    DEBRIEF_COPY.sections.decisions,
    h(
      'ol',
      { className: 'decisions' },
      ...scored.map((x) =>
        h(
          'li',
          { 'data-step': String(x.step) },
          h('p', {}, h('strong', {}, DEBRIEF_COPY.key.youChose), x.choiceText),
          impactList(x.impacts.map((i) => ({ name: name(i.standard), impact: i.impact }))),
          ...x.feedback.map((f) => h('p', { className: 'feedback' }, f)),
        ),
      ),
    ),
  );
}

/** Per standard: why it matters and where that comes from (the decisions are above, said once). */
function standardsEl(d: DebriefData): HTMLDetailsElement {
  return openable(
    'standards',
    DEBRIEF_COPY.sections.standards,
    h(
      'ul',
      { className: 'standards' },
      ...d.standards.map((s, i) =>
        h(
          'li',
          { className: `standard outcome-${s.outcome}`, 'data-standard': String(s.number) },
          h('h3', {}, nameLine(d.touched[i]!.name), ' ', badge(s.outcome)),
          h('p', {}, s.why),
          s.sources.length ? citations(DEBRIEF_COPY.standard.standardSources, s.sources) : null,
        ),
      ),
    ),
  );
}

/** Each good-practice point once, with the real settings and its sources. */
function practiceEl(d: DebriefData): HTMLDetailsElement {
  return openable(
    'practice',
    DEBRIEF_COPY.sections.practice,
    h(
      'ul',
      { className: 'good-practice' },
      ...d.practice.map((g) =>
        h(
          'li',
          {},
          h('p', {}, h('strong', {}, `${g.title}. `), g.advice),
          g.settings.length
            ? h('p', { className: 'settings-tip' }, h('span', { className: 'tip-label' }, DEBRIEF_COPY.standard.settingsTip), g.settings.join(' '))
            : null,
          g.sources.length ? citations(DEBRIEF_COPY.standard.sources, g.sources) : null,
        ),
      ),
    ),
  );
}

/** The sources cited, without the notes for the makers (those are on the Sources page). */
function sourcesEl(d: DebriefData, actions: DebriefActions): HTMLDetailsElement {
  return openable(
    'sources',
    DEBRIEF_COPY.sections.sources,
    h(
      'p',
      { className: 'meta' },
      DEBRIEF_COPY.sourcesIntro,
      ' ',
      h('button', { type: 'button', className: 'quiet', onclick: () => actions.sources() }, DEBRIEF_COPY.allSources),
    ),
    h('h3', {}, SOURCES_COPY.regulatorsHeading),
    h(
      'ul',
      { className: 'regulators' },
      ...d.regulators.map((r) =>
        h('li', {}, h('strong', {}, SOURCES_COPY.regulator.nation(r.nation)), SOURCES_COPY.regulator.line(r.name, r.since, r.standards)),
      ),
    ),
    h('h3', {}, SOURCES_COPY.referencesHeading),
    h(
      'ul',
      { className: 'references' },
      ...d.references.map((r) => h('li', { id: `ref-${r.id}` }, formatReference(r), r.url ? h('span', { className: 'ref-url' }, ` ${r.url}`) : null)),
    ),
  );
}

/** Renders the debrief into `root`; returns the heading to focus. `extra` are sections of its own (the map). */
export function renderDebrief(
  root: HTMLElement,
  title: string,
  d: DebriefData,
  actions: DebriefActions,
  notes: NotesAccess,
  extra: HTMLElement[] = [],
  previous?: DebriefData,
): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, DEBRIEF_COPY.heading(title));
  root.append(heading);
  const nameOf = new Map(d.touched.map((t) => [t.name.number, t.name]));
  const name = (n: number): StandardName => nameOf.get(n) ?? { number: n, own: `HCPC ${n}`, hcpc: `HCPC ${n}`, clause: true };

  root.append(h('div', { className: 'debrief-summary', role: 'group', 'aria-label': DEBRIEF_COPY.summaryLabel }, ...summaryEls(d)));
  if (previous) root.append(compareEl(previous, d));
  if (d.support) root.append(supportEl('h2'));
  root.append(decisionsEl(d, name), standardsEl(d), practiceEl(d), ...extra, ...reflectionSection(d.reflections, notes), sourcesEl(d, actions));

  const download = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const date = new Date().toISOString().slice(0, 10);
        saveFile(debriefMarkdown(d, date, notes.get()), 'text/markdown', `debrief-${slug(title)}-${date}.md`);
      },
    },
    DEBRIEF_COPY.download,
  );
  root.append(
    h(
      'div',
      { className: 'actions debrief-actions' },
      h('button', { type: 'button', className: 'primary', onclick: () => actions.restart() }, DEBRIEF_COPY.playAgain),
      h('button', { type: 'button', onclick: () => actions.downloadRecord() }, DEBRIEF_COPY.record.html),
      h('button', { type: 'button', onclick: () => window.print() }, DEBRIEF_COPY.record.print),
      download,
      h('button', { type: 'button', onclick: () => actions.menu() }, DEBRIEF_COPY.chooseAnother),
    ),
    h('p', { className: 'meta record-hint' }, DEBRIEF_COPY.record.hint),
  );
  return heading;
}

const runOutcome = (d: DebriefData) => (d.ending ? `${d.ending.label}: ${d.ending.title}` : '—');
const runTotals = (d: DebriefData) => DEBRIEF_COPY.compare.totals(d.totals.upheld, d.totals.risk, d.totals.breach);
const compareRow = (label: string, a: Node | string, b: Node | string) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, a), h('td', {}, b));

/** After a rewind: the run before it and this one, side by side. */
function compareEl(before: DebriefData, after: DebriefData): HTMLElement {
  const first = after.decisions.findIndex((x, i) => before.decisions[i]?.choiceText !== x.choiceText);
  const choices = (d: DebriefData) =>
    h(
      'ul',
      {},
      ...d.decisions
        .slice(Math.max(first, 0))
        .filter((x) => x.impacts.length > 0)
        .map((x) => h('li', {}, x.choiceText)),
    );
  return h(
    'section',
    { className: 'card compare', 'aria-labelledby': 'compare-title' },
    h('h2', { id: 'compare-title' }, DEBRIEF_COPY.compare.heading),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, DEBRIEF_COPY.compare.before), h('th', { scope: 'col' }, DEBRIEF_COPY.compare.after))),
      h(
        'tbody',
        {},
        compareRow(DEBRIEF_COPY.compare.outcome, runOutcome(before), runOutcome(after)),
        compareRow(DEBRIEF_COPY.compare.standards, runTotals(before), runTotals(after)),
        compareRow(DEBRIEF_COPY.compare.choices, choices(before), choices(after)),
      ),
    ),
  );
}

export const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Offers text as a file to download (nothing leaves the device otherwise). */
export function saveFile(text: string, type: string, name: string): void {
  const blob = new Blob([text], { type });
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The reflection prompts, each with a box for the player's own answer (kept on this device). */
function reflectionSection(prompts: readonly string[], notes: NotesAccess): HTMLElement[] {
  const saved = notes.get();
  const status = h('p', { className: 'meta notes-status', role: 'status' }, notes.problem() ?? '');
  const boxes: HTMLTextAreaElement[] = [];
  // On paper: the prompts with the learner's answers as text (a text box cuts off what does not fit).
  const printed = prompts.map(() => h('div', { className: 'print-answer' }));
  const syncPrint = () => boxes.forEach((b, i) => (printed[i]!.textContent = b.value));
  const printBlock = h(
    'section',
    { className: 'print-only print-reflection', 'aria-hidden': 'true' },
    h('h2', {}, DEBRIEF_COPY.sections.reflect),
    h('ol', {}, ...prompts.map((prompt, i) => h('li', {}, h('p', {}, h('strong', {}, prompt)), printed[i]))),
  );
  const items = prompts.map((prompt, i) => {
    const box = h('textarea', {
      id: `reflect-${i}`,
      rows: 3,
      dir: 'auto', // the player's own text: its direction is its own and cannot reorder the page around it
      maxLength: MAX_NOTE_CHARS,
      oninput: () => {
        notes.set(prompt, box.value);
        status.textContent = notes.problem() ?? '';
        printed[i]!.textContent = box.value;
      },
    });
    box.value = saved[prompt] ?? '';
    boxes.push(box);
    printed[i]!.textContent = box.value;
    return h('li', {}, h('label', { for: box.id }, prompt), box);
  });
  const details = h(
    'details',
    // Open when the learner has written something: their answers are in view again after a reload.
    { className: 'card more reflection', id: 'debrief-reflect', open: Object.values(saved).some((t) => t.trim() !== '') },
    h('summary', {}, h('h2', { id: 'reflect-title' }, DEBRIEF_COPY.sections.reflect)),
    h('p', { className: 'meta' }, DEBRIEF_COPY.reflect.intro),
    h('ol', { className: 'reflect-list' }, ...items),
    status,
    h(
      'button',
      {
        type: 'button',
        className: 'quiet',
        onclick: () => {
          const before = notes.get();
          notes.clear();
          for (const box of boxes) box.value = '';
          syncPrint();
          status.textContent = DEBRIEF_COPY.reflect.cleared;
          if (Object.keys(before).length === 0) return;
          // Kinder than asking first: one click clears, and one more brings it all back.
          status.append(
            ' ',
            h(
              'button',
              {
                type: 'button',
                className: 'quiet notes-undo',
                onclick: () => {
                  notes.restore(before);
                  const kept = notes.get();
                  prompts.forEach((prompt, i) => (boxes[i]!.value = kept[prompt] ?? ''));
                  syncPrint();
                  status.textContent = notes.problem() ?? DEBRIEF_COPY.reflect.restored;
                  boxes[0]?.focus();
                },
              },
              DEBRIEF_COPY.reflect.undo,
            ),
          );
        },
      },
      DEBRIEF_COPY.reflect.clear,
    ),
  );
  return [details, printBlock];
}

/** One card of the sources: a heading and its list. */
const section = (id: string, className: string, title: string, items: HTMLElement[]) =>
  h('section', { className: `card ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), h('ul', {}, ...items));

/** Who regulates where, the notes on the handout and the references: on the debrief and the Sources page. */
function sourceSections(regulators: readonly Regulator[], corrections: readonly { text: string }[], references: readonly Reference[]): HTMLElement[] {
  return [
    section(
      'regulators-title',
      'regulators',
      SOURCES_COPY.regulatorsHeading,
      regulators.map((r) => h('li', {}, h('strong', {}, SOURCES_COPY.regulator.nation(r.nation)), SOURCES_COPY.regulator.line(r.name, r.since, r.standards))),
    ),
    section(
      'corrections-title',
      'handout-notes',
      SOURCES_COPY.correctionsHeading,
      corrections.map((c) => h('li', {}, c.text)),
    ),
    section('references-title', 'references', SOURCES_COPY.referencesHeading, references.map(referenceItem)),
  ];
}

/** Every source the game draws on, the notes on the handout and who regulates where. */
export function renderReferences(root: HTMLElement, back: () => void): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, SOURCES_COPY.heading);
  root.append(
    heading,
    h('p', { className: 'lede' }, SOURCES_COPY.lede),
    ...sourceSections(REGULATORS, HANDOUT_CORRECTIONS, REFERENCES),
    supportEl('h2'),
    h('div', { className: 'actions' }, h('button', { type: 'button', className: 'primary', onclick: back }, SOURCES_COPY.backToMenu)),
  );
  return heading;
}
