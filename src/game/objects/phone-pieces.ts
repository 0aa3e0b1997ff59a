/**
 * The phone's app screens beyond requests and messages: the feed, a profile, the privacy settings, web
 * search results, a hate page, the post composer and the picture chooser. Each draws one PhoneState view
 * into the screen container below the app's header; the DOM panel holds the controls, the phone mirrors them.
 */
import type Phaser from 'phaser';
import type { FeedPost, PhoneState, Screenshot } from '../../core/phone/phone.ts';
import { AUDIENCES, PLATFORM_SETTINGS, pictureLabel, isAppId, type AppId } from '../../core/phone/pieces.ts';
import { audienceLabel } from '../../core/phone/search.ts';
import { PLATFORM_LOOKS, WORLD, type PlatformLook } from '../theme.ts';
import { drawLogo, SCREEN_H, SCREEN_W, TAB_H, text } from './phone-kit.ts';
import { photo as photoTexture, portrait, profilePicture } from './phone-art.ts';
import { actionsTexture, APP_STYLES, iconTexture } from './phone-chrome.ts';
import { PHONE_COPY } from '../../content/copy/phone.ts';
import { NO_HOTSPOTS, type PhoneHotspots } from './phone-hotspots.ts';
import { reportAndBlock } from './phone-actions.ts';

type Scene = Phaser.Scene;
type Container = Phaser.GameObjects.Container;
type Graphics = Phaser.GameObjects.Graphics;

const PAD = 24;
const CARD_W = SCREEN_W - PAD * 2;
const BOTTOM = SCREEN_H - 36;
/** Where a feed stops: above the app's tab bar. */
const FEED_BOTTOM = SCREEN_H - TAB_H - 8;

/** A made-up @handle from a name, as Shout shows under it. */
const handle = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 16);

/** The posts in the open app's feed (none on the home and lock screens). */
export function feedOf(state: PhoneState): FeedPost[] {
  return (isAppId(state.platform) ? state.feeds[state.platform] : undefined) ?? [];
}

/**
 * A round avatar: the player's chosen picture, or a little portrait that is the same for the same name
 * every time (an organisation gets a badge, a group chat three faces). Painted once into a texture.
 */
export function drawAvatar(scene: Scene, x: number, y: number, r: number, name: string, picture?: string): Container {
  const c = scene.add.container(x, y);
  c.add(avatarImage(scene, 0, 0, r, name, picture));
  return c;
}

/** The avatar as one image centred on x, y: cheaper than a container where nothing else goes with it. */
export function avatarImage(scene: Scene, x: number, y: number, r: number, name: string, picture?: string): Phaser.GameObjects.Image {
  const key = picture ? profilePicture(scene, picture) : portrait(scene, name);
  return scene.add.image(x, y, key).setDisplaySize(r * 2, r * 2);
}

/**
 * A screenshot of a post, framed as a picture of another app's screen: its mark, the author's avatar and
 * name, the words, and a "Screenshot" label. Drawn into `parts` and `g` at x, y; returns its height.
 */
export function screenshotCard(
  scene: Scene,
  parts: Phaser.GameObjects.GameObject[],
  g: Graphics,
  shot: Screenshot,
  x: number,
  y: number,
  w: number,
  dark = false,
): number {
  const app = shot.app;
  const words = text(scene, x + 18, y + 72, shot.text, 19, '#1b1f24', { wordWrap: { width: w - 36 }, maxLines: 5, lineSpacing: 2 });
  const h = words.height + 92;
  g.fillStyle(dark ? 0x0f172a : 0x1f2937, 0.9).fillRoundedRect(x - 4, y - 4, w + 8, h + 8, 16);
  g.fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, h, 12);
  if (app) g.fillStyle(PLATFORM_LOOKS[app]!.colour, 1).fillRoundedRect(x, y, w, 8, { tl: 12, tr: 12, bl: 0, br: 0 });
  parts.push(avatarImage(scene, x + 38, y + 40, 20, shot.author));
  parts.push(text(scene, x + 68, y + 20, shot.author, 18, '#1b1f24', { fontStyle: 'bold', maxLines: 1 }));
  parts.push(text(scene, x + 68, y + 43, app ? `${PLATFORM_LOOKS[app]!.name} post` : 'A post', 15, '#5b6570'));
  parts.push(text(scene, x + w - 12, y + 18, 'Screenshot', 14, '#ffffff', { backgroundColor: '#374151', padding: { x: 6, y: 3 } }).setOrigin(1, 0));
  parts.push(words);
  return h + 4;
}

