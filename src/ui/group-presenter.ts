/**
 * The presenter's controls: what the projector shows, the prompt and notes, the choices with vote entry,
 * the timer and the buttons. One component, used in the presenter window (group-presenter-window.ts, talking
 * to the projector window by postMessage) and as the on-screen panel when pop-ups are blocked (calling the controller directly).
 */
import type { FormsView, GroupView } from '../core/group/controller.ts';
import type { FormValues } from '../core/phone/pieces.ts';
import { PiecesView } from './pieces-view.ts';
import { formatClock, timerExpired, timerRemaining, timerRunning } from '../core/group/model.ts';
import type { GroupCommand } from '../core/group/protocol.ts';
import { activeHtmlElement, clear, h, inputTarget } from './dom.ts';
import { renderSummaryFull, summaryActions } from './group-summary-view.ts';
import { keyList } from './group-help.ts';
import { optionNotes, outcomeText, screenWords } from './group-presenter-parts.ts';
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';
import { PreviewStage, type ScreenRenderer } from './group-presenter-preview.ts';

export type Send = (command: GroupCommand) => void;

export function timerText(view: Pick<GroupView, 'timer'>, now: number): string {
  const t = view.timer;
  if (timerExpired(t, now)) return GROUP_PRESENTER_COPY.timer.up;
  const left = formatClock(timerRemaining(t, now));
  if (timerRunning(t)) return GROUP_PRESENTER_COPY.timer.running(left);
  return t.elapsedBeforeMs > 0 ? GROUP_PRESENTER_COPY.timer.paused(left) : GROUP_PRESENTER_COPY.timer.notStarted(left);
}

export class PresenterPanel {
  readonly el: HTMLElement;
  /** What is drawn afresh for each view: the whole panel, or beside the speaker view's miniatures, the controls. */
  private readonly body: HTMLElement;
  /** The speaker view's miniatures of the projector (the presenter window only): kept across redraws. */
  private readonly stage: PreviewStage | undefined;
  private view: GroupView | undefined;
  private lastJson = '';
  private timerEl: HTMLElement | undefined;
  private status = '';
  /** Set while another presenter window has control: this one offers to take over. */
  private takeOver: (() => void) | undefined;
  private notices: readonly { level: string; text: string }[] = [];
  /** The phone's form for the room's decision: kept across redraws so typing and focus survive them. */
  private pieces: PiecesView | undefined;
  private piecesStep = -1;
  private formsNow: FormsView | null = null;
  private pendingForm: FormValues | undefined;
  private formTimer: ReturnType<typeof setTimeout> | undefined;
  /** The presenter's notes on the standards: off until asked for, for this session only (never saved). */
  private notesShown = false;

  constructor(
    private readonly send: Send,
    /** `messages: false`: no view.message (the on-screen controls, which the room sees). */
    private readonly options: { headingLevel: 'h1' | 'h2'; onClose?: () => void; notes?: boolean; messages?: boolean; previews?: ScreenRenderer },
  ) {
    this.el = h('div', { className: 'presenter' });
    this.body = this.el;
    if (options.previews) {
      // The controls come first (the keyboard's order); the miniatures sit beside them and take no focus.
      this.stage = new PreviewStage(options.previews);
      this.body = h('div', { className: 'pcontrols' });
      this.el.classList.add('pspeaker');
      this.el.append(this.body, this.stage.el);
    }
  }

  setStatus(text: string): void {
    if (text === this.status) return;
    this.status = text;
    this.lastJson = '';
    if (this.view) this.render(this.view);
    else this.renderWaiting();
  }

  /** Another presenter window has control: say so, with a button to take over (undefined: this one has control). */
  setSecond(takeOver: (() => void) | undefined): void {
    if (Boolean(takeOver) === Boolean(this.takeOver)) return;
    this.takeOver = takeOver;
    this.setStatus(takeOver ? GROUP_PRESENTER_COPY.connection.second : '');
  }

  renderWaiting(): void {
    clear(this.body);
    this.body.append(
      h(this.options.headingLevel, {}, GROUP_PRESENTER_COPY.heading),
      h('p', { className: 'pconn', role: 'status' }, this.status || GROUP_PRESENTER_COPY.connection.connecting),
    );
    this.appendTakeOver();
  }

