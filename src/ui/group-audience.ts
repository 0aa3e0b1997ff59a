/**
 * The projector window: the audience view of a group session, in the projector theme (large text sized to
 * the window's height, at most about twelve lines, strong contrast, nothing by colour alone). It owns the
 * GroupController, keeps the presenter window in step by postMessage, holds a screen wake lock while a
 * session runs (wake-lock.ts), and offers an on-screen presenter panel when pop-ups are blocked.
 */
import type { AudienceScreen, GroupController, GroupNotice, GroupView } from '../core/group/controller.ts';
import { BODY_LINES_MAX } from '../core/group/view.ts';
import type { GroupCommand } from '../core/group/protocol.ts';
import { clear, h, present } from './dom.ts';
import { renderSummaryFull, renderTally, summaryActions } from './group-summary-view.ts';
import { choiceContent, formsInWords, h1, impactsEl, pageNote, paraEl, roadContent } from './group-screen-parts.ts';
import { keyAction } from './group-keys.ts';
import { helpDialog } from './group-help.ts';
import { PresenterPanel, timerText } from './group-presenter.ts';
import { WakeLock } from './wake-lock.ts';
import { PresenterLink } from './group-link.ts';
import { PhoneColumn } from './group-phone-column.ts';
import { motifSvg } from './group-motif.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { GROUP_PROJECTOR_COPY } from '../content/copy/group-projector.ts';
import type { ProjectorPhone } from '../game/start-projector-phone.ts';

export class Audience {
  private readonly main: HTMLElement;
  private readonly screenEl: HTMLElement;
  private readonly footEl: HTMLElement;
  private readonly timerEl: HTMLElement;
  private readonly positionEl: HTMLElement;
  private readonly toastEl: HTMLElement;
  private readonly blackoutEl: HTMLElement;
  private readonly noticesEl: HTMLElement;
  private readonly panelWrap: HTMLElement;
  private readonly panel: PresenterPanel;
  private readonly link: PresenterLink;
  private readonly wake = new WakeLock();
  private readonly help = helpDialog();
  private view: GroupView | undefined;
  private lastScreenJson = '';
  /** The drawn phone's column and the text column's width beside it (group-phone-column.ts). */
  private readonly column: PhoneColumn;

  constructor(
    private readonly root: HTMLElement,
    private readonly group: GroupController,
  ) {
    this.screenEl = h('div', { className: 'gscreen' });
    this.column = new PhoneColumn(
      root,
      () => this.main,
      () => this.screenEl,
    );
    this.positionEl = h('span', { className: 'gposition' });
    this.timerEl = h('span', { className: 'gtimer', role: 'timer', 'aria-live': 'off' });
    const controls = h(
      'button',
      { type: 'button', className: 'gcontrols', 'aria-keyshortcuts': 'P', onclick: () => this.togglePanel() },
      GROUP_PROJECTOR_COPY.controls,
    );
    this.footEl = h('footer', { className: 'gfoot' }, this.positionEl, this.timerEl, controls);
    this.main = h('main', { className: 'gmain', id: 'group-main', tabindex: -1 }, this.column.stageEl, this.column.measureEl, this.screenEl, this.footEl);
    this.toastEl = h('p', { className: 'gtoast', role: 'status', 'aria-live': 'polite' });
    this.blackoutEl = h('div', { className: 'gblackout', hidden: true }, h('p', { className: 'visually-hidden' }, GROUP_PROJECTOR_COPY.blackout));
    this.noticesEl = h('div', { className: 'gnotices', role: 'region', 'aria-label': GROUP_PROJECTOR_COPY.messagesLabel });
    // The on-screen controls are on the room's screen: no notes, and none of the reducer's messages (a slip,
    // a refused key) either; notices (start-up, storage) are the facilitator's and may show there.
    this.panel = new PresenterPanel((command) => this.group.dispatch(command), { headingLevel: 'h2', onClose: () => this.togglePanel(false), messages: false });
    this.panelWrap = h('aside', { className: 'gpanel', 'aria-label': GROUP_PROJECTOR_COPY.controlsLabel, hidden: true }, this.panel.el);
    root.append(h('div', { className: 'gframe' }, this.main, this.toastEl), this.noticesEl, this.panelWrap, this.blackoutEl, this.help.el);

    this.link = new PresenterLink(group, () => this.renderFoot());
    group.events.on('group/view', (view) => this.render(view));
    group.events.on('group/notice', (n) => this.notice(n));
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', () => this.measure());
    // The bundled typeface arrives after the first measure (font-display: swap): the pages are cut again for it.
    void document.fonts?.ready.then(() => this.measure());
    setInterval(() => this.tick(), 1000);
    this.measure();
  }

