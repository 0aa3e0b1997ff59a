/**
 * The debrief that teaches, as DOM: the ending and what it would mean, per standard what the player did,
 * why it matters, good practice with the real settings and its sources, reflection prompts, support,
 * who regulates where, notes on the handout and the references. Also the in-story content notes and
 * support boxes, and the references page reachable from the menu.
 */
import './debrief.css';
import { debriefMarkdown, IMPACT_LABELS, type DebriefData, type DebriefStandard } from '../core/teaching/debrief.ts';
import { isFrameworkId, REGULATORS, type FrameworkId, type Regulator } from '../core/teaching/frameworks.ts';
import { formatReference, HANDOUT_CORRECTIONS, REFERENCES, type Reference } from '../core/teaching/references.ts';
import { ENDING_LEVEL_LABELS, ENDING_LEVELS, type Impact } from '../core/teaching/standards.ts';
import { SUPPORT } from '../content/teaching.ts';
import { h } from './dom.ts';
import { MAX_NOTE_CHARS, type Notes } from '../core/teaching/reflection-notes.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { DEBRIEF_COPY } from '../content/copy/debrief.ts';
import { SOURCES_COPY } from '../content/copy/sources.ts';

const IMPACT_ICONS: Readonly<Record<Impact, string>> = COMMON_COPY.impactIcons;

const badge = (impact: Impact) =>
  h('span', { className: `badge badge-${impact}` }, h('span', { 'aria-hidden': 'true' }, IMPACT_ICONS[impact] + ' '), IMPACT_LABELS[impact]);

/** A content note shown just before distressing material in the story. */
export function contentNoteEl(text: string): HTMLElement {
  return h('aside', { className: 'content-note', 'aria-label': COMMON_COPY.contentNoteLabel }, h('p', {}, h('strong', {}, COMMON_COPY.contentNote), text));
}

/** Where to get support: shown wherever abuse or a sanction appears. */
export function supportEl(level: 'h2' | 'h3'): HTMLElement {
  return h(
    'aside',
    { className: 'support card', 'aria-label': COMMON_COPY.supportHeading },
    h(level, {}, COMMON_COPY.supportHeading),
    h('ul', {}, ...SUPPORT.map((s) => h('li', {}, h('strong', {}, `${s.who}. `), s.what))),
  );
}

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

function standardCard(s: DebriefStandard, framework: FrameworkId): HTMLElement {
  const did = h(
    'ul',
    { className: 'decisions' },
    ...s.decisions.map(({ decision, impact }) =>
      h(
        'li',
        {},
        h('p', {}, badge(impact), ' ', DEBRIEF_COPY.standard.youChose(decision.choiceText)),
        ...decision.feedback.map((f) => h('p', { className: 'feedback' }, f)),
      ),
    ),
  );
  const caveats: string[] = [];
  if (framework !== 'hcpc-2008') caveats.push(DEBRIEF_COPY.standard.handoutNumber(s.number, s.handoutTitle));
  if (!s.mappingVerified) caveats.push(DEBRIEF_COPY.standard.mappingUnverified);
  if (s.mappingNote) caveats.push(s.mappingNote);
  if (s.wordingUnverified) caveats.push(DEBRIEF_COPY.standard.wordingUnverified);
  return h(
    'li',
    { className: `card standard outcome-${s.outcome}`, 'data-standard': String(s.number) },
    h('h3', {}, `${s.heading} `, badge(s.outcome)),
    caveats.length ? h('p', { className: 'meta mapping' }, caveats.join(' ')) : null,
    h('h4', {}, DEBRIEF_COPY.standard.whatYouDid),
    did,
    h('h4', {}, DEBRIEF_COPY.standard.whyItMatters),
    h('p', {}, s.why),
    s.goodPractice.length ? h('h4', {}, DEBRIEF_COPY.standard.goodPractice) : null,
    s.goodPractice.length
      ? h(
          'ul',
          { className: 'good-practice' },
          ...s.goodPractice.map((g) =>
            h(
              'li',
              {},
              h('p', {}, h('strong', {}, `${g.point}. `), g.advice),
              g.settings.length
                ? h('p', { className: 'settings-tip' }, h('span', { className: 'tip-label' }, DEBRIEF_COPY.standard.settingsTip), g.settings.join(' '))
                : null,
              g.sources.length ? citations(DEBRIEF_COPY.standard.sources, g.sources) : null,
            ),
          ),
        )
      : null,
    s.sources.length ? citations(DEBRIEF_COPY.standard.standardSources, s.sources) : null,
  );
}