  private appendTakeOver(): void {
    const takeOver = this.takeOver;
    if (takeOver)
      this.body.append(
        h(
          'div',
          { className: 'gactions' },
          h('button', { type: 'button', className: 'primary', 'data-key': 'take-over', onclick: () => takeOver() }, GROUP_PRESENTER_COPY.connection.takeOver),
        ),
      );
  }

  tick(now: number): void {
    if (this.timerEl && this.view) this.timerEl.textContent = timerText(this.view, now);
  }

  render(view: GroupView, notices: readonly { level: string; text: string }[] = this.notices): void {
    this.notices = notices;
    if (!view.scenario) this.notesShown = false; // a new session starts with the notes hidden
    const json = JSON.stringify([view, notices.map((n) => n.text), this.notesShown]);
    if (json === this.lastJson) return;
    this.lastJson = json;
    // Keep the facilitator's place: the focused control (and a number being typed) survive a redraw.
    const active = activeHtmlElement();
    let focusKey = active && this.el.contains(active) ? active.dataset.key : undefined;
    // An option's control stays an option's control only for the same decision: on the next one, the focus
    // goes to Next (Enter on "Take option 2" must not take the new decision's option 2 undiscussed).
    if (focusKey && /^(votes|minus|plus|take)-/.test(focusKey) && view.current?.step !== this.view?.current?.step) focusKey = 'next';
    const typed = active instanceof HTMLInputElement && active.type === 'number' ? active.value : undefined;
    const openDetails = new Set([...this.el.querySelectorAll('details')].filter((d) => d.open).map((d) => d.querySelector('summary')?.dataset.key));
    const inForm = active && this.pieces?.root.contains(active) ? active : undefined;
    const caret = inForm instanceof HTMLTextAreaElement ? [inForm.selectionStart, inForm.selectionEnd] : undefined;
    this.view = view;
    clear(this.body);
    this.build(view);
    if (inForm && this.el.contains(inForm)) {
      inForm.focus({ preventScroll: true });
      if (caret && inForm instanceof HTMLTextAreaElement) inForm.setSelectionRange(caret[0]!, caret[1]!);
    }
    for (const d of this.el.querySelectorAll('details')) if (openDetails.has(d.querySelector('summary')?.dataset.key)) d.open = true;
    if (focusKey) {
      // A control that went with the redraw (Take option, once the reveal is on): the focus goes to Next, never to the page's top.
      const again = this.el.querySelector<HTMLElement>(`[data-key="${focusKey}"]`) ?? this.el.querySelector<HTMLElement>('[data-key=next]');
      if (again) {
        if (typed !== undefined && again instanceof HTMLInputElement && again.dataset.key === focusKey) again.value = typed;
        again.focus({ preventScroll: true });
      }
    }
    this.stage?.show(view);
  }

  /** Send a command, after any form values still waiting to go. */
  command(command: GroupCommand): void {
    this.flushForm();
    this.send(command);
  }

  private button(label: string, command: GroupCommand, key: string, extra: Record<string, string | boolean | undefined> = {}): HTMLButtonElement {
    return h('button', { type: 'button', 'data-key': key, onclick: () => this.command(command), ...extra }, label);
  }

  /**
   * The phone's form at this decision (privacy settings, a post, a profile picture): the facilitator fills
   * it in as the room agrees, and the projector shows what is set. Values go to the story with the decision.
   */
  private appendForms(view: GroupView, sub: 'h2' | 'h3'): void {
    const forms = view.forms;
    this.formsNow = forms;
    if (!forms) {
      this.pieces = undefined;
      this.piecesStep = -1;
      return;
    }
    if (!this.pieces || this.piecesStep !== forms.step) {
      this.pieces = new PiecesView({
        updateForm: (values) => this.queueForm(values),
        phone: () => (this.formsNow ? { forms: this.formsNow.forms, form: { ...this.formsNow.values, ...this.pendingForm } } : undefined),
        postContext: () => this.formsNow?.context ?? { people: [] },
      });
      this.pieces.render({ forms: forms.forms, form: forms.values });
      this.piecesStep = forms.step;
    }
    this.body.append(h('section', { className: 'pforms', 'aria-label': GROUP_PRESENTER_COPY.forms }, h(sub, {}, GROUP_PRESENTER_COPY.forms), this.pieces.root));
  }

