/**
 * The phone's interactive pieces as real DOM: the privacy settings panel, the post composer and the
 * profile-picture chooser. They sit above the choices, styled like the app they belong to; the drawn phone
 * mirrors them. Every change goes to `app.updateForm`; the story receives the values with the next choice.
 */
import type { PhoneState } from '../core/phone/phone.ts';
import { tappedValue, type PhoneControl } from '../core/phone/controls.ts';
import { analyseComposed } from '../core/phone/piece-variables.ts';
import { postCheckerLoaded, postCheckerReady } from '../core/post-check/checker.ts';
import { groupFlags } from '../core/post-check/flag-list.ts';
import { PLATFORMS } from '../content/platforms.ts';
import {
  APP_IDS,
  AUDIENCES,
  isAppId,
  MAX_POST_CHARS,
  PLATFORM_SETTINGS,
  pictureLabel,
  type AppId,
  type ComposerForm,
  type FormValues,
  type PicturesForm,
  type SettingsForm,
} from '../core/phone/pieces.ts';
import type { PostAnalysis, PostContext } from '../core/post-check/analyser.ts';
import { appName } from '../core/phone/describe-cue.ts';
import { clear, h, inputTarget } from './dom.ts';
import './pieces.css';
import { PIECES_COPY } from '../content/copy/pieces.ts';

/** How the checker's flags name standards: the handout's numbers unless the player chose another framework. */
let standardLabel: ((n: number) => string) | undefined;
export function setFlagStandardLabels(label: ((n: number) => string) | undefined): void {
  standardLabel = label;
}
function flagStandards(numbers: readonly number[]): string {
  if (!standardLabel) return PIECES_COPY.flagStandards(numbers);
  return numbers.map(standardLabel).join('; ');
}

let ids = 0;
const uid = (stem: string) => `${stem}-${++ids}`;

/** One radio button with its label. */
function radio(name: string, value: string, label: string | (Node | string)[], checked: boolean, onchange: () => void, className = 'option'): HTMLElement {
  const id = uid(name);
  return h(
    'span',
    { className },
    h('input', { type: 'radio', id, name, value, checked, onchange }),
    h('label', { for: id }, ...(typeof label === 'string' ? [label] : label)),
  );
}

/** The part of the phone the forms need: which are open, and what has been entered. */
export type FormsState = Pick<PhoneState, 'forms' | 'form'>;

/** Where the forms' values go: the solo game's App, or a group session's controller. */
export interface FormHost {
  /** Bad values are refused there, with a message; good ones reach the story with the next choice. */
  updateForm(values: Readonly<FormValues>): void;
  /** The open forms and the values entered so far. */
  phone(): FormsState | undefined;
  /** The story's people, places and employer, for the post checker. */
  postContext(): PostContext;
}

