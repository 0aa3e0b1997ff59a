/**
 * The phone's app screens beyond requests and messages: the feed, a profile, the privacy settings, web
 * search results, a hate page, the post composer and the picture chooser. Each draws one PhoneState view
 * into the screen container below the app's header; the DOM panel holds the controls, the phone mirrors them.
 */
import type Phaser from 'phaser';
import type { FeedPost, PhoneState } from '../../core/phone/phone.ts';
import { AUDIENCES, PLATFORM_SETTINGS, pictureLabel, isAppId } from '../../core/phone/pieces.ts';
import { audienceLabel } from '../../core/phone/search.ts';
import { PLATFORM_LOOKS, WORLD, type PlatformLook } from '../theme.ts';
import { avatarColour, drawLogo, initials, SCREEN_H, SCREEN_W, text } from './phone-kit.ts';
import { PHONE_COPY } from '../../content/copy/phone.ts';
import { NO_HOTSPOTS, type PhoneHotspots } from './phone-hotspots.ts';
import { reportAndBlock } from './phone-actions.ts';

type Scene = Phaser.Scene;
type Container = Phaser.GameObjects.Container;
type Graphics = Phaser.GameObjects.Graphics;

const PAD = 24;
const CARD_W = SCREEN_W - PAD * 2;
const BOTTOM = SCREEN_H - 36;

/** The posts in the open app's feed (none on the home and lock screens). */
export function feedOf(state: PhoneState): FeedPost[] {
  return (isAppId(state.platform) ? state.feeds[state.platform] : undefined) ?? [];
}

/** A round avatar: the player's chosen picture, or initials on a colour that is stable per name. */
export function drawAvatar(scene: Scene, x: number, y: number, r: number, name: string, picture?: string): Container {
  const c = scene.add.container(x, y);
  const g = scene.add.graphics();
  if (!picture) {
    g.fillStyle(avatarColour(name), 1).fillCircle(0, 0, r);
    c.add(g);
    c.add(text(scene, 0, 0, initials(name), Math.round(r * 0.8), WORLD.white, { fontStyle: 'bold' }).setOrigin(0.5));
    return c;
  }
  drawPicture(g, picture, r);
  g.lineStyle(Math.max(2, r * 0.08), 0xffffff, 1).strokeCircle(0, 0, r);
  c.add(g);
  return c;
}

