/**
 * The narrative panel: every word of the game as real DOM. Menu, content notes, the story (a live log and
 * choice buttons), the debrief. It renders what the core's App says and sends commands back; it never
 * touches inkjs.
 */
import type { App, Notice, ResumeOffer, Screen } from '../core/app/app.ts';
import { IMPACT_LABELS, standardNameLine } from '../core/teaching/debrief-names.ts';
import type { DebriefData } from '../core/teaching/debrief.ts';
import type { Decision } from '../core/teaching/ledger.ts';
import type { PhoneCue } from '../core/phone/phone.ts';
import { describeCue } from '../core/phone/describe-cue.ts';
import { PiecesView } from './pieces-view.ts';
import type { ScenarioMeta, SessionSnapshot, TranscriptEntry } from '../core/story/session.ts';
import type { StoryChoice } from '../core/story/story-runner.ts';
import { isFormControl, type PhoneControl } from '../core/phone/controls.ts';
import { Subscriptions } from '../core/events.ts';
import { clear, h, htmlTarget } from './dom.ts';
import { holdAtTop, scrollBehaviour } from './motion.ts';
import type { FrameworkId } from '../core/teaching/frameworks.ts';
import { ReflectionNotes } from '../core/teaching/reflection-notes.ts';
import { MemoryStore } from '../core/app/storage.ts';
import { contentNoteEl, supportEl } from './story-asides.ts';
import type * as DebriefParts from './debrief-parts.ts';
import { lazy } from '../core/lazy.ts';
import { chunk } from '../adapters/chunks.ts';
import { judgementChange, type JudgementStore } from '../core/teaching/judgement.ts';
import { judgementSection } from './judgement-view.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { INTRO_COPY } from '../content/copy/intro.ts';
import { MENU_COPY } from '../content/copy/menu.ts';
import { PLAY_COPY } from '../content/copy/play.ts';