  /** How much text fits: measured from the real font, so the pages hold at most about twelve lines. */
  measure(): void {
    const probe = h(
      'p',
      { className: 'gprobe', 'aria-hidden': 'true' },
      'Shona Pryce. Her children are on your caseload. For three months she cancelled every visit, then talked.',
    );
    this.screenEl.append(probe);
    const style = getComputedStyle(probe);
    const font = parseFloat(style.fontSize) || 30;
    const lineHeight = parseFloat(style.lineHeight) || font * 1.3;
    const charWidth = probe.getBoundingClientRect().width / (probe.textContent?.length ?? 100);
    probe.remove();
    // The text column as it is beside the phone (the phone's column is kept for the whole story, so the pages
    // are cut once for that width; screens without the phone use the same pages at full width).
    const width = this.column.measureEl.clientWidth || this.screenEl.clientWidth || window.innerWidth * 0.9;
    const perLine = (w: number) => Math.floor((w / Math.max(4, charWidth)) * 0.95);
    const charsPerLine = perLine(width);
    // The full width (the road not taken never has the phone beside it): the frame less its side padding,
    // which is the padding on the right (the left one makes room for the phone while it is shown).
    const pad = parseFloat(getComputedStyle(this.main).paddingRight) || 0;
    const fullCharsPerLine = Math.max(charsPerLine, perLine(this.main.clientWidth - 2 * pad));
    // Heading, page note, footer and margins take about a third of the height; the body gets the rest, up to
    // BODY_LINES_MAX (the theme's lines on screen less the heading, the page note and the footer).
    const lines = Math.min(BODY_LINES_MAX, Math.floor((window.innerHeight * 0.66) / lineHeight));
    this.group.setBudget({ charsPerLine, lines, fullCharsPerLine });
    // For the tests and the screen counter's budgets (src/story-tools/projector-show.ts): what this window holds.
    document.documentElement.dataset.pageBudget = `${charsPerLine}x${lines}, full width ${fullCharsPerLine}`;
  }

  /**
   * Whether the projector draws the phone: on from the start when the browser can draw (the column is there
   * before Phaser arrives, so the first text is cut for its final width), off with `?renderer=none` or a
   * failed start, when the text plays alone at full width.
   */
  usePhone(on: boolean): void {
    this.column.on = on;
    this.renderPhone();
    this.measure();
  }

  /** Where Phaser puts its canvas. */
  get phoneParent(): HTMLElement {
    return this.column.stageEl;
  }

  /** The drawn phone has started: it follows the session from now on. */
  attachPhone(phone: ProjectorPhone): void {
    this.column.attach(phone);
    this.renderPhone();
  }

  /** The phone beside the text, or the text alone at full width (see PhoneColumn.render). */
  private renderPhone(): void {
    this.column.render(this.view);
  }

  /** Messages for the facilitator go to the presenter; the projector shows them only while there is none. */
  private notice(n: GroupNotice): void {
    this.link.notices.push({ ...n, until: Date.now() + (n.level === 'error' ? 20_000 : 8_000) });
    if (this.link.connected || !this.panelWrap.hidden) {
      if (this.view) this.render(this.view, true);
      return;
    }
    const item = h(
      'div',
      { className: `gnotice gnotice-${n.level}`, role: n.level === 'error' ? 'alert' : 'status' },
      h('p', {}, h('strong', {}, GROUP_PROJECTOR_COPY.forFacilitator), n.text),
      h('button', { type: 'button', 'aria-label': COMMON_COPY.dismissLabel, onclick: () => item.remove() }, COMMON_COPY.dismiss),
    );
    this.noticesEl.append(item);
    // Messages for the facilitator should not sit on the projector for long.
    setTimeout(() => item.remove(), n.level === 'error' ? 20_000 : 8_000);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    if (this.help.isOpen() && e.key !== '?' && e.key !== 'Escape') return;
    const action = keyAction(e, this.group.singleKeys);
    if (!action) return;
    e.preventDefault();
    if ('command' in action) {
      this.group.dispatch(action.command);
      return;
    }
    switch (action.ui) {
      case 'help':
        this.help.toggle();
        return;
      case 'close':
        if (this.help.isOpen()) this.help.close();
        else this.togglePanel(false);
        return;
      case 'panel':
        this.togglePanel();
        return;
      case 'presenter':
        this.openPresenter();
        return;
      case 'fullscreen':
        this.fullscreen();
        return;
    }
  };