/** Views that sit on the app's home, with its tab bar along the bottom (a form or a chat covers it). */
export function hasTabBar(view: PhoneState['view']): boolean {
  return view === 'feed' || view === 'profile' || view === 'hate-page';
}

export class PiecesPainter {
  constructor(
    private readonly scene: Scene,
    private readonly screen: Container,
    private readonly hotspots: PhoneHotspots = NO_HOTSPOTS,
  ) {}

  /** Draws the current view from `top` down. Returns the newest element, for a short entrance animation. */
  draw(state: PhoneState, look: PlatformLook, top: number): Container | undefined {
    switch (state.view) {
      case 'profile':
        return this.profile(state, look, top);
      case 'settings':
        return this.settings(state, top);
      case 'search':
        return this.search(state, top);
      case 'hate-page':
        return this.hatePage(state, top);
      case 'composer':
        return this.composer(state, look, top);
      case 'pictures':
        return this.pictures(state, top);
      default:
        return this.feed(feedOf(state), state, top);
    }
  }

  private add<T extends Phaser.GameObjects.GameObject>(obj: T): T {
    this.screen.add(obj);
    return obj;
  }

  private card(x: number, y: number, w: number, h: number, fill = 0xffffff, stroke = 0xd5dbe1): Graphics {
    const g = this.scene.add.graphics();
    g.fillStyle(fill, 1).fillRoundedRect(x, y, w, h, 20);
    g.lineStyle(2, stroke, 1).strokeRoundedRect(x, y, w, h, 20);
    return g;
  }

  /** Posts newest first, as many as fit. */
  feed(posts: readonly FeedPost[], state: PhoneState, top: number, dark = false, actions = true): Container | undefined {
    let y = top;
    let newest: Container | undefined;
    const app: AppId = isAppId(state.platform) ? state.platform : 'hearth';
    const style = APP_STYLES[app];
    // Report and Block on the newest post by someone else (src/core/phone/controls.ts, controlsOnScreen).
    const withActions = actions ? posts.findLastIndex((p) => !p.mine) : -1;
    for (let i = posts.length - 1; i >= 0; i--) {
      const post = this.post(posts[i]!, state, app, y, dark, i === withActions);
      if (!post) break;
      newest ??= post.c;
      y += post.h + (style.cards || dark ? 14 : 0);
    }
    if (posts.length === 0) this.add(text(this.scene, SCREEN_W / 2, top + 140, PHONE_COPY.nothingNew, 26, WORLD.muted).setOrigin(0.5, 0));
    return newest;
  }