/** The debrief's and the references page's code: a chunk fetched when one is first shown (retried, never a failure kept). */
const debriefParts = lazy(chunk(() => import('./debrief-parts.ts')));

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || date.getTime() === 0) return '';
  return date.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export class Panel {
  private readonly subs = new Subscriptions();
  private log: HTMLElement | undefined;
  private passage: HTMLElement | undefined;
  private choicesEl: HTMLElement | undefined;
  private discussEl: HTMLElement | undefined;
  private readyMarked = false;
  /** When the choices on screen appeared (an event time stamp): input from before then was meant for others. */
  private shownAt = 0;
  private readonly pieces: PiecesView;
  /** The choices on screen now, for a tap on the drawn phone. */
  private shownChoices: readonly StoryChoice[] = [];
  /** Extra controls (the Settings button) for the menu and the play header; set by main.ts. */
  tools: ((where: 'menu' | 'play') => Node | null) | undefined;
  private refocus: string | undefined;
  /** Counts renders, so a screen whose code arrives late is not drawn over a newer one. */
  private renderToken = 0;
  /** Answers to the debrief's reflection prompts: in memory unless main.ts hands in the browser's storage. */
  notes = new ReflectionNotes(new MemoryStore());
  /** The debrief's framework list: remembered as a preference where main.ts wires one, else just applied. */
  chooseFramework: (id: FrameworkId) => void = (id) => this.app.setFramework(id);
  /**
   * Before a scenario starts from the menu: main.ts may ask a question first (where the learner practises,
   * once), then calls `go`. By default the scenario simply opens.
   */
  beforeScenario: (go: () => void) => void = (go) => go();
  /** The before-and-after judgement check's answers (solo play; set by main.ts). */
  judgement: JudgementStore | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly notices: HTMLElement,
    private readonly app: App,
  ) {
    this.pieces = new PiecesView({
      updateForm: (values) => app.updateForm(values),
      phone: () => app.currentSession?.snapshot().phone,
      postContext: () => app.currentSession?.postContext ?? { people: [] },
    });
    this.subs.add(
      app.events.on('app/screen', (screen) => this.render(screen)),
      app.events.on('app/notice', (notice) => this.showNotice(notice)),
      app.events.on('story/entry', ({ entry }) => this.appendEntry(entry)),
      app.events.on('story/choices', ({ choices, discuss }) => this.showChoices(choices, discuss, true)),
      app.events.on('story/ended', () => this.showEnd()),
      app.events.on('ledger/changed', ({ ledger }) => this.showVerdict(ledger.decisions.at(-1))),
    );
    document.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    this.subs.closeAll();
    document.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = htmlTarget(event);
    // Keys typed into a text field are the player's words, not choices (switches and radio buttons take no text).
    if (target && (/^(TEXTAREA|SELECT)$/.test(target.tagName) || (target instanceof HTMLInputElement && !/^(checkbox|radio)$/.test(target.type)))) return;
    if (target?.isContentEditable) return;
    if (this.app.currentScreen.name !== 'play' || !this.choicesEl) return;
    if (/^[1-9]$/.test(event.key)) {
      // A held key repeats; neither it nor a key pressed before these choices appeared takes one
      // (group mode ignores repeats too: src/ui/group-keys.ts).
      if (!this.fresh(event)) {
        event.preventDefault();
        return;
      }
      const index = Number(event.key) - 1;
      const button = this.choicesEl.querySelectorAll<HTMLButtonElement>('button.choice')[index];
      if (button) {
        event.preventDefault();
        button.click();
      }
    } else if (event.repeat && (event.key === 'Enter' || event.key === ' ') && target?.closest('.choices, .passage')) {
      // A held Enter (or Space) would go from the text to a choice, take it, and so on: only the first press counts.
      event.preventDefault();
    } else if (event.key === 'Enter' && target && target.classList.contains('passage')) {
      // From the text just read, Enter goes to the choices; Enter again takes the focused one.
      event.preventDefault();
      this.choicesEl.querySelector<HTMLButtonElement>('button.choice')?.focus();
    }
  };

  private showNotice(notice: Notice): void {
    const item = h(
      'div',
      { className: `notice notice-${notice.level}`, role: notice.level === 'error' ? 'alert' : 'status' },
      h('p', {}, notice.text),
      h('button', { type: 'button', className: 'notice-close', 'aria-label': COMMON_COPY.dismissLabel, onclick: () => item.remove() }, COMMON_COPY.dismiss),
    );
    this.notices.append(item);
  }

  private markReady(kind: string): void {
    document.documentElement.dataset.ready = kind;
    if (!this.readyMarked) {
      this.readyMarked = true;
      performance.mark('pp:first-text');
    }
  }

  render(screen: Screen): void {
    this.renderToken++;
    // Switching the framework on the debrief rebuilds it: keep the player on the list they were using.
    this.refocus = document.activeElement?.id === 'debrief-framework' && screen.name === 'debrief' ? 'debrief-framework' : undefined;
    this.log = this.passage = this.choicesEl = this.discussEl = undefined;
    clear(this.root);
    this.root.dataset.screen = screen.name;
    // A new screen starts at its top (the panel's scroll container keeps the last screen's position).
    this.root.closest('.panel-wrap')?.scrollTo(0, 0);
    switch (screen.name) {
      case 'menu':
        this.renderMenu(screen.resume);
        break;
      case 'loading':
        this.root.append(h('p', { className: 'loading', role: 'status' }, INTRO_COPY.loading(screen.scenario.title)));
        break;
      case 'intro':
        this.renderIntro(screen.scenario, screen.resume);
        break;
      case 'play':
        this.renderPlay(screen.scenario, screen.snapshot, screen.resumed);
        break;
      case 'debrief':
        void this.withDebriefParts((parts) => this.renderDebrief(parts, screen.scenario, screen.debrief, screen.previous));
        break;
      case 'references':
        void this.withDebriefParts((parts) => {
          const heading = parts.renderReferences(this.root, () => this.app.showMenu());
          this.markReady('references');
          heading.focus({ preventScroll: true });
        });
        break;
    }
  }

  /** Renders with the debrief's chunk once it is here, unless another screen has been shown meanwhile. */
  private async withDebriefParts(render: (parts: typeof DebriefParts) => void): Promise<void> {
    const token = ++this.renderToken;
    const status = h('p', { className: 'loading', role: 'status' }, COMMON_COPY.loadingPage);
    this.root.append(status);
    let parts: typeof DebriefParts;
    try {
      parts = await debriefParts();
    } catch {
      if (token === this.renderToken) status.textContent = COMMON_COPY.pageFailed;
      return;
    }
    if (token !== this.renderToken) return;
    status.remove();
    render(parts);
  }

  private renderMenu(resume: ResumeOffer | undefined): void {
    const heading = h('h1', { tabindex: -1 }, MENU_COPY.title);
    this.root.append(heading, h('p', { className: 'lede' }, MENU_COPY.lede), h('div', { className: 'menu-tools' }, this.tools?.('menu')));
    if (resume) {
      const when = formatWhen(resume.savedAt);
      this.root.append(
        h(
          'section',
          { className: 'resume card', 'aria-labelledby': 'resume-title' },
          h('h2', { id: 'resume-title' }, MENU_COPY.resume.heading),
          h('p', {}, MENU_COPY.resume.summary(resume.scenario.title, resume.steps, when)),
          h(
            'div',
            { className: 'actions' },
            h(
              'button',
              { type: 'button', className: 'primary', onclick: () => void this.app.begin(resume.scenario.id, { resume: true }) },
              MENU_COPY.resume.continue,
            ),
            h('button', { type: 'button', onclick: () => void this.app.begin(resume.scenario.id, { resume: false }) }, MENU_COPY.resume.startAgain),
          ),
        ),
      );
    }
    const list = h('ul', { className: 'scenarios', 'aria-label': MENU_COPY.scenariosLabel });
    for (const { meta } of this.app.scenarios) {
      list.append(
        h(
          'li',
          { className: 'card scenario' },
          h('h2', {}, meta.title),
          h('p', {}, meta.summary),
          meta.minutes ? h('p', { className: 'meta' }, MENU_COPY.minutes(meta.minutes)) : null,
          meta.contentNotes.length ? h('p', { className: 'meta' }, MENU_COPY.contentNotes(meta.contentNotes)) : null,
          h(
            'button',
            {
              type: 'button',
              className: 'primary',
              'aria-label': MENU_COPY.playLabel(meta.title),
              onclick: () => this.beforeScenario(() => void this.app.open(meta.id)),
            },
            MENU_COPY.play,
          ),
        ),
      );
    }
    if (this.app.scenarios.length === 0) list.append(h('li', {}, MENU_COPY.noScenarios));
    this.root.append(h('h2', { className: 'section-title' }, MENU_COPY.scenariosHeading), list);
    // Group mode: a facilitator runs the same scenarios with a room (src/ui/group-mode.ts).
    this.root.append(
      h(
        'p',
        { className: 'group-entry' },
        h('button', { type: 'button', onclick: () => location.assign(`${location.pathname}?mode=group`) }, MENU_COPY.groupSession),
        ' ',
        h('button', { type: 'button', onclick: () => this.app.showReferences() }, MENU_COPY.sources),
      ),
    );
    this.markReady('menu');
    heading.focus({ preventScroll: true });
  }

  private renderIntro(meta: ScenarioMeta, resume: ResumeOffer | undefined): void {
    const heading = h('h1', { tabindex: -1 }, meta.title);
    this.root.append(heading, h('p', { className: 'lede' }, meta.summary));
    if (meta.contentNotes.length) {
      this.root.append(
        h(
          'section',
          { className: 'card content-notes', 'aria-labelledby': 'notes-title' },
          h('h2', { id: 'notes-title' }, INTRO_COPY.notesHeading),
          h('ul', {}, ...meta.contentNotes.map((n) => h('li', {}, n))),
          h('p', {}, INTRO_COPY.notesStop),
        ),
        supportEl('h2'),
      );
    }
    const actions = h('div', { className: 'actions' });
    if (resume) {
      actions.append(
        h('button', { type: 'button', className: 'primary', onclick: () => void this.app.begin(meta.id, { resume: true }) }, INTRO_COPY.continue(resume.steps)),
        h('button', { type: 'button', onclick: () => void this.app.begin(meta.id, { resume: false }) }, INTRO_COPY.startAgain),
      );
    } else {
      actions.append(h('button', { type: 'button', className: 'primary', onclick: () => void this.app.begin(meta.id, { resume: false }) }, INTRO_COPY.begin));
    }
    actions.append(h('button', { type: 'button', onclick: () => this.app.showMenu() }, INTRO_COPY.backToMenu));
    this.root.append(actions);
    this.markReady('intro');
    heading.focus({ preventScroll: true });
  }

  private renderPlay(meta: ScenarioMeta, snapshot: SessionSnapshot, resumed: boolean): void {
    this.root.append(
      h(
        'div',
        { className: 'play-header' },
        h('h1', { className: 'play-title' }, meta.title),
        this.tools?.('play'),
        h('button', { type: 'button', className: 'quiet', onclick: () => this.app.showMenu() }, PLAY_COPY.menu),
      ),
    );
    this.log = h('div', { className: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': PLAY_COPY.logLabel });
    this.discussEl = h('aside', { className: 'discuss', 'aria-label': PLAY_COPY.discussLabel, hidden: true });
    this.choicesEl = h('div', { className: 'choices', role: 'group', 'aria-label': PLAY_COPY.choicesLabel });
    this.root.append(this.log, this.discussEl, this.pieces.root, this.choicesEl);

    // Draw what has already happened (a fresh start, or a resumed game) without announcing it all again.
    this.log.setAttribute('aria-live', 'off');
    this.newPassage();
    for (const entry of snapshot.transcript) {
      if (entry.kind === 'choice' && entry.step > 0) this.showVerdict(snapshot.ledger.decisions[entry.step - 1]);
      this.appendEntry(entry);
    }
    this.showVerdict(snapshot.ledger.decisions.at(-1));
    if (resumed) this.passage?.append(h('p', { className: 'resumed' }, PLAY_COPY.resumed));
    this.log.setAttribute('aria-live', 'polite');
    this.showChoices([...snapshot.choices], snapshot.discuss, false);
    this.markReady('story');
    this.passage?.focus({ preventScroll: true });
    this.passage?.scrollIntoView({ block: 'start' });
  }

  private newPassage(): HTMLElement {
    const passage = h('section', { className: 'passage', tabindex: -1 });
    this.log?.append(passage);
    this.passage = passage;
    return passage;
  }

  private appendEntry(entry: TranscriptEntry): void {
    if (entry.kind === 'line') this.appendText(entry.text, entry.feedback, entry.contentNote, entry.support);
    else if (entry.kind === 'phone') this.appendCue(entry.cue);
    else {
      this.newPassage();
      this.passage?.append(h('p', { className: 'chosen' }, h('span', { className: 'visually-hidden' }, PLAY_COPY.youChose), entry.text));
    }
  }

  private appendText(text: string, feedback: boolean, contentNote?: string, support?: boolean): void {
    if (!this.passage) return;
    if (contentNote) this.passage.append(contentNoteEl(contentNote));
    if (text) {
      this.passage.append(
        feedback ? h('p', { className: 'feedback' }, h('span', { className: 'feedback-label' }, COMMON_COPY.whyItMatters), text) : h('p', {}, text),
      );
    }
    if (support) this.passage.append(supportEl('h3'));
  }

  private appendCue(cue: PhoneCue): void {
    const text = describeCue(cue);
    if (!text || !this.passage) return;
    if (cue.type === 'search' && cue.results?.length) {
      // Search results as a list, so each can be read (and skipped) on its own.
      this.passage.append(
        h(
          'div',
          { className: `phone-event phone-${cue.type}` },
          h('span', { className: 'phone-icon' }, COMMON_COPY.phone),
          h(
            'div',
            {},
            h('p', {}, PLAY_COPY.search.summary(cue.query, cue.results.length)),
            h(
              'ul',
              {},
              ...cue.results.map((r) =>
                h('li', {}, h('strong', {}, r.title), PLAY_COPY.search.snippet(r.snippet), r.exposes.length ? PLAY_COPY.search.shows(r.exposes) : ''),
              ),
            ),
          ),
        ),
      );
      return;
    }
    this.passage.append(h('p', { className: `phone-event phone-${cue.type}` }, h('span', { className: 'phone-icon' }, COMMON_COPY.phone), text));
  }

  /**
   * Whether this key or click is the player's answer to the choices now on screen: not a held key's
   * repeat, not the second click of a double click (it lands on the next choices), and not input made
   * before these choices appeared (queued while the page was busy, it was meant for the ones before).
   * A click from the keyboard (Enter or Space on a button) has detail 0.
   */
  private fresh(event: Event): boolean {
    if (event instanceof KeyboardEvent && event.repeat) return false;
    if (event instanceof MouseEvent && event.detail > 1) return false;
    return event.timeStamp >= this.shownAt;
  }

  /** Now, on the clock input events are stamped with (a test's fake clock may move performance.now() on). */
  private static now(): number {
    return new Event('choices-shown').timeStamp;
  }

  /** A click on a choice button is taken only when `fresh`; `button.click()` from a number key is already checked. */
  private onChoiceClick(event: Event, act: () => void): void {
    if (event.isTrusted && !this.fresh(event)) return;
    act();
  }

  private showChoices(choices: StoryChoice[], discuss: string | undefined, fresh: boolean): void {
    const el = this.choicesEl;
    if (!el) return;
    clear(el);
    this.shownAt = Panel.now();
    if (this.discussEl) {
      clear(this.discussEl);
      this.discussEl.hidden = !discuss;
      if (discuss) this.discussEl.append(h('p', {}, h('strong', {}, PLAY_COPY.thinkAboutIt), discuss));
    }
    const phone = this.app.currentSession?.snapshot().phone;
    if (phone) this.pieces.render(phone);
    this.shownChoices = choices;
    if (choices.some((c) => c.phone)) el.append(h('p', { className: 'phone-hint' }, PLAY_COPY.phoneHint));
    const list = h('ol', { className: 'choice-list' });
    choices.forEach((choice, i) => {
      list.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'choice',
              'data-index': i,
              'data-phone': choice.phone,
              'aria-keyshortcuts': i < 9 ? String(i + 1) : undefined,
              onclick: (event: Event) => this.onChoiceClick(event, () => this.take(i)),
            },
            h('span', { className: 'choice-key', 'aria-hidden': 'true' }, i < 9 ? String(i + 1) : ''),
            h('span', { className: 'choice-text' }, choice.text),
            choice.phone ? h('span', { className: 'choice-phone' }, h('span', { className: 'visually-hidden' }, ', '), PLAY_COPY.onThePhone) : null,
          ),
        ),
      );
    });
    el.append(list);
    if (fresh) {
      // Move focus to the new text so it is read from the top; Tab (or Enter) reaches the choices. Once the
      // choice has been taken in full (in a microtask: still before the next paint): the choice's verdict line
      // goes into the passage after this, and focusing and scrolling here laid the page out twice per choice.
      const passage = this.passage;
      queueMicrotask(() => {
        if (passage !== this.passage || !passage?.isConnected) return;
        passage.focus({ preventScroll: true });
        passage.scrollIntoView({ block: 'start', behavior: scrollBehaviour() });
      });
    }
  }

  /** The story's last passage stays on screen; the player moves on to the debrief when ready. */
  private showEnd(): void {
    const el = this.choicesEl;
    if (!el) return;
    clear(el);
    this.shownAt = Panel.now();
    if (this.discussEl) this.discussEl.hidden = true;
    el.append(
      h('p', { className: 'ended' }, PLAY_COPY.ended),
      h(
        'ol',
        { className: 'choice-list' },
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'choice to-debrief',
              'aria-keyshortcuts': '1',
              onclick: (event: Event) => this.onChoiceClick(event, () => void this.app.showDebrief()),
            },
            h('span', { className: 'choice-key', 'aria-hidden': 'true' }, '1'),
            h('span', { className: 'choice-text' }, PLAY_COPY.toDebrief),
          ),
        ),
      ),
    );
    this.passage?.focus({ preventScroll: true });
    this.passage?.scrollIntoView({ block: 'start', behavior: scrollBehaviour() });
  }

  /**
   * After a choice's consequence and feedback: the standards it touched, named in the learner's own
   * regulator's code beside HCPC, with the verdict in words.
   */
  private showVerdict(decision: Decision | undefined): void {
    if (!decision || decision.impacts.length === 0 || !this.passage) return;
    const feedback = [...this.passage.querySelectorAll(':scope > .feedback')].at(-1);
    const line = h(
      'p',
      { className: 'verdicts' },
      h('span', { className: 'verdicts-label' }, PLAY_COPY.standardsLabel),
      ...decision.impacts.flatMap((i, n) => [
        n > 0 ? '; ' : '',
        h('span', { className: `verdict verdict-${i.impact}` }, `${COMMON_COPY.impactIcons[i.impact]} ${IMPACT_LABELS[i.impact]}`),
        ` ${standardNameLine(this.app.nameStandard(i.standard))}`,
      ]),
    );
    if (feedback) feedback.after(line);
    else this.passage.append(line);
  }

  /**
   * A tap on the drawn phone (src/game/objects/phone-hotspots.ts). A control bound to a choice (`#phone:`)
   * takes it exactly as its button does (the same freshness check, the same `take`); a form control edits
   * the open form through its own DOM control. Anything else is ignored.
   */
  tapPhone(control: PhoneControl, event: Event): void {
    if (this.app.currentScreen.name !== 'play' || !this.choicesEl) return;
    if (isFormControl(control)) {
      if (this.fresh(event)) this.pieces.tap(control);
      return;
    }
    const index = this.shownChoices.findIndex((c) => c.phone === control);
    if (index >= 0 && this.choicesEl.querySelector(`button.choice[data-index="${index}"]`)) this.onChoiceClick(event, () => this.take(index));
  }

  /** The choice's own entry starts the next passage (appendEntry), so a refused choice leaves no trace. */
  private take(index: number): void {
    this.shownChoices = [];
    if (this.choicesEl) clear(this.choicesEl);
    clear(this.pieces.root);
    const session = this.app.currentSession;
    const result = this.app.choose(index);
    // Refused (a story error, which the app's notice explains): offer the same choices again.
    if (!result.ok && session && this.app.currentSession === session) {
      this.showChoices([...session.currentChoices], session.snapshot().discuss, false);
    }
  }

  /** The map of the road not taken, for the play-through just finished (when the build made one). */
  private roadMap(parts: typeof DebriefParts, meta: ScenarioMeta): HTMLElement[] {
    const load = this.app.find(meta.id)?.roadMap;
    const session = this.app.currentSession;
    if (!load || !session) return [];
    const taken = session.snapshot().ledger.decisions.map((d) => d.choiceText);
    return [
      parts.roadMapSection({
        load,
        offered: session.choicePoints,
        taken,
        name: (n) => this.app.nameStandard(n),
        rewind: (step, option) => void this.app.rewind(step, option),
      }),
    ];
  }

  private renderDebrief(parts: typeof DebriefParts, meta: ScenarioMeta, debrief: DebriefData, previous: DebriefData | undefined): void {
    const { learningRecordHtml, saveFile, slug } = parts;
    const heading = parts.renderDebrief(
      this.root,
      meta.title,
      debrief,
      {
        restart: () => void this.app.restart(),
        menu: () => this.app.showMenu(),
        sources: () => this.app.showReferences(),
        downloadRecord: () => {
          const date = new Date().toISOString().slice(0, 10);
          const judgement = this.judgement ? judgementChange(this.judgement.get()) : undefined;
          const html = learningRecordHtml(debrief, { date, notes: this.notes.get(meta.id), minutes: meta.minutes, judgement });
          saveFile(html, 'text/html', `cpd-record-${slug(meta.title)}-${date}.html`);
        },
      },
      {
        get: () => this.notes.get(meta.id),
        set: (prompt, text) => void this.notes.set(meta.id, prompt, text),
        clear: () => this.notes.clear(meta.id),
        restore: (notes) => this.notes.restore(meta.id, notes),
        problem: () => this.notes.problem,
      },
      [...this.roadMap(parts, meta), ...(this.judgement ? [judgementSection(this.judgement)].filter((e) => e !== null) : [])],
      previous,
    );
    const tools = this.tools?.('menu');
    if (tools) heading.after(h('div', { className: 'menu-tools' }, tools));
    this.markReady('debrief');
    const keep = this.refocus ? document.getElementById(this.refocus) : null;
    if (keep) keep.focus({ preventScroll: true });
    else {
      heading.focus({ preventScroll: true });
      // The debrief starts at its top, even if the story's last passage was still scrolling smoothly.
      holdAtTop(this.root.closest('.panel-wrap'));
    }
  }
}