  openPresenter(): void {
    if (this.link.open()) {
      this.toast(GROUP_PROJECTOR_COPY.presenterOpen);
      return;
    }
    this.notice({ level: 'warning', text: GROUP_PROJECTOR_COPY.popupsBlocked });
    this.togglePanel(true);
  }

  private fullscreen(): void {
    const done = (p: Promise<void> | undefined) => void p?.catch(() => this.toast(GROUP_PROJECTOR_COPY.noFullscreen));
    if (document.fullscreenElement) done(document.exitFullscreen?.());
    else done(document.documentElement.requestFullscreen?.());
  }

  private togglePanel(show?: boolean): void {
    const open = show ?? this.panelWrap.hidden === true;
    this.panelWrap.hidden = !open;
    document.documentElement.classList.toggle('group-panel-open', open);
    if (open) {
      if (this.view) this.panel.render(this.view, this.link.notices);
      this.panelWrap.querySelector<HTMLElement>('button[data-key=next]')?.focus({ preventScroll: true });
    } else this.main.focus({ preventScroll: true });
  }

  private toast(text: string): void {
    this.toastEl.textContent = text;
  }

  private tick(): void {
    if (!this.view) return;
    this.renderFoot();
    this.panel.tick(Date.now());
  }

  private renderFoot(): void {
    const view = this.view;
    if (!view) return;
    this.positionEl.textContent = view.scenario ? view.position.label : GROUP_PROJECTOR_COPY.position;
    const showTimer = view.scenario !== null && (view.timer.startedAt !== null || view.timer.elapsedBeforeMs > 0);
    this.timerEl.textContent = showTimer ? GROUP_PROJECTOR_COPY.timer(timerText(view, Date.now())) : '';
    document.documentElement.dataset.presenter = this.link.connected ? 'connected' : 'none';
  }

  render(view: GroupView, noticesOnly = false): void {
    this.view = view;
    this.link.send(view);
    if (!this.panelWrap.hidden) this.panel.render(view, this.link.notices);
    if (noticesOnly) return;
    this.wake.set(view.scenario !== null);
    this.blackoutEl.hidden = !view.blackout;
    document.documentElement.classList.toggle('group-blackout', view.blackout);
    // The facilitator's messages (view.message) are the presenter's: the room's screen never shows them.
    this.renderFoot();
    document.title = GROUP_PROJECTOR_COPY.documentTitle(view.scenario?.title);
    const json = JSON.stringify([view.screen, view.confirm]);
    if (json === this.lastScreenJson) {
      this.renderPhone(); // the same screen, but the phone may have changed (a form value)
      return;
    }
    if (!this.lastScreenJson.startsWith(JSON.stringify([view.screen]).slice(0, -1))) this.toast('');
    this.lastScreenJson = json;
    clear(this.screenEl);
    this.screenEl.append(...Audience.screenContent(view.screen, view, (command) => this.group.dispatch(command)));
    this.renderPhone();
    this.root.dataset.screen = view.screen.kind;
    document.documentElement.dataset.ready = `group-${view.screen.kind}`;
    // While "New session" waits for its second press, it keeps the focus (Enter or a click confirms).
    const focus =
      (view.confirm === 'menu' ? this.screenEl.querySelector<HTMLElement>('button[data-key=menu]') : null) ?? this.screenEl.querySelector<HTMLElement>('h1');
    if (this.panelWrap.hidden && !this.help.isOpen()) focus?.focus({ preventScroll: true });
  }