  /**
   * One post in its app's layout: Hearth and Guild on cards with a reactions line and labelled actions;
   * Lens photo first, edge to edge, with its icon row and likes; Shout as a row with the text beside the
   * avatar and replies threaded under it. A photo, tags, a check-in and a screenshot go where each app puts them.
   */
  private post(post: FeedPost, state: PhoneState, app: AppId, y: number, dark: boolean, reportable = false): { c: Container; h: number } | undefined {
    if (y > FEED_BOTTOM - 120) return undefined;
    const style = APP_STYLES[app];
    const lens = app === 'lens' && !dark;
    const shout = app === 'shout' && !dark;
    const cards = style.cards || dark;
    const x0 = cards ? PAD : 0;
    const w = cards ? CARD_W : SCREEN_W;
    const c = this.scene.add.container(x0, y);
    const ink = dark ? '#f8fafc' : WORLD.ink;
    const muted = dark ? '#cbd5e1' : WORLD.muted;
    const brand = PLATFORM_LOOKS[app]!.css;
    const g = this.scene.add.graphics(); // every shape of the post: one Graphics
    const parts: Phaser.GameObjects.GameObject[] = [];
    const picture = post.mine ? state.picture : undefined;
    const audience =
      post.mine && post.audience && isAppId(state.platform) ? PHONE_COPY.post.justNowTo(audienceLabel(state.platform, post.audience)) : PHONE_COPY.post.justNow;

    // Header: avatar, name, and the line under it.
    const avatarR = shout ? 28 : lens ? 22 : 26;
    const inner = 20; // padding inside a card
    const textX = shout ? 84 : inner;
    const textW = w - textX - inner;
    parts.push(avatarImage(this.scene, inner + avatarR, 16 + avatarR, avatarR, post.author, picture));
    const nameX = inner + avatarR * 2 + 12;
    if (shout) {
      const name = text(this.scene, nameX, 14, post.author, 21, ink, { fontStyle: 'bold' });
      parts.push(name, text(this.scene, nameX + name.width + 8, 15, `@${handle(post.author)} · now`, 19, muted, { maxLines: 1 }));
    } else {
      parts.push(text(this.scene, nameX, lens ? 26 : 16, post.author, lens ? 20 : 22, ink, { fontStyle: 'bold', maxLines: 1 }));
      if (!lens) {
        const subtitle = app === 'guild' && !dark ? `${post.mine ? 'You' : 'Member'} · ${audience}` : audience;
        parts.push(text(this.scene, nameX, 46, subtitle, 17, muted, { maxLines: 1 }));
      }
    }
    let h = shout ? 46 : lens ? 76 : 86;

    const body = () => {
      if (!post.text) return;
      const t = text(this.scene, textX, h, post.text, shout ? 21 : 22, ink, { wordWrap: { width: textW }, maxLines: 6, lineSpacing: 3 });
      parts.push(t);
      h += t.height + 12;
    };
    const chips = () => {
      const items: { icon: 'pin' | 'tag'; label: string; colour: string }[] = [];
      if (post.checkIn) items.push({ icon: 'pin', label: post.checkIn, colour: '#b91c1c' });
      for (const name of post.tagged) items.push({ icon: 'tag', label: name, colour: dark ? '#93c5fd' : brand });
      if (items.length === 0) return;
      let cx = textX;
      let rowH = 0;
      for (const item of items) {
        const label = text(this.scene, 0, 0, item.label, 17, item.colour, { fontStyle: 'bold' });
        const cw = label.width + 48;
        if (cx + cw > w - inner && cx > textX) {
          cx = textX;
          h += rowH + 8;
        }
        g.fillStyle(dark ? 0x334155 : 0xf1f5f9, 1).fillRoundedRect(cx, h, cw, 34, 17);
        g.lineStyle(1.5, Number.parseInt(item.colour.slice(1), 16), 0.5).strokeRoundedRect(cx, h, cw, 34, 17);
        parts.push(this.scene.add.image(cx + 20, h + 17, iconTexture(this.scene, item.icon, 22, item.colour)));
        label.setPosition(cx + 36, h + 7);
        parts.push(label);
        cx += cw + 8;
        rowH = 34;
      }
      h += rowH + 12;
    };
    const image = () => {
      if (!post.photo) return;
      if (lens) {
        const ph = 360;
        parts.push(this.scene.add.image(0, h, photoTexture(this.scene, post.photo, SCREEN_W, ph)).setOrigin(0, 0));
        h += ph + 6;
      } else {
        const pw = cards ? w : textW;
        const px = cards ? 0 : textX;
        const ph = shout ? 220 : 250;
        parts.push(this.scene.add.image(px, h, photoTexture(this.scene, post.photo, pw, ph)).setOrigin(0, 0));
        if (shout) g.lineStyle(1.5, 0xd4d4d8, 1).strokeRect(px, h, pw, ph);
        h += ph + 12;
      }
    };
    const shot = () => {
      if (post.screenshot) h += this.screenshotCard(parts, g, post.screenshot, textX, h, textW, dark) + 12;
    };

    if (lens) {
      image();
      parts.push(this.scene.add.image(inner, h, actionsTexture(this.scene, app, w - inner * 2)).setOrigin(0, 0));
      h += 50;
      if (post.reactions > 0) {
        parts.push(text(this.scene, inner, h, `${post.reactions.toLocaleString('en-GB')} likes`, 19, ink, { fontStyle: 'bold' }));
        h += 30;
      }
      body();
      chips();
      shot();
    } else {
      body();
      chips();
      shot();
      image();
    }

    // Counts and actions.
    const n = post.comments.length;
    const comments = `${n} ${n === 1 ? style.comment : `${style.comment}s`}`;
    if (shout) {
      const actions = this.scene.add.image(textX, h, actionsTexture(this.scene, app, textW)).setOrigin(0, 0);
      parts.push(actions);
      const q = textW / 4;
      if (n > 0) parts.push(text(this.scene, textX + 34, h + 13, String(n), 17, muted));
      if (post.reactions > 0) parts.push(text(this.scene, textX + q * 2 + 34, h + 13, String(post.reactions), 17, '#be185d'));
      h += 52;
    } else if (!lens) {
      if (post.reactions > 0 || n > 0) {
        if (post.reactions > 0) {
          g.fillStyle(app === 'guild' ? 0x0a66c2 : Number.parseInt(brand.slice(1), 16), 1).fillCircle(inner + 12, h + 12, 12);
          parts.push(text(this.scene, inner + 12, h + 12, app === 'guild' ? '👍' : '♥', 14, '#ffffff').setOrigin(0.5));
          parts.push(text(this.scene, inner + 32, h + 1, String(post.reactions), 18, muted));
        }
        if (n > 0) parts.push(text(this.scene, w - inner, h + 1, comments, 18, muted).setOrigin(1, 0));
        h += 34;
      }
      g.fillStyle(dark ? 0x475569 : 0xe4e4e7, 1).fillRect(inner, h, w - inner * 2, 1.5);
      if (!dark) {
        parts.push(this.scene.add.image(inner, h + 2, actionsTexture(this.scene, app, w - inner * 2)).setOrigin(0, 0));
        h += 52;
      } else h += 10;
    } else if (n > 2) {
      parts.push(text(this.scene, inner, h, `View all ${n} comments`, 18, muted));
      h += 30;
    }

    // Comments: bubbles on Hearth and Guild, name-and-text lines on Lens, threaded replies on Shout.
    // Report and Block, when a choice may be bound to them (drawn over the card, which is added first).
    if (reportable) {
      const row = this.scene.add.container(0, 0);
      reportAndBlock(this.scene, row, this.hotspots, w - inner, h + 2, dark);
      parts.push(row);
      h += 56;
    }

    for (const comment of post.comments.slice(-3)) {
      if (y + h > FEED_BOTTOM - 60) break;
      if (lens) {
        const name = text(this.scene, inner, h, comment.author, 18, ink, { fontStyle: 'bold' });
        const said = text(this.scene, inner + name.width + 8, h, comment.text, 18, ink, { wordWrap: { width: w - inner * 2 - name.width - 8 }, maxLines: 2 });
        parts.push(name, said);
        h += Math.max(name.height, said.height) + 6;
      } else if (shout) {
        g.fillStyle(0xd4d4d8, 1).fillRect(inner + avatarR - 1, h - 4, 2, 22);
        parts.push(avatarImage(this.scene, inner + avatarR, h + 38, 22, comment.author));
        const name = text(this.scene, textX, h + 16, comment.author, 19, ink, { fontStyle: 'bold' });
        parts.push(name, text(this.scene, textX + name.width + 8, h + 17, `replying to @${handle(post.author)}`, 16, muted));
        const said = text(this.scene, textX, h + 42, comment.text, 19, ink, { wordWrap: { width: textW }, maxLines: 3 });
        parts.push(said);
        h += said.height + 58;
      } else {
        const r = 18;
        parts.push(avatarImage(this.scene, inner + r, h + r + 2, r, comment.author));
        const bx = inner + r * 2 + 10;
        const name = text(this.scene, bx + 14, h + 8, comment.author, 17, ink, { fontStyle: 'bold' });
        const said = text(this.scene, bx + 14, h + 32, comment.text, 18, ink, { wordWrap: { width: w - bx - inner - 28 }, maxLines: 3 });
        const bw = Math.max(name.width, said.width) + 28;
        const bh = said.height + 44;
        g.fillStyle(dark ? 0x334155 : 0xf0f2f5, 1).fillRoundedRect(bx, h, bw, bh, 18);
        parts.push(name, said);
        h += bh + 8;
      }
    }
    h += lens ? 10 : 8;

    // The card (or the line under a row), behind everything else.
    const back = this.scene.add.graphics();
    if (cards) {
      back.fillStyle(dark ? 0x1e293b : 0xffffff, 1).fillRoundedRect(0, 0, w, h, 16);
      if (dark) back.lineStyle(2, 0x475569, 1).strokeRoundedRect(0, 0, w, h, 16);
    } else {
      back.fillStyle(0xffffff, 1).fillRect(0, 0, w, h);
      back.fillStyle(0xe4e4e7, 1).fillRect(0, h - 1, w, 1);
    }
    c.add(back);
    c.add(g);
    c.add(parts);
    this.add(c);
    return { c, h };
  }