/** Renders the open forms and keeps their analysis up to date. */
export class PiecesView {
  readonly root: HTMLElement;
  private analysisTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: FormHost) {
    this.root = h('div', { className: 'pieces' });
  }

  /** Draw the forms open in this phone state (none: the element is empty). */
  render(phone: FormsState): void {
    clear(this.root);
    for (const form of phone.forms) {
      if (form.kind === 'settings') this.root.append(this.settings(form, phone.form));
      else if (form.kind === 'pictures') this.root.append(this.pictures(form, phone.form));
      else this.root.append(this.composer(form, phone.form));
    }
  }

  /**
   * A tap on a form control drawn on the phone: the same as using its control here (a click on the switch,
   * or on the radio button of the next option or of the picture), so the form and the phone stay one.
   */
  tap(control: PhoneControl): void {
    const phone = this.host.phone();
    const next = phone ? tappedValue(control, phone.form) : undefined;
    if (!next) return;
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(next.name)}"]`)];
    const input = typeof next.value === 'boolean' ? inputs.find((i) => i.type === 'checkbox') : inputs.find((i) => i.value === next.value);
    input?.click();
  }

  private set(values: FormValues): void {
    this.host.updateForm(values);
  }

  private sheet(platform: string | undefined, title: string, ...children: (Node | null)[]): HTMLElement {
    const headingId = uid('piece-title');
    const section = h(
      'section',
      { className: `piece card${platform ? ` app-${platform}` : ''}`, 'aria-labelledby': headingId },
      h('h2', { id: headingId, className: 'piece-title' }, platform ? h('span', { className: 'app-mark', 'aria-hidden': 'true' }) : null, title),
      ...children,
    );
    // The app's colour comes from the one platform record (src/content/platforms.ts), not a copy in the CSS.
    if (platform && isAppId(platform)) section.style.setProperty('--app', PLATFORMS[platform].colour);
    return section;
  }

  private settings(form: SettingsForm, values: FormValues): HTMLElement {
    const controls = PLATFORM_SETTINGS[form.platform].map((c) => {
      const helpId = uid('help');
      if (c.kind === 'switch') {
        const id = uid('setting');
        return h(
          'div',
          { className: 'setting setting-switch' },
          h('input', {
            type: 'checkbox',
            role: 'switch',
            id,
            name: c.variable,
            'aria-describedby': helpId,
            checked: values[c.variable] === true,
            onchange: (e: Event) => this.set({ [c.variable]: inputTarget(e).checked }),
          }),
          h('label', { for: id }, c.label),
          h('p', { id: helpId, className: 'setting-help' }, c.help),
        );
      }
      return h(
        'fieldset',
        { className: 'setting setting-choice', 'aria-describedby': helpId },
        h('legend', {}, c.label),
        h('p', { id: helpId, className: 'setting-help' }, c.help),
        h(
          'div',
          { className: 'options' },
          ...(c.options ?? []).map((o) => radio(c.variable, o.value, o.label, values[c.variable] === o.value, () => this.set({ [c.variable]: o.value }))),
        ),
      );
    });
    return this.sheet(
      form.platform,
      PIECES_COPY.settings.title(appName(form.platform)),
      h('p', { className: 'piece-note' }, PIECES_COPY.settings.note),
      ...controls,
    );
  }

  private pictures(form: PicturesForm, values: FormValues): HTMLElement {
    const group = h('div', { className: 'picture-options' });
    for (const id of form.pictures) {
      const label = [h('span', { className: `picture-swatch picture-${id}`, 'aria-hidden': 'true' }), pictureLabel(id)];
      group.append(radio('profile_picture', id, label, values.profile_picture === id, () => this.set({ profile_picture: id }), 'picture-option'));
    }
    return this.sheet(undefined, PIECES_COPY.pictures.title, h('fieldset', { className: 'setting' }, h('legend', {}, PIECES_COPY.pictures.legend), group));
  }

  private composer(form: ComposerForm, values: FormValues): HTMLElement {
    const textId = uid('post-text');
    const countId = uid('count');
    const chosen = String(values.post_platform ?? form.platform);
    const platform = isAppId(chosen) ? chosen : form.platform;
    const textarea = h('textarea', {
      id: textId,
      name: 'post_text',
      rows: 5,
      dir: 'auto', // the player's own text: its direction is its own
      maxlength: MAX_POST_CHARS,
      spellcheck: true,
      'aria-describedby': countId,
      oninput: () => {
        this.set({ post_text: textarea.value });
        count.textContent = PIECES_COPY.composer.count(textarea.value.length, MAX_POST_CHARS);
        this.scheduleAnalysis(form);
      },
    });
    textarea.value = String(values.post_text ?? '');
    const count = h('p', { id: countId, className: 'count' }, PIECES_COPY.composer.count(textarea.value.length, MAX_POST_CHARS));

    const appSelectId = uid('post-app');
    const audienceId = uid('post-audience');
    const audience = h('select', {
      id: audienceId,
      name: 'post_audience',
      onchange: () => {
        this.set({ post_audience: audience.value });
        this.scheduleAnalysis(form);
      },
    });
    const fillAudiences = (app: AppId, selected: string) => {
      clear(audience);
      for (const a of AUDIENCES[app]) audience.append(h('option', { value: a.value, selected: a.value === selected }, a.label));
    };
    fillAudiences(platform, String(values.post_audience ?? ''));
    const appSelect = h(
      'select',
      {
        id: appSelectId,
        name: 'post_platform',
        onchange: () => {
          const app = appSelect.value;
          if (!isAppId(app)) return;
          const first = AUDIENCES[app][0]!.value;
          this.set({ post_platform: app, post_audience: first });
          fillAudiences(app, first);
          this.scheduleAnalysis(form);
        },
      },
      ...APP_IDS.map((id) => h('option', { value: id, selected: id === platform }, PLATFORMS[id].name)),
    );

    const drafts = form.drafts.length
      ? h(
          'div',
          { className: 'drafts' },
          h('p', { className: 'piece-note' }, PIECES_COPY.composer.draftsNote),
          ...form.drafts.map((d, i) =>
            h(
              'button',
              {
                type: 'button',
                className: 'draft',
                onclick: () => {
                  textarea.value = d;
                  textarea.dispatchEvent(new Event('input'));
                  textarea.focus();
                },
              },
              PIECES_COPY.composer.draft(i + 1, d),
            ),
          ),
        )
      : null;

    const radios = (name: string, legend: string, none: string, items: { value: string; label: string }[]) =>
      items.length
        ? h(
            'fieldset',
            { className: 'setting setting-choice' },
            h('legend', {}, legend),
            h(
              'div',
              { className: 'options' },
              ...[{ value: '', label: none }, ...items].map((item) =>
                radio(name, item.value, item.label, (values[name] ?? '') === item.value, () => {
                  this.set({ [name]: item.value });
                  this.scheduleAnalysis(form);
                }),
              ),
            ),
          )
        : null;

    const advice = h('div', { className: 'advice' });
    const sheet = this.sheet(
      platform,
      PIECES_COPY.composer.title,
      h('p', { className: 'piece-note' }, PIECES_COPY.composer.note),
      drafts,
      h('label', { for: textId, className: 'field-label' }, PIECES_COPY.composer.text),
      textarea,
      count,
      h(
        'div',
        { className: 'field-row' },
        h('span', {}, h('label', { for: appSelectId, className: 'field-label' }, PIECES_COPY.composer.app), appSelect),
        h('span', {}, h('label', { for: audienceId, className: 'field-label' }, PIECES_COPY.composer.audience), audience),
      ),
      radios(
        'post_photo',
        PIECES_COPY.composer.photo,
        PIECES_COPY.composer.noPhoto,
        form.photos.map((p) => ({ value: p.id, label: p.label })),
      ),
      radios(
        'post_check_in',
        PIECES_COPY.composer.checkIn,
        PIECES_COPY.composer.noCheckIn,
        form.checkIns.map((p) => ({ value: p, label: p })),
      ),
      advice,
    );
    this.advice = advice;
    this.renderAnalysis(form);
    return sheet;
  }

  private advice: HTMLElement | undefined;

  private scheduleAnalysis(form: ComposerForm): void {
    clearTimeout(this.analysisTimer);
    this.analysisTimer = setTimeout(() => this.renderAnalysis(form), 150);
  }

  private renderAnalysis(form: ComposerForm): void {
    const el = this.advice;
    const phone = this.host.phone();
    if (!el || !phone) return;
    if (!postCheckerReady()) {
      clear(el);
      el.append(h('h3', {}, PIECES_COPY.advice.heading), h('p', { className: 'advice-summary', role: 'status' }, PIECES_COPY.advice.loading));
      void postCheckerLoaded.then(() => this.renderAnalysis(form));
      return;
    }
    const analysis: PostAnalysis = analyseComposed(form, phone.form, this.host.postContext());
    clear(el);
    const empty = String(phone.form.post_text ?? '').trim() === '';
    el.append(
      h('h3', {}, PIECES_COPY.advice.heading),
      h('p', { className: 'advice-summary', role: 'status' }, empty ? PIECES_COPY.advice.empty : analysis.clean ? PIECES_COPY.advice.clean : analysis.summary),
    );
    if (!analysis.clean) {
      // One flag per kind and matched text, with how often; a capped list (src/core/post-check/flag-list.ts).
      const list = groupFlags(analysis.flags);
      el.append(
        h(
          'ul',
          { className: 'flags' },
          ...list.entries.map(({ flag: f, count }) =>
            h(
              'li',
              { className: `flag flag-${f.severity}`, 'data-count': count },
              h('span', { className: 'flag-severity' }, f.severity === 'serious' ? PIECES_COPY.advice.serious : PIECES_COPY.advice.caution),
              ' ',
              // The player's own words: isolated (dir=auto), so a stray right-to-left mark cannot reorder the advice.
              f.start >= 0 ? h('q', { dir: 'auto' }, f.match) : null,
              f.start >= 0 ? PIECES_COPY.advice.times(count) : null,
              f.start >= 0 ? ' ' : null,
              f.why,
              h('span', { className: 'flag-standards' }, PIECES_COPY.advice.standards(flagStandards(f.standards))),
            ),
          ),
        ),
      );
      if (list.more > 0) el.append(h('p', { className: 'flags-more' }, PIECES_COPY.advice.more(list.more)));
    }
  }
}