  /** A screen's elements (the presenter window's miniatures use this renderer too, see group-presenter-preview.ts). */
  static screenContent(s: AudienceScreen, view: Pick<GroupView, 'forms' | 'confirm' | 'scenario'>, dispatch: (command: GroupCommand) => void): HTMLElement[] {
    // The scenario's motif at the end of the heading: on its first screen, its ending and its summary.
    const titled = (text: string) => {
      const heading = h1(text);
      const motif = view.scenario ? motifSvg(view.scenario.id) : null;
      if (motif) heading.prepend(motif);
      return heading;
    };
    switch (s.kind) {
      case 'menu': {
        const list = h('ul', { className: 'gscenarios' });
        s.scenarios.forEach((sc, i) => {
          const pointed = i === s.pointer;
          list.append(
            h(
              'li',
              { className: pointed ? 'gpointed' : '' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'primary',
                  'aria-label': GROUP_PROJECTOR_COPY.menu.startLabel(sc.title),
                  onclick: () => dispatch({ type: 'start', scenario: sc.id }),
                },
                motifSvg(sc.id),
                sc.title,
              ),
              pointed ? h('strong', { className: 'gpointer' }, GROUP_PROJECTOR_COPY.menu.highlighted) : null,
            ),
          );
        });
        const saved = s.saved.length
          ? h(
              'section',
              { className: 'gsaved', 'aria-label': GROUP_PROJECTOR_COPY.menu.saved },
              h('h2', {}, GROUP_PROJECTOR_COPY.menu.saved),
              h('p', {}, GROUP_PROJECTOR_COPY.menu.savedIntro),
              h(
                'ul',
                {},
                ...s.saved.map((o, i) =>
                  h(
                    'li',
                    { className: i === s.savedPointer ? 'gpointed' : '' },
                    h(
                      'button',
                      { type: 'button', onclick: () => dispatch({ type: 'resume', session: o.sessionId }) },
                      GROUP_PROJECTOR_COPY.menu.resume(o.title, o.decisions, new Date(o.savedAt).toLocaleString()),
                    ),
                    i === s.savedPointer ? h('strong', { className: 'gpointer' }, GROUP_PROJECTOR_COPY.menu.highlighted) : null,
                  ),
                ),
              ),
            )
          : null;
        return present([
          h1(GROUP_PROJECTOR_COPY.menu.heading),
          h('p', {}, GROUP_PROJECTOR_COPY.menu.intro),
          list,
          h(
            'p',
            {},
            GROUP_PROJECTOR_COPY.menu.keys,
            h('a', { href: location.pathname }, GROUP_PROJECTOR_COPY.menu.playAlone),
            GROUP_PROJECTOR_COPY.menu.keysEnd,
            ' ',
            GROUP_PROJECTOR_COPY.menu.clicker,
          ),
          saved,
        ]);
      }
      case 'loading':
        return [h1(s.title), h('p', { role: 'status' }, GROUP_PROJECTOR_COPY.loading)];
      case 'passage':
        return present([
          s.step === 0 && s.page === 0 ? titled(s.title) : h1(s.title),
          h('div', { className: 'gbody' }, ...s.paras.map(paraEl)),
          pageNote(s.page, s.pages),
        ]);
      case 'choice':
        return choiceContent(s, view.forms ? formsInWords(view.forms.forms) : null);
      case 'reveal':
        return present([
          h1(GROUP_PROJECTOR_COPY.reveal.heading),
          h('p', { className: 'gchosen' }, h('strong', {}, GROUP_PROJECTOR_COPY.reveal.chosen), s.choice),
          h('div', { className: 'gbody' }, ...s.paras.map(paraEl)),
          s.page === 0 ? impactsEl(s.impacts) : null,
          pageNote(s.page, s.pages),
        ]);
      case 'road':
        return roadContent(s);
      case 'end': {
        const last = s.page === s.pages - 1;
        return present([
          titled(GROUP_PROJECTOR_COPY.end.heading),
          h('div', { className: 'gbody' }, ...s.paras.map(paraEl)),
          last && s.ending
            ? h(
                'p',
                { className: 'gending' },
                h('strong', {}, GROUP_PROJECTOR_COPY.end.outcome(s.ending.label)),
                s.ending.title,
                h('span', { className: 'gmeaning' }, GROUP_PROJECTOR_COPY.end.meaning(s.ending.meaning)),
              )
            : null,
          pageNote(s.page, s.pages),
        ]);
      }
      case 'summary':
        return [
          titled(GROUP_PROJECTOR_COPY.summary.heading),
          s.summary.ending
            ? h('p', { className: 'gending' }, h('strong', {}, GROUP_PROJECTOR_COPY.end.outcome(s.summary.ending.label)), s.summary.ending.title)
            : h('p', {}, GROUP_PROJECTOR_COPY.summary.noEnding),
          renderTally(s.summary, 'h2', true),
          // No JSON here: the machine-readable download is the presenter's. Discarding the summary asks first.
          summaryActions(
            s.summary,
            [
              h(
                'button',
                {
                  type: 'button',
                  'data-key': 'menu',
                  'aria-pressed': view.confirm === 'menu' ? 'true' : undefined,
                  onclick: () => dispatch({ type: 'menu' }),
                },
                view.confirm === 'menu' ? GROUP_PROJECTOR_COPY.summary.confirmNewSession : GROUP_PROJECTOR_COPY.summary.newSession,
              ),
            ],
            { json: false },
          ),
          h('div', { className: 'gprint-only' }, renderSummaryFull(s.summary, 'h2')),
        ];
    }
    return [];
  }
}