export interface DebriefActions {
  setFramework(id: FrameworkId): void;
  restart(): void;
  menu(): void;
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

/** Renders the debrief into `root`; returns the heading to focus. */
export function renderDebrief(root: HTMLElement, title: string, d: DebriefData, actions: DebriefActions, notes: NotesAccess): HTMLElement {
  const heading = h('h1', { tabindex: -1 }, DEBRIEF_COPY.heading(title));
  root.append(heading);

  const select = h(
    'select',
    {
      id: 'debrief-framework',
      onchange: () => {
        const value = select.value;
        if (isFrameworkId(value)) actions.setFramework(value);
      },
    },
    ...d.frameworks.map((f) => h('option', { value: f.id, selected: f.id === d.framework.id }, f.short)),
  );
  root.append(
    h(
      'div',
      { className: 'framework-choice card' },
      h('label', { for: 'debrief-framework' }, DEBRIEF_COPY.frameworkLabel),
      select,
      h('p', { className: 'meta', id: 'framework-applies' }, DEBRIEF_COPY.frameworkApplies(d.framework.name, d.framework.edition, d.framework.appliesTo)),
    ),
  );

  if (d.ending) {
    const e = d.ending;
    root.append(
      h(
        'section',
        { className: `card ending ending-${e.level}`, 'aria-labelledby': 'ending-title' },
        h('p', { className: 'ending-level' }, DEBRIEF_COPY.ending.level(e.rank, e.of, e.label)),
        h('h2', { id: 'ending-title' }, e.title),
        h('p', {}, e.meaning),
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
  if (d.support) root.append(supportEl('h2'));

  const t = d.totals;
  root.append(
    h('p', { className: 'totals' }, DEBRIEF_COPY.totals(d.decisions.length, t.upheld, t.risk, t.breach)),
    h('h2', { className: 'section-title' }, DEBRIEF_COPY.standardsHeading),
    h('ul', { className: 'standards' }, ...d.standards.map((s) => standardCard(s, d.framework.id))),
  );
  if (d.untouchedHighlighted.length) {
    root.append(h('p', { className: 'meta' }, DEBRIEF_COPY.untouched(d.untouchedHighlighted.map((s) => s.heading))));
  }

  root.append(reflectionSection(d.reflections, notes), ...sourceSections(d.regulators, d.corrections, d.references));

  const download = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const date = new Date().toISOString().slice(0, 10);
        const blob = new Blob([debriefMarkdown(d, date, notes.get())], { type: 'text/markdown' });
        const a = h('a', { href: URL.createObjectURL(blob), download: `debrief-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${date}.md` });
        document.body.append(a);
        a.click();
        a.remove();
        window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      },
    },
    DEBRIEF_COPY.download,
  );
  root.append(
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', className: 'primary', onclick: () => actions.restart() }, DEBRIEF_COPY.playAgain),
      download,
      h('button', { type: 'button', onclick: () => actions.menu() }, DEBRIEF_COPY.chooseAnother),
    ),
  );
  return heading;
}

/** The reflection prompts, each with a box for the player's own answer (kept on this device). */
function reflectionSection(prompts: readonly string[], notes: NotesAccess): HTMLElement {
  const saved = notes.get();
  const status = h('p', { className: 'meta notes-status', role: 'status' }, notes.problem() ?? '');
  const boxes: HTMLTextAreaElement[] = [];
  const items = prompts.map((prompt, i) => {
    const box = h('textarea', {
      id: `reflect-${i}`,
      rows: 3,
      dir: 'auto', // the player's own text: its direction is its own and cannot reorder the page around it
      maxLength: MAX_NOTE_CHARS,
      oninput: () => {
        notes.set(prompt, box.value);
        status.textContent = notes.problem() ?? '';
      },
    });
    box.value = saved[prompt] ?? '';
    boxes.push(box);
    return h('li', {}, h('label', { for: box.id }, prompt), box);
  });
  return h(
    'section',
    { className: 'card reflection', 'aria-labelledby': 'reflect-title' },
    h('h2', { id: 'reflect-title' }, DEBRIEF_COPY.reflect.heading),
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