  /** Typing sends at most every 250 ms; anything pending goes first when another command is sent. */
  private queueForm(values: Readonly<FormValues>): void {
    this.pendingForm = { ...this.pendingForm, ...values };
    clearTimeout(this.formTimer);
    this.formTimer = setTimeout(() => this.flushForm(), 250);
  }

  private flushForm(): void {
    clearTimeout(this.formTimer);
    const values = this.pendingForm;
    this.pendingForm = undefined;
    if (values) this.send({ type: 'form', values });
  }

  private build(view: GroupView): void {
    const H = this.options.headingLevel;
    const sub = H === 'h1' ? 'h2' : 'h3';
    const head = h('div', { className: 'phead' }, h(H, {}, GROUP_PRESENTER_COPY.heading));
    if (this.options.onClose) head.append(h('button', { type: 'button', 'data-key': 'close', onclick: this.options.onClose }, GROUP_PRESENTER_COPY.hide));
    this.body.append(head);
    if (this.status) this.body.append(h('p', { className: 'pconn', role: 'status' }, this.status));
    this.appendTakeOver();
    // The facilitator's messages and hints live here, never on the projector.
    if (view.message && this.options.messages !== false) this.body.append(h('p', { className: 'pmessage', role: 'status' }, view.message));
    if (this.notices.length) {
      this.body.append(
        h(
          'ul',
          { className: 'pnotices', 'aria-label': GROUP_PRESENTER_COPY.notices },
          ...this.notices.map((n) => h('li', { className: `gnotice-${n.level}` }, n.text)),
        ),
      );
    }

    if (!view.scenario) {
      const list = h('ul', { className: 'plist' });
      const screen = view.screen;
      const saved = h('ul', { className: 'plist' });
      if (screen.kind === 'menu') {
        for (const s of screen.scenarios) {
          list.append(h('li', {}, this.button(GROUP_PRESENTER_COPY.menu.start(s.title), { type: 'start', scenario: s.id }, `start-${s.id}`)));
        }
        for (const o of screen.saved ?? [])
          saved.append(
            h('li', {}, this.button(GROUP_PRESENTER_COPY.menu.resume(o.title, o.decisions), { type: 'resume', session: o.sessionId }, `resume-${o.sessionId}`)),
          );
      }
      this.body.append(h(sub, {}, GROUP_PRESENTER_COPY.menu.heading), list);
      if (saved.childElementCount) this.body.append(h(sub, {}, GROUP_PRESENTER_COPY.menu.saved), saved);
      this.body.append(this.settings(view, sub));
      return;
    }

    // What the room sees, and what Next does.
    this.body.append(
      h(
        'section',
        { className: 'pnow', 'aria-label': GROUP_PRESENTER_COPY.now.label },
        h(sub, {}, GROUP_PRESENTER_COPY.now.heading(view.position.label)),
        h('p', {}, GROUP_PRESENTER_COPY.now.position(view.position.index + 1, view.position.total, view.position.live, view.nextAction)),
        view.blackout ? h('p', { className: 'pwarn' }, GROUP_PRESENTER_COPY.now.blackedOut) : null,
        h(
          'div',
          { className: 'gactions' },
          this.button(GROUP_PRESENTER_COPY.now.back, { type: 'back' }, 'back'),
          this.button(GROUP_PRESENTER_COPY.now.next, { type: 'next' }, 'next', { className: 'primary' }),
          this.button(GROUP_PRESENTER_COPY.now.reveal, { type: 'reveal' }, 'reveal'),
          this.button(view.blackout ? GROUP_PRESENTER_COPY.now.endBlackout : GROUP_PRESENTER_COPY.now.blackout, { type: 'blackout' }, 'blackout', {
            'aria-pressed': String(view.blackout),
          }),
        ),
      ),
    );

    if (this.stage) this.body.append(this.timerSection(view, sub));

    const shown = screenWords(view);
    if (shown.length) {
      this.body.append(
        h('details', { className: 'pshown' }, h('summary', { 'data-key': 'shown' }, GROUP_PRESENTER_COPY.now.shown), ...shown.map((t) => h('p', {}, t))),
      );
    }

    const c = view.current;
    if (c) {
      const options = h('ol', { className: 'poptions' });
      const notes = this.options.notes === true && this.notesShown ? view.notes?.options : undefined;
      c.options.forEach((text, i) => {
        const label = GROUP_PRESENTER_COPY.decision.handsLabel(i + 1);
        const input = h('input', {
          type: 'number',
          min: 0,
          max: 999,
          step: 1,
          inputmode: 'numeric',
          value: c.votes[i] ?? 0,
          'data-key': `votes-${i}`,
          'aria-label': label,
          // Each keystroke counts at once (the bars move as the trainer types); a bad number is put right on leaving.
          oninput: (e: Event) => {
            const raw = inputTarget(e).value;
            const value = Number(raw);
            if (raw !== '' && Number.isInteger(value) && value >= 0 && value <= 999 && value !== c.votes[i]) this.send({ type: 'set-votes', option: i, value });
          },
          onchange: (e: Event) => {
            const target = inputTarget(e);
            const value = Number(target.value);
            if (Number.isInteger(value) && value >= 0 && value <= 999) this.send({ type: 'set-votes', option: i, value });
            else {
              target.value = String(c.votes[i] ?? 0);
              this.setStatus(GROUP_PRESENTER_COPY.decision.badHands);
            }
          },
        });
        const taking = (c.outcome.state === 'override' || c.outcome.state === 'majority') && c.outcome.index === i;
        options.append(
          h(
            'li',
            { className: taking ? 'ptaking' : c.pointer === i ? 'ppointer' : '' },
            h(
              'p',
              { className: 'popt-text' },
              text,
              taking
                ? h('strong', {}, GROUP_PRESENTER_COPY.decision.toBeTaken)
                : c.pointer === i
                  ? h('strong', {}, GROUP_PRESENTER_COPY.decision.highlighted)
                  : null,
            ),
            notes ? optionNotes(notes[i] ?? []) : null,
            h(
              'div',
              { className: 'pvote' },
              this.button(GROUP_PRESENTER_COPY.decision.fewer, { type: 'vote', option: i, delta: -1 }, `minus-${i}`, {
                'aria-label': GROUP_PRESENTER_COPY.decision.fewerLabel(i + 1),
              }),
              input,
              this.button(GROUP_PRESENTER_COPY.decision.more, { type: 'vote', option: i, delta: 1 }, `plus-${i}`, {
                'aria-label': GROUP_PRESENTER_COPY.decision.moreLabel(i + 1),
              }),
              this.button(GROUP_PRESENTER_COPY.decision.take(i + 1), { type: 'take', option: i }, `take-${i}`),
            ),
          ),
        );
      });
      this.body.append(
        h(
          'section',
          { className: 'pchoice', 'aria-label': GROUP_PRESENTER_COPY.decision.heading(c.step + 1) },
          h(sub, {}, GROUP_PRESENTER_COPY.decision.heading(c.step + 1)),
          h('p', {}, h('strong', {}, GROUP_PRESENTER_COPY.decision.prompt), c.prompt ?? GROUP_PRESENTER_COPY.decision.noPrompt),
          h('p', { className: 'poutcome' }, GROUP_PRESENTER_COPY.outcome.total(outcomeText(view), c.total)),
          this.notesToggle(),
          options,
          h('p', { className: 'phint' }, GROUP_PRESENTER_COPY.decision.hint),
        ),
      );
      this.appendForms(view, sub);
    }

    if (!this.stage) this.body.append(this.timerSection(view, sub));
    this.body.append(this.settings(view, sub));
    // The summary so far holds decisions already revealed; before the first there is nothing to show.
    if (view.summary && (view.summary.decisions.length > 0 || view.finished)) {
      this.body.append(
        h(
          'section',
          { className: 'psummary', 'aria-label': GROUP_PRESENTER_COPY.summary.label },
          h(sub, {}, view.finished ? GROUP_PRESENTER_COPY.summary.finished : GROUP_PRESENTER_COPY.summary.soFar),
          summaryActions(view.summary),
          h(
            'details',
            {},
            h('summary', { 'data-key': 'details' }, GROUP_PRESENTER_COPY.summary.every),
            renderSummaryFull(view.summary, sub === 'h2' ? 'h3' : 'h3'),
          ),
        ),
      );
    }
    this.body.append(
      h(
        'div',
        { className: 'gactions' },
        this.endButton(view),
        view.confirm === 'menu' ? this.button(GROUP_PRESENTER_COPY.end.cancel, { type: 'back' }, 'keep') : null,
      ),
    );
  }