  /** A screenshot of someone's post, as a small framed card: the app, the author, the words. Returns its height. */
  private screenshotCard(parts: Phaser.GameObjects.GameObject[], g: Graphics, shot: Screenshot, x: number, y: number, w: number, dark = false): number {
    return screenshotCard(this.scene, parts, g, shot, x, y, w, dark);
  }

  private profile(state: PhoneState, look: PlatformLook, top: number): Container | undefined {
    const p = state.profile;
    if (!p) return undefined;
    const c = this.scene.add.container(0, top - 24);
    const g = this.scene.add.graphics();
    g.fillStyle(look.colour, 0.25).fillRect(0, 0, SCREEN_W, 150);
    c.add(g);
    c.add(drawAvatar(this.scene, SCREEN_W / 2, 150, 72, p.name, p.mine ? state.picture : undefined));
    c.add(text(this.scene, SCREEN_W / 2, 236, p.name, 32, WORLD.ink, { fontStyle: 'bold' }).setOrigin(0.5, 0));
    if (!p.mine) reportAndBlock(this.scene, c, this.hotspots, SCREEN_W - PAD, 166);
    let y = 290;
    if (p.mine && state.picture) {
      const label = text(this.scene, SCREEN_W / 2, 278, pictureLabel(state.picture), 18, WORLD.muted, {
        align: 'center',
        wordWrap: { width: CARD_W },
      }).setOrigin(0.5, 0);
      c.add(label);
      y = 290 + label.height;
    }
    y += 16;
    for (const detail of p.details.slice(0, 5)) {
      c.add(text(this.scene, PAD + 8, y, `•  ${detail}`, 22, WORLD.ink, { wordWrap: { width: CARD_W - 16 }, maxLines: 2 }));
      y += 40;
    }
    this.add(c);
    const mine = p.mine ? feedOf(state).filter((post) => post.mine) : [];
    if (mine.length) this.feed(mine, state, top + y);
    return c;
  }