/** The six profile pictures, drawn in a circle of radius r centred on 0,0. */
function drawPicture(g: Graphics, id: string, r: number): void {
  const skin = 0xe8b98f;
  const head = (cx: number, cy: number, hr: number) => g.fillStyle(skin, 1).fillCircle(cx, cy, hr);
  const hair = (cx: number, cy: number, hr: number, colour = 0x3f2a1d) => g.fillStyle(colour, 1).fillEllipse(cx, cy - hr * 0.45, hr * 2.1, hr * 1.2);
  /** The part of the circle below a chord at height `y` (shoulders, sand, hills): never spills outside. */
  const below = (y: number, colour: number) => {
    const a = Math.asin(Math.max(-1, Math.min(1, y / r)));
    g.fillStyle(colour, 1).beginPath();
    g.arc(0, 0, r, a, Math.PI - a, false);
    g.closePath();
    g.fillPath();
  };
  switch (id) {
    case 'headshot':
      g.fillStyle(0xcbd5e1, 1).fillCircle(0, 0, r);
      below(r * 0.42, 0x2563eb);
      hair(0, -r * 0.18, r * 0.36);
      head(0, -r * 0.12, r * 0.34);
      break;
    case 'family': // two children and a parent at a school gate, badges on the jumpers
      g.fillStyle(0x93c5fd, 1).fillCircle(0, 0, r);
      g.fillStyle(0x64748b, 1).fillRect(-r, -r * 0.05, r * 2, r * 0.08);
      below(r * 0.5, 0x1e3a8a);
      head(0, -r * 0.3, r * 0.24);
      hair(0, -r * 0.34, r * 0.25);
      for (const dx of [-0.45, 0.45]) {
        g.fillStyle(0x15803d, 1).fillEllipse(r * dx, r * 0.62, r * 0.46, r * 0.5);
        g.fillStyle(0xfacc15, 1).fillCircle(r * dx - r * 0.08, r * 0.55, r * 0.06);
        head(r * dx, r * 0.22, r * 0.17);
      }
      break;
    case 'lanyard':
      g.fillStyle(0xe2e8f0, 1).fillCircle(0, 0, r);
      below(r * 0.4, 0x334155);
      g.lineStyle(r * 0.08, 0xdc2626, 1)
        .lineBetween(-r * 0.22, r * 0.25, 0, r * 0.62)
        .lineBetween(r * 0.22, r * 0.25, 0, r * 0.62);
      g.fillStyle(0xffffff, 1).fillRect(-r * 0.14, r * 0.58, r * 0.28, r * 0.22);
      hair(0, -r * 0.2, r * 0.34, 0x111827);
      head(0, -r * 0.14, r * 0.32);
      break;
    case 'party':
      g.fillStyle(0x6d28d9, 1).fillCircle(0, 0, r);
      for (const [dx, dy, col] of [
        [-0.6, -0.5, 0xfacc15],
        [0.55, -0.6, 0x22d3ee],
        [0.65, 0.1, 0xf472b6],
        [-0.7, 0.2, 0x4ade80],
      ] as const) {
        g.fillStyle(col, 1).fillCircle(r * dx, r * dy, r * 0.08);
      }
      below(r * 0.45, 0xbe185d);
      head(-r * 0.1, -r * 0.05, r * 0.32);
      g.fillStyle(0xf59e0b, 1).fillRect(r * 0.35, r * 0.05, r * 0.22, r * 0.36);
      g.fillStyle(0xfef3c7, 1).fillRect(r * 0.35, r * 0.05, r * 0.22, r * 0.08);
      break;
    case 'beach':
      g.fillStyle(0x38bdf8, 1).fillCircle(0, 0, r);
      below(r * 0.25, 0xfde68a);
      g.fillStyle(0xfacc15, 1).fillCircle(r * 0.55, -r * 0.55, r * 0.16);
      g.fillStyle(skin, 1).fillEllipse(0, r * 0.62, r * 0.9, r * 0.7);
      g.fillStyle(0xef4444, 1).fillRect(-r * 0.3, r * 0.62, r * 0.6, r * 0.14);
      head(0, -r * 0.05, r * 0.3);
      break;
    case 'dog':
      g.fillStyle(0xbbf7d0, 1).fillCircle(0, 0, r);
      g.fillStyle(0x78350f, 1)
        .fillEllipse(-r * 0.42, -r * 0.25, r * 0.36, r * 0.7)
        .fillEllipse(r * 0.42, -r * 0.25, r * 0.36, r * 0.7);
      g.fillStyle(0xb45309, 1).fillCircle(0, r * 0.05, r * 0.46);
      g.fillStyle(0x111827, 1)
        .fillCircle(-r * 0.16, -r * 0.05, r * 0.06)
        .fillCircle(r * 0.16, -r * 0.05, r * 0.06)
        .fillCircle(0, r * 0.18, r * 0.09);
      break;
    default: // landscape
      g.fillStyle(0xfb923c, 1).fillCircle(0, 0, r);
      g.fillStyle(0xfde047, 1).fillCircle(r * 0.2, -r * 0.1, r * 0.22);
      below(r * 0.2, 0x15803d);
      below(r * 0.55, 0x166534);
  }
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
    // Report and Block on the newest post by someone else (src/core/phone/controls.ts, controlsOnScreen).
    const withActions = actions ? posts.findLastIndex((p) => !p.mine) : -1;
    for (let i = posts.length - 1; i >= 0; i--) {
      const post = this.post(posts[i]!, state, y, dark, i === withActions);
      if (!post) break;
      newest ??= post.c;
      y += post.h + 16;
    }
    if (posts.length === 0) this.add(text(this.scene, SCREEN_W / 2, top + 140, PHONE_COPY.nothingNew, 26, WORLD.muted).setOrigin(0.5, 0));
    return newest;
  }

  private post(post: FeedPost, state: PhoneState, y: number, dark: boolean, actions = false): { c: Container; h: number } | undefined {
    if (y > BOTTOM - 120) return undefined;
    const c = this.scene.add.container(PAD, y);
    const ink = dark ? '#f8fafc' : WORLD.ink;
    const muted = dark ? '#cbd5e1' : WORLD.muted;
    const parts: Phaser.GameObjects.GameObject[] = [];
    parts.push(drawAvatar(this.scene, 40, 40, 24, post.author, post.mine ? state.picture : undefined));
    parts.push(text(this.scene, 76, 16, post.author, 22, ink, { fontStyle: 'bold' }));
    const meta =
      post.mine && post.audience && isAppId(state.platform) ? PHONE_COPY.post.justNowTo(audienceLabel(state.platform, post.audience)) : PHONE_COPY.post.justNow;
    parts.push(text(this.scene, 76, 44, post.checkIn ? `${meta} · at ${post.checkIn}` : meta, 17, muted, { wordWrap: { width: CARD_W - 96 }, maxLines: 1 }));
    let h = 78;
    const body = text(this.scene, 20, h, post.text || ' ', 22, ink, { wordWrap: { width: CARD_W - 40 }, maxLines: 5 });
    parts.push(body);
    h += body.height + 12;
    if (post.photo) {
      const g = this.scene.add.graphics();
      g.fillStyle(0x94a3b8, 1).fillRoundedRect(20, h, CARD_W - 40, 110, 12);
      g.fillStyle(0xcbd5e1, 1).fillTriangle(40, h + 100, 140, h + 30, 240, h + 100);
      parts.push(
        g,
        text(this.scene, 36, h + 10, post.photo, 17, '#0f172a', {
          wordWrap: { width: CARD_W - 80 },
          maxLines: 2,
          backgroundColor: '#e2e8f0',
          padding: { x: 6, y: 3 },
        }),
      );
      h += 122;
    }
    const reactions = post.reactions > 0 ? `♥ ${post.reactions}` : '♡ Like';
    parts.push(text(this.scene, 20, h, `${reactions}     ${post.comments.length} comment${post.comments.length === 1 ? '' : 's'}`, 18, muted));
    h += 32;
    if (actions) {
      reportAndBlock(this.scene, c, this.hotspots, CARD_W - 16, h - 40, dark);
      h += 16;
    }
    for (const comment of post.comments.slice(-3)) {
      if (y + h > BOTTOM - 60) break;
      const line = text(this.scene, 32, h, `${comment.author}: ${comment.text}`, 19, ink, {
        wordWrap: { width: CARD_W - 64 },
        maxLines: 2,
        backgroundColor: dark ? '#334155' : '#f1f5f9',
        padding: { x: 10, y: 6 },
      });
      parts.push(line);
      h += line.height + 8;
    }
    h += 8;
    c.add(this.card(0, 0, CARD_W, h, dark ? 0x1e293b : 0xffffff, dark ? 0x475569 : 0xd5dbe1));
    c.add(parts);
    this.add(c);
    return { c, h };
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

  private settings(state: PhoneState, top: number): Container | undefined {
    if (!isAppId(state.platform)) return undefined;
    const c = this.scene.add.container(PAD, top);
    c.add(text(this.scene, 4, 0, PHONE_COPY.settings.title, 28, WORLD.ink, { fontStyle: 'bold' }));
    let y = 52;
    const colour = PLATFORM_LOOKS[state.platform]!.colour;
    for (const control of PLATFORM_SETTINGS[state.platform]) {
      const value = state.form[control.variable] ?? state.settings[control.variable] ?? control.initial;
      const label = text(this.scene, 20, y + 16, control.label, 21, WORLD.ink, { fontStyle: 'bold', wordWrap: { width: CARD_W - 130 } });
      const h = Math.max(84, label.height + 56);
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
      if (top + y > BOTTOM) break;
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