  /** The discussion timer: in the speaker view just under the position and Next, else after the decision. */
  private timerSection(view: GroupView, sub: 'h2' | 'h3'): HTMLElement {
    this.timerEl = h('p', { className: 'ptimer', role: 'timer', 'aria-live': 'off' }, timerText(view, Date.now()));
    return h(
      'section',
      { className: 'ptimer-wrap', 'aria-label': GROUP_PRESENTER_COPY.timer.label },
      h(sub, {}, GROUP_PRESENTER_COPY.timer.heading),
      this.timerEl,
      h(
        'div',
        { className: 'gactions' },
        this.button(
          timerRunning(view.timer) ? GROUP_PRESENTER_COPY.timer.pause : GROUP_PRESENTER_COPY.timer.start,
          { type: 'timer', action: 'toggle' },
          'timer-toggle',
        ),
        this.button(GROUP_PRESENTER_COPY.timer.extend, { type: 'timer', action: 'extend' }, 'timer-extend'),
        this.button(GROUP_PRESENTER_COPY.timer.reset, { type: 'timer', action: 'reset' }, 'timer-reset'),
      ),
    );
  }

  /** Show or hide the notes (the presenter window only), with what that means for the room. */
  private notesToggle(): HTMLElement {
    if (this.options.notes !== true) return h('p', { className: 'phint' }, GROUP_PRESENTER_COPY.decision.notesElsewhere);
    const shown = this.notesShown;
    const toggle = h(
      'button',
      {
        type: 'button',
        'data-key': 'notes',
        'aria-pressed': String(shown),
        onclick: () => {
          this.notesShown = !this.notesShown;
          if (this.view) this.render(this.view);
        },
      },
      shown ? GROUP_PRESENTER_COPY.decision.hideNotes : GROUP_PRESENTER_COPY.decision.showNotes,
    );
    const state = shown
      ? h('p', { className: 'pwarn pnotes-state', role: 'status' }, GROUP_PRESENTER_COPY.decision.notesShown)
      : h('p', { className: 'phint pnotes-state' }, GROUP_PRESENTER_COPY.decision.notesHidden);
    return h('div', { className: 'pnotes-toggle' }, state, h('div', { className: 'gactions' }, toggle));
  }