  /**
   * The app's privacy settings. When they are short enough, they come up as a sheet over the app's feed (its
   * newest post still in view, dimmed), as the apps show them; otherwise they fill the screen.
   */
  private settings(state: PhoneState, top: number): Container | undefined {
    if (!isAppId(state.platform)) return undefined;
    const colour = PLATFORM_LOOKS[state.platform]!.colour;
    // Measure first, so the panel is in its place before any control is marked as tappable.
    const rows = PLATFORM_SETTINGS[state.platform].map((control) => {
      const label = text(this.scene, 20, 0, control.label, 21, WORLD.ink, { fontStyle: 'bold', wordWrap: { width: CARD_W - 130 } });
      return { control, label, h: Math.max(84, label.height + 56) };
    });
    const height = rows.reduce((sum, r) => sum + r.h + 12, 52);
    const posts = feedOf(state);
    const sheetTop = SCREEN_H - 40 - height;
    const sheet = posts.length > 0 && sheetTop > top + 200;
    if (sheet) {
      this.feed(posts, state, top);
      const shade = this.scene.add.graphics();
      shade.fillStyle(0x000000, 0.4).fillRoundedRect(0, 0, SCREEN_W, SCREEN_H, 46);
      this.add(shade);
    }
    const c = this.scene.add.container(PAD, sheet ? sheetTop : top);
    if (sheet) {
      const back = this.scene.add.graphics();
      back.fillStyle(0xffffff, 1).fillRoundedRect(-PAD, -44, SCREEN_W, height + 84, { tl: 28, tr: 28, bl: 46, br: 46 });
      back.fillStyle(0xd4d4d8, 1).fillRoundedRect(CARD_W / 2 - 30, -32, 60, 6, 3);
      c.add(back);
    }
    c.add(text(this.scene, 4, 0, PHONE_COPY.settings.title, 28, WORLD.ink, { fontStyle: 'bold' }));
    let y = 52;
    for (const { control, label, h } of rows) {
      if (c.y + y > BOTTOM) {
        label.destroy(); // no room left on the screen (the text panel has every control)
        continue;
      }
      const value = state.form[control.variable] ?? state.settings[control.variable] ?? control.initial;
      label.setY(y + 16);
      c.add(this.card(0, y, CARD_W, h));
      c.add(label);
      if (control.kind === 'switch') {
        const on = value === true;
        const g = this.scene.add.graphics();
        g.fillStyle(on ? colour : 0xcbd5e1, 1).fillRoundedRect(CARD_W - 96, y + 22, 76, 40, 20);
        g.fillStyle(0xffffff, 1).fillCircle(CARD_W - (on ? 40 : 76), y + 42, 16);
        c.add(g);
        c.add(text(this.scene, 20, y + h - 34, on ? PHONE_COPY.settings.on : PHONE_COPY.settings.off, 18, WORLD.muted));
        this.hotspots.mark(`setting:${control.variable}`, c, 0, y, CARD_W, h);
      } else {
        const chosen = control.options?.find((o) => o.value === value)?.label ?? String(value);
        c.add(text(this.scene, 20, y + h - 36, chosen, 20, `#${colour.toString(16).padStart(6, '0')}`, { fontStyle: 'bold' }));
        c.add(text(this.scene, CARD_W - 40, y + h / 2, '›', 36, WORLD.muted).setOrigin(0.5));
        this.hotspots.mark(`setting:${control.variable}`, c, 0, y, CARD_W, h);
      }
      y += h + 12;
    }
    this.add(c);
    return c;
  }

