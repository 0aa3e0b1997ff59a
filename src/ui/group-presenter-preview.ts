/**
 * The speaker view's miniatures of the projector: "Now on the projector" and "Next". Each is the projector's
 * own screen, drawn by the projector's renderer (Audience.screenContent) into a frame the size of the
 * projector window, with the same style sheets, then scaled down into its box: the theme's sizes follow the
 * frame's height (vh), so the miniature is the projector's layout, only smaller. The drawn phone is not
 * run here; its column shows where it is. Nothing in a miniature can be focused or clicked: it is a picture
 * for the trainer (the words on the projector are in "Text on the projector now").
 */
import type { AudienceScreen, GroupView } from '../core/group/controller.ts';
import { clear, h } from './dom.ts';
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';

/** The projector's screen renderer: the elements of `screen` as the projector window shows them. */
export type ScreenRenderer = (screen: AudienceScreen, view: GroupView) => HTMLElement[];

/** The screens the projector draws the phone beside (see PhoneColumn). */
const PHONE_SCREENS: ReadonlySet<AudienceScreen['kind']> = new Set(['passage', 'choice', 'reveal', 'end']);

const isSide = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 320 && n <= 8000;

/** The projector window's size, as the projector sent it with the view; 16:9 when it did not. */
export function projectorSize(view: unknown): { width: number; height: number } {
  const p = typeof view === 'object' && view !== null && 'projector' in view ? view.projector : undefined;
  if (typeof p === 'object' && p !== null && 'width' in p && 'height' in p && isSide(p.width) && isSide(p.height)) return { width: p.width, height: p.height };
  return { width: 1280, height: 720 };
}

/** A miniature's projector: its root, its screen and its footer's place. */
const parts = (root: HTMLElement) => ({
  root,
  screen: root.querySelector<HTMLElement>('.gscreen')!,
  position: root.querySelector<HTMLElement>('.gposition')!,
});

/** One miniature: a frame at the projector's size, scaled to its box. */
class Miniature {
  readonly el: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private size = { width: 1280, height: 720 };
  private last = '';
  private pending: (() => void) | undefined;

  constructor(title: string) {
    this.frame = h('iframe', { className: 'pmini-frame', title, tabindex: -1, 'aria-hidden': 'true' });
    this.el = h('div', { className: 'pmini' }, this.frame);
    // The frame's first document may be replaced once it is in the page: draw again into the new one.
    this.frame.addEventListener('load', () => {
      this.last = '';
      this.pending?.();
    });
    new ResizeObserver(() => this.fit()).observe(this.el);
  }

  /** Scale the frame into the box's width, keeping the projector's proportions. */
  private fit(): void {
    const { width, height } = this.size;
    const k = (this.el.clientWidth || 400) / width;
    this.el.style.height = `${Math.round(height * k)}px`;
    this.frame.style.width = `${width}px`;
    this.frame.style.height = `${height}px`;
    this.frame.style.transform = `scale(${k})`;
  }

  /** The frame's document, set up as a projector window (its style sheets, its frame and footer), once. */
  private doc(): { screen: HTMLElement; root: HTMLElement; position: HTMLElement } | undefined {
    const doc = this.frame.contentDocument;
    if (!doc?.body) return undefined;
    const found = doc.getElementById('group');
    if (found) return parts(found);
    doc.documentElement.className = 'group-mode pmini-doc';
    doc.documentElement.lang = document.documentElement.lang || 'en-GB';
    for (const sheet of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel=stylesheet], style')) {
      doc.head.append(
        sheet instanceof HTMLLinkElement ? Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: sheet.href }) : sheet.cloneNode(true),
      );
    }
    // Built as elements, never as markup (the page may enforce Trusted Types): the projector's frame and footer.
    const root = h(
      'div',
      { id: 'group', className: 'group group-audience gphone-on' },
      h(
        'div',
        { className: 'gframe' },
        h(
          'main',
          { className: 'gmain' },
          h('div', { className: 'gstage' }, h('div', { className: 'pmini-phone' })),
          h('div', { className: 'gscreen' }),
          h('footer', { className: 'gfoot' }, h('span', { className: 'gposition' })),
        ),
      ),
    );
    doc.body.inert = true;
    doc.body.append(root);
    return parts(root);
  }

  show(screen: AudienceScreen, view: GroupView, position: string, render: ScreenRenderer): void {
    const size = projectorSize(view);
    if (size.width !== this.size.width || size.height !== this.size.height) {
      this.size = size;
      this.fit();
    }
    const json = JSON.stringify([screen, position, view.phone !== null, view.forms?.forms.length ?? 0, view.confirm]);
    this.pending = () => this.show(screen, view, position, render);
    if (json === this.last) return;
    const drawn = this.doc();
    if (!drawn) return;
    this.last = json;
    clear(drawn.screen);
    const content = render(screen, view);
    // A picture: no control in it takes the focus or a click.
    for (const el of content) {
      for (const c of [el, ...el.querySelectorAll<HTMLElement>('button, a, [tabindex], input, summary')]) {
        if (c instanceof HTMLButtonElement) c.disabled = true;
        c.removeAttribute('href');
        c.removeAttribute('tabindex');
      }
    }
    drawn.screen.append(...content);
    drawn.position.textContent = position;
    drawn.root.dataset.screen = screen.kind;
    drawn.root.classList.toggle('gphone-shown', view.phone !== null && PHONE_SCREENS.has(screen.kind));
    this.fit();
  }
}

/** "Now on the projector" and "Next", side by side with the controls in the presenter window. */
export class PreviewStage {
  readonly el: HTMLElement;
  private readonly now = new Miniature(GROUP_PRESENTER_COPY.preview.nowFrame);
  private readonly next = new Miniature(GROUP_PRESENTER_COPY.preview.nextFrame);
  private readonly nowLabel = h('p', { className: 'pmini-label' });
  private readonly nextLabel = h('p', { className: 'pmini-label' });
  private readonly nextWords = h('p', { className: 'pmini-words' });

  constructor(private readonly render: ScreenRenderer) {
    this.el = h(
      'aside',
      { className: 'pstage', 'aria-label': GROUP_PRESENTER_COPY.preview.label },
      h('section', { className: 'pmini-now' }, h('h2', {}, GROUP_PRESENTER_COPY.preview.now), this.nowLabel, this.now.el),
      h('section', { className: 'pmini-next' }, h('h2', {}, GROUP_PRESENTER_COPY.preview.next), this.nextLabel, this.next.el, this.nextWords),
    );
  }

  show(view: GroupView): void {
    const label = view.scenario ? view.position.label : GROUP_PRESENTER_COPY.menu.heading;
    this.nowLabel.textContent = view.blackout ? GROUP_PRESENTER_COPY.preview.blackedOut(label) : label;
    this.el.classList.toggle('pstage-blackout', view.blackout);
    this.now.show(view.screen, view, label, this.render);
    const next = view.next;
    this.nextLabel.textContent = view.nextAction;
    this.next.el.hidden = next === null;
    // No next screen yet (the live choice, the last screen, the menu): what Next does, in words only.
    this.nextWords.hidden = next !== null;
    this.nextWords.textContent =
      next === null ? GROUP_PRESENTER_COPY.preview.noNext(view.nextAction, view.current !== null && view.screen.kind === 'choice') : '';
    if (next) this.next.show(next, view, '', this.render);
  }
}