  /** Ending a session asks twice (the controller keeps the confirm step, so a key, a click or a clicker agree). */
  private endButton(view: GroupView): HTMLButtonElement {
    const armed = view.confirm === 'menu';
    return this.button(armed ? GROUP_PRESENTER_COPY.end.confirm : GROUP_PRESENTER_COPY.end.label, { type: 'menu' }, 'menu', {
      className: armed ? 'primary' : undefined,
      'aria-pressed': armed ? 'true' : undefined,
    });
  }

  private settings(view: GroupView, sub: 'h2' | 'h3'): HTMLElement {
    const box = (name: 'roadNotTaken' | 'singleKeys', label: string) =>
      h(
        'label',
        { className: 'pcheck' },
        h('input', {
          type: 'checkbox',
          'data-key': `set-${name}`,
          checked: view.settings[name],
          onchange: (e: Event) => this.send({ type: 'setting', name, value: inputTarget(e).checked }),
        }),
        ` ${label}`,
      );
    return h(
      'section',
      { className: 'psettings', 'aria-label': GROUP_PRESENTER_COPY.settings.label },
      h(sub, {}, GROUP_PRESENTER_COPY.settings.heading),
      box('roadNotTaken', GROUP_PRESENTER_COPY.settings.roadNotTaken),
      box('singleKeys', GROUP_PRESENTER_COPY.settings.singleKeys),
      h('details', {}, h('summary', { 'data-key': 'keys' }, GROUP_PRESENTER_COPY.settings.keys), keyList()),
    );
  }
}