  private search(state: PhoneState, top: number): Container | undefined {
    const s = state.search;
    if (!s) return undefined;
    const c = this.scene.add.container(PAD, top);
    const box = this.scene.add.graphics();
    box.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, CARD_W, 64, 32);
    box.lineStyle(2, 0x94a3b8, 1).strokeRoundedRect(0, 0, CARD_W, 64, 32);
    box.lineStyle(4, 0x475569, 1).strokeCircle(36, 30, 11).lineBetween(44, 38, 52, 46);
    c.add(box);
    c.add(text(this.scene, 66, 16, s.query, 24, WORLD.ink, { maxLines: 1 }));
    let y = 84;
    c.add(text(this.scene, 4, y, `${s.results.length} result${s.results.length === 1 ? '' : 's'} anyone can see`, 19, WORLD.muted));
    y += 34;
    for (const r of s.results) {
      if (top + y > BOTTOM - 90) break;
      const title = text(this.scene, 70, y + 14, r.title, 21, '#1a0dab', { fontStyle: 'bold', wordWrap: { width: CARD_W - 90 }, maxLines: 2 });
      const snippet = text(this.scene, 70, y + 18 + title.height, r.snippet, 18, WORLD.ink, { wordWrap: { width: CARD_W - 90 }, maxLines: 2 });
      let h = title.height + snippet.height + 30;
      const exposes = r.exposes.length
        ? text(this.scene, 70, y + h - 6, PHONE_COPY.search.shows(r.exposes), 16, '#9a3412', { wordWrap: { width: CARD_W - 90 }, maxLines: 2 })
        : undefined;
      if (exposes) h += exposes.height + 6;
      c.add(this.card(0, y, CARD_W, h));
      c.add(r.source === 'web' ? this.webMark(16, y + 16) : drawLogo(this.scene, 16, y + 16, 40, r.source));
      c.add([title, snippet]);
      if (exposes) c.add(exposes);
      y += h + 10;
    }
    if (s.results.length === 0) c.add(text(this.scene, CARD_W / 2, y + 40, PHONE_COPY.search.nothing, 22, WORLD.muted).setOrigin(0.5, 0));
    this.add(c);
    return c;
  }

  private webMark(x: number, y: number): Container {
    const c = this.scene.add.container(x, y);
    const g = this.scene.add.graphics();
    g.fillStyle(0x475569, 1).fillRoundedRect(0, 0, 40, 40, 10);
    g.lineStyle(3, 0xffffff, 1).strokeCircle(20, 20, 11).lineBetween(9, 20, 31, 20).strokeEllipse(20, 20, 10, 22);
    c.add(g);
    return c;
  }

  private hatePage(state: PhoneState, top: number): Container | undefined {
    const page = state.hatePage;
    if (!page) return undefined;
    const g = this.scene.add.graphics();
    g.fillStyle(0x0f172a, 1).fillRect(0, top - 24, SCREEN_W, SCREEN_H - top + 24);
    g.fillStyle(0x7f1d1d, 1).fillRect(0, top - 24, SCREEN_W, 120);
    this.add(g);
    this.add(text(this.scene, PAD, top - 8, page.name, 26, '#ffffff', { fontStyle: 'bold', wordWrap: { width: CARD_W }, maxLines: 2 }));
    this.add(text(this.scene, PAD, top + 60, PHONE_COPY.hatePage, 17, '#fecaca'));
    // Report and Block for the page itself, under its banner (its posts carry none of their own).
    const actions = this.scene.add.container(0, 0);
    this.add(actions);
    reportAndBlock(this.scene, actions, this.hotspots, SCREEN_W - PAD, top + 108, true);
    return this.feed(page.posts, state, top + 166, true, false);
  }

  private composer(state: PhoneState, look: PlatformLook, top: number): Container | undefined {
    const chosen = String(state.form.post_platform);
    const platform = isAppId(chosen) ? chosen : isAppId(state.platform) ? state.platform : 'hearth';
    const form = state.forms.find((f) => f.kind === 'composer');
    const c = this.scene.add.container(PAD, top);
    const name = state.player ?? PHONE_COPY.composer.you;
    c.add(this.card(0, 0, CARD_W, SCREEN_H - top - 40));
    c.add(drawAvatar(this.scene, 44, 44, 26, name, state.picture));
    c.add(text(this.scene, 84, 18, name, 22, WORLD.ink, { fontStyle: 'bold' }));
    const audience = String(state.form.post_audience ?? AUDIENCES[platform][0]!.value);
    const chip = text(this.scene, 84, 50, `${PLATFORM_LOOKS[platform]!.name} · ${audienceLabel(platform, audience)} ▾`, 17, '#ffffff', {
      backgroundColor: `#${look.colour.toString(16).padStart(6, '0')}`,
      padding: { x: 8, y: 3 },
    });
    c.add(chip);
    const draft = String(state.form.post_text ?? '');
    c.add(
      text(this.scene, 20, 100, draft || PHONE_COPY.composer.placeholder, 23, draft ? WORLD.ink : WORLD.muted, {
        wordWrap: { width: CARD_W - 40 },
        maxLines: 11,
      }),
    );
    let y = SCREEN_H - top - 230;
    const photo = form && form.kind === 'composer' ? form.photos.find((p) => p.id === state.form.post_photo) : undefined;
    if (photo) {
      const g = this.scene.add.graphics();
      g.fillStyle(0x94a3b8, 1).fillRoundedRect(20, y, CARD_W - 40, 100, 12);
      c.add(g);
      c.add(
        text(this.scene, 32, y + 10, PHONE_COPY.composer.photo(photo.label), 17, '#0f172a', {
          wordWrap: { width: CARD_W - 70 },
          maxLines: 2,
          backgroundColor: '#e2e8f0',
          padding: { x: 6, y: 3 },
        }),
      );
    }
    y += 110;
    if (state.form.post_check_in) {
      const pin = this.scene.add.graphics();
      pin
        .fillStyle(0xb91c1c, 1)
        .fillCircle(30, y + 10, 9)
        .fillTriangle(22, y + 14, 38, y + 14, 30, y + 28);
      pin.fillStyle(0xffffff, 1).fillCircle(30, y + 10, 3.5);
      c.add(pin);
      c.add(
        text(this.scene, 48, y, PHONE_COPY.composer.checkIn(String(state.form.post_check_in)), 19, '#b91c1c', {
          fontStyle: 'bold',
          wordWrap: { width: CARD_W - 80 },
          maxLines: 1,
        }),
      );
    }
    const g = this.scene.add.graphics();
    g.fillStyle(look.colour, 1).fillRoundedRect(CARD_W - 150, y + 34, 130, 50, 25);
    c.add(g);
    c.add(text(this.scene, CARD_W - 85, y + 59, PHONE_COPY.composer.post, 22, '#ffffff', { fontStyle: 'bold' }).setOrigin(0.5));
    this.hotspots.mark('post', c, CARD_W - 150, y + 34, 130, 50);
    this.add(c);
    return c;
  }

  private pictures(state: PhoneState, top: number): Container | undefined {
    const form = state.forms.find((f) => f.kind === 'pictures');
    if (!form || form.kind !== 'pictures') return undefined;
    const c = this.scene.add.container(PAD, top);
    c.add(text(this.scene, 4, 0, PHONE_COPY.pictures.title, 28, WORLD.ink, { fontStyle: 'bold' }));
    c.add(text(this.scene, 4, 40, PHONE_COPY.pictures.note, 19, WORLD.muted));
    const chosen = state.form.profile_picture;
    form.pictures.forEach((id, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const x = col * (CARD_W / 2) + CARD_W / 4;
      const y = 170 + row * 230;
      if (id === chosen) {
        const ring = this.scene.add.graphics();
        ring.lineStyle(8, 0x1d4ed8, 1).strokeCircle(x, y, 84);
        c.add(ring);
        c.add(text(this.scene, x, y + 96, PHONE_COPY.pictures.chosen, 20, '#1d4ed8', { fontStyle: 'bold' }).setOrigin(0.5, 0));
      }
      c.add(drawAvatar(this.scene, x, y, 74, '', id));
      this.hotspots.mark(`picture:${id}`, c, x - 90, y - 90, 180, 180);
    });
    this.add(c);
    return c;
  }
}
