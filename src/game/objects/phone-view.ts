/**
 * The simulated phone, drawn with Phaser graphics and text. It draws any PhoneState from scratch (so a
 * restarted scene or a resumed game looks right at once) and animates the newest cue.
 */
import type Phaser from 'phaser';
import type { PhoneCue, PhoneNotification, PhoneState } from '../../core/phone/phone.ts';
import { APP_IDS, isAppId, type AppId } from '../../core/phone/pieces.ts';
import { PLATFORM_LOOKS, WORLD, type PlatformLook } from '../theme.ts';
import { BEZEL, drawLogo, HEADER_H, PHONE_H, PHONE_W, SCREEN_H, SCREEN_W, STATUS_H, TAB_H, text, TextPool } from './phone-kit.ts';
import { avatarImage, feedOf, hasTabBar, PiecesPainter, screenshotCard } from './phone-pieces.ts';
import { APP_STYLES, headerTexture, iconTexture, tabBarTexture } from './phone-chrome.ts';
import { isGroupName } from './phone-art.ts';
import { PHONE_COPY } from '../../content/copy/phone.ts';
import { NO_HOTSPOTS, type PhoneHotspots } from './phone-hotspots.ts';
import { ACTIONS_WIDTH, INPUT_BAR_H, inputBar, reportAndBlock } from './phone-actions.ts';

export { drawLogo } from './phone-kit.ts';

type Scene = Phaser.Scene;
type Container = Phaser.GameObjects.Container;

export class PhoneView {
  readonly root: Container;
  private screen: Container;
  private banner: Container | undefined;
  private lastRequest: Container | undefined;
  private lastBubble: Container | undefined;
  private lastPiece: Container | undefined;
  /** The screen's words, kept from one drawing to the next (most of them are the same after a choice). */
  private readonly texts: TextPool;

  constructor(
    private readonly scene: Scene,
    x: number,
    y: number,
    /** Told where each tappable control is drawn. */
    private readonly hotspots: PhoneHotspots = NO_HOTSPOTS,
  ) {
    this.texts = new TextPool(scene);
    this.root = scene.add.container(x, y);
    const body = scene.add.graphics();
    body.fillStyle(0x000000, 0.35).fillRoundedRect(10, 18, PHONE_W, PHONE_H, 64); // shadow
    body.fillStyle(WORLD.phoneBody, 1).fillRoundedRect(0, 0, PHONE_W, PHONE_H, 64);
    body.lineStyle(4, 0x3a4350, 1).strokeRoundedRect(2, 2, PHONE_W - 4, PHONE_H - 4, 62);
    body.fillStyle(WORLD.screen, 1).fillRoundedRect(BEZEL, BEZEL, SCREEN_W, SCREEN_H, 46);
    this.root.add(body);
    this.screen = scene.add.container(BEZEL, BEZEL);
    this.root.add(this.screen);
  }

  /** The app on screen, for notifications that do not name theirs. */
  private shown: PhoneNotification['platform'];

  /** Redraw the whole screen for a state. */
  draw(state: PhoneState): void {
    this.shown = PLATFORM_LOOKS[state.platform] ? state.platform : undefined;
    this.hotspots.begin?.(state);
    this.texts.begin();
    this.banner?.destroy();
    this.banner = undefined;
    this.screen.removeAll(true);
    this.lastRequest = this.lastBubble = this.lastPiece = undefined;
    const look = PLATFORM_LOOKS[state.platform];
    // A web search is its own app, whichever app was open.
    if (state.view === 'search' && state.search) this.drawApp(state, SEARCH_LOOK);
    else if (state.platform === 'lock') this.drawLock(state);
    else if (state.platform === 'home' || !look) this.drawHome(state);
    else this.drawApp(state, look);
    // The camera cut-out sits over everything.
    const notch = this.scene.add.graphics();
    notch.fillStyle(WORLD.phoneBody, 1).fillRoundedRect(SCREEN_W / 2 - 70, 0, 140, 30, 14);
    this.screen.add(notch);
    this.texts.end();
    this.hotspots.end?.();
  }

  /** A two-tone wallpaper that fades from `top` to `bottom` in soft bands, inside the screen's corners. */
  private wallpaper(g: Phaser.GameObjects.Graphics, top: number, bottom: number): void {
    g.fillStyle(top, 1).fillRoundedRect(0, 0, SCREEN_W, SCREEN_H, 46);
    const bands = 6;
    for (let i = 1; i <= bands; i++) {
      const y = SCREEN_H * (0.35 + (0.65 * (i - 1)) / bands);
      g.fillStyle(bottom, 0.18).fillRoundedRect(0, y, SCREEN_W, SCREEN_H - y, { tl: 0, tr: 0, bl: 46, br: 46 });
    }
  }

  private statusBar(time: string, light: boolean): void {
    const colour = light ? WORLD.white : WORLD.ink;
    const clock = time.split(' ').pop() ?? '';
    this.screen.add(text(this.scene, 40, 16, clock, 24, colour, { fontStyle: 'bold' }));
    const g = this.scene.add.graphics();
    const c = light ? 0xffffff : 0x1b1f24;
    for (let i = 0; i < 4; i++) g.fillStyle(c, 1).fillRect(SCREEN_W - 150 + i * 9, 34 - i * 5, 6, 6 + i * 5);
    g.lineStyle(2, c, 1).strokeRoundedRect(SCREEN_W - 96, 18, 44, 22, 5);
    g.fillStyle(c, 1)
      .fillRoundedRect(SCREEN_W - 92, 22, 30, 14, 3)
      .fillRect(SCREEN_W - 50, 25, 4, 8);
    this.screen.add(g);
  }

  private drawLock(state: PhoneState): void {
    const g = this.scene.add.graphics();
    this.wallpaper(g, 0x1e3a5f, 0x3b2f5c);
    this.screen.add(g);
    this.statusBar(state.time, true);
    const [day = '', clock = ''] = state.time.includes(' ') ? state.time.split(' ') : ['', state.time];
    this.screen.add(text(this.scene, SCREEN_W / 2, 150, clock || '09:00', 112, WORLD.white, { fontStyle: '300' }).setOrigin(0.5, 0));
    if (day) this.screen.add(text(this.scene, SCREEN_W / 2, 290, day, 30, WORLD.white).setOrigin(0.5, 0));
    state.notifications.forEach((n, i) => this.screen.add(this.notificationCard(24, 370 + i * 150, n, 0.92)));
  }

  private drawHome(state: PhoneState): void {
    const g = this.scene.add.graphics();
    this.wallpaper(g, 0x0f4c5c, 0x1e3a5f);
    this.screen.add(g);
    this.statusBar(state.time, true);
    APP_IDS.forEach((id, i) => {
      const x = 46 + (i % 4) * 112;
      const y = 120;
      this.screen.add(drawLogo(this.scene, x, y, 88, id));
      this.screen.add(text(this.scene, x + 44, y + 98, PLATFORM_LOOKS[id]!.name, 20, WORLD.white).setOrigin(0.5, 0));
      // A badge for what is still unanswered in that app (notifications go once answered).
      const unread = state.notifications.filter((n) => n.platform === id).length;
      if (unread > 0) {
        const badge = this.scene.add.graphics();
        badge.fillStyle(0xdc2626, 1).fillCircle(x + 84, y + 4, 17);
        badge.lineStyle(3, 0xffffff, 1).strokeCircle(x + 84, y + 4, 17);
        this.screen.add(badge);
        this.screen.add(text(this.scene, x + 84, y + 4, String(unread), 19, WORLD.white, { fontStyle: 'bold' }).setOrigin(0.5));
      }
    });
    state.notifications.forEach((n, i) => this.screen.add(this.notificationCard(24, 300 + i * 150, n, 0.92)));
  }

  /**
   * An app's screen in its own frame: its header and tab bar (phone-chrome.ts), its background; a chat open
   * on its own has the chat's header instead. The web search keeps the plain coloured header.
   */
  private drawApp(state: PhoneState, look: PlatformLook): void {
    const app = look !== SEARCH_LOOK && isAppId(state.platform) ? state.platform : undefined;
    const posts = feedOf(state);
    const inbox = state.view === 'inbox' || (state.view === 'feed' && posts.length === 0);
    const here = (where: { platform?: string | undefined } | null) => where !== null && (where.platform === undefined || where.platform === state.platform);
    const chatOnly = inbox && here(state.thread) && !here(state.request);
    const g = this.scene.add.graphics();
    if (!app) {
      g.fillStyle(0xf4f6f8, 1).fillRoundedRect(0, 0, SCREEN_W, SCREEN_H, 46);
      g.fillStyle(look.colour, 1).fillRoundedRect(0, 0, SCREEN_W, STATUS_H + HEADER_H, { tl: 46, tr: 46, bl: 0, br: 0 });
      this.screen.add(g);
      this.statusBar(state.time, true);
      this.screen.add(drawLogo(this.scene, 28, STATUS_H + 18, 64, 'seek'));
      this.screen.add(text(this.scene, 108, STATUS_H + 20, look.name, 36, WORLD.white, { fontStyle: 'bold' }));
      this.screen.add(text(this.scene, 110, STATUS_H + 62, look.tagline, 20, '#f1f5f9'));
    } else {
      const style = APP_STYLES[app];
      g.fillStyle(chatOnly || inbox ? 0xffffff : style.background, 1).fillRoundedRect(0, 0, SCREEN_W, SCREEN_H, 46);
      g.fillStyle(chatOnly ? look.colour : 0xffffff, 1).fillRoundedRect(0, 0, SCREEN_W, STATUS_H + HEADER_H, { tl: 46, tr: 46, bl: 0, br: 0 });
      this.screen.add(g);
      this.statusBar(state.time, chatOnly);
      if (chatOnly) this.chatHeader(state.thread!.with, look);
      else if (state.view === 'composer') this.composerHeader(app);
      else this.screen.add(this.scene.add.image(0, STATUS_H, headerTexture(this.scene, app, SCREEN_W, HEADER_H)).setOrigin(0, 0));
    }
    // The tab bar goes over whatever scrolls under it, so it is added last.
    const tabs = () => {
      if (app && hasTabBar(state.view) && !inbox)
        this.screen.add(this.scene.add.image(0, SCREEN_H - TAB_H, tabBarTexture(this.scene, app, SCREEN_W, TAB_H)).setOrigin(0, 0));
    };
    let y = STATUS_H + HEADER_H + 24;
    // A piece (profile, settings, search...) or a feed with posts fills the screen; otherwise requests and messages.
    if (state.view !== 'inbox' && (state.view !== 'feed' || posts.length > 0)) {
      this.lastPiece = new PiecesPainter(this.scene, this.screen, this.hotspots).draw(state, look, y);
      tabs();
      return;
    }
    // A request or a conversation shows in the app it arrived in (or in any app, if it came to the home screen).
    const request = here(state.request) ? state.request : null;
    const thread = here(state.thread) ? state.thread : null;
    if (request) {
      // The app's own name for the list the request is in.
      const heading = app ? REQUESTS_HEADING[app] : undefined;
      if (heading) {
        this.screen.add(text(this.scene, 28, y - 6, heading, 24, WORLD.ink, { fontStyle: 'bold' }));
        y += 34;
      }
      this.lastRequest = this.requestCard(24, y, request);
      this.screen.add(this.lastRequest);
      y += 250;
    }
    if (thread) this.drawThread(thread, chatOnly ? y - 24 : y, look, !chatOnly);
    if (!request && !thread) {
      this.screen.add(text(this.scene, SCREEN_W / 2, y + 120, PHONE_COPY.nothingNew, 26, WORLD.muted).setOrigin(0.5, 0));
    }
  }

  private notificationCard(x: number, y: number, notification: PhoneNotification, alpha: number): Container {
    const c = this.scene.add.container(x, y);
    const w = SCREEN_W - x * 2;
    const g = this.scene.add.graphics();
    g.fillStyle(0xffffff, alpha).fillRoundedRect(0, 0, w, 128, 24);
    c.add(g);
    const look = notification.platform ? PLATFORM_LOOKS[notification.platform] : undefined;
    c.add(drawLogo(this.scene, 18, 18, 44, notification.platform ?? 'phone'));
    c.add(text(this.scene, 76, 16, look?.name ?? PHONE_COPY.messages, 20, WORLD.muted, { fontStyle: 'bold' }));
    c.add(text(this.scene, 76, 44, notification.text, 23, WORLD.ink, { wordWrap: { width: w - 96 }, maxLines: 3 }));
    return c;
  }

  private requestCard(x: number, y: number, request: NonNullable<PhoneState['request']>): Container {
    const c = this.scene.add.container(x, y);
    const w = SCREEN_W - x * 2;
    const g = this.scene.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, w, 226, 24);
    g.lineStyle(2, 0xd5dbe1, 1).strokeRoundedRect(0, 0, w, 226, 24);
    c.add(g);
    c.add(avatarImage(this.scene, 66, 70, 46, request.name));
    const what =
      request.kind === 'friend'
        ? PHONE_COPY.request.wants.friend
        : request.kind === 'follow'
          ? PHONE_COPY.request.wants.follow
          : PHONE_COPY.request.wants.connect;
    c.add(text(this.scene, 130, 34, request.name, 28, WORLD.ink, { fontStyle: 'bold', wordWrap: { width: w - 150 } }));
    c.add(text(this.scene, 130, 76, what, 22, WORLD.muted));
    if (request.outcome === 'pending') {
      // Three buttons: accept (in the app's colour), decline and ignore (quiet), each a hotspot.
      const gap = 12;
      const bw = (w - 48 - gap * 2) / 3;
      const buttons = [
        {
          control: 'accept',
          label: request.kind === 'friend' ? PHONE_COPY.request.accept.friend : PHONE_COPY.request.accept.other,
          fill: PLATFORM_LOOKS[this.shown ?? '']?.colour ?? 0x1d4ed8,
          ink: WORLD.white,
        },
        {
          control: 'decline',
          label: request.kind === 'friend' ? PHONE_COPY.request.decline.friend : PHONE_COPY.request.decline.other,
          fill: 0xe2e8f0,
          ink: WORLD.ink,
        },
        { control: 'ignore', label: PHONE_COPY.request.ignore, fill: 0xf8fafc, ink: WORLD.muted },
      ] as const;
      const b = this.scene.add.graphics();
      c.add(b);
      buttons.forEach((button, i) => {
        const bx = 24 + i * (bw + gap);
        b.fillStyle(button.fill, 1).fillRoundedRect(bx, 138, bw, 62, 16);
        if (i === 2) b.lineStyle(2, 0xcbd5e1, 1).strokeRoundedRect(bx, 138, bw, 62, 16);
        c.add(text(this.scene, bx + bw / 2, 169, button.label, 22, button.ink, { fontStyle: 'bold' }).setOrigin(0.5));
        this.hotspots.mark(button.control, c, bx, 138, bw, 62);
      });
    } else {
      const label = PHONE_COPY.request.outcome[request.outcome];
      const colour = { accepted: '#15803d', declined: '#b91c1c', ignored: '#475569' }[request.outcome];
      c.add(text(this.scene, w / 2, 169, label, 28, colour, { fontStyle: 'bold' }).setOrigin(0.5));
    }
    return c;
  }

  /** The composer covers the app: close on the left, the app's words for a new post, its mark on the right. */
  private composerHeader(app: AppId): void {
    const y = STATUS_H;
    const g = this.scene.add.graphics();
    g.fillStyle(0xe4e4e7, 1).fillRect(0, y + HEADER_H - 1.5, SCREEN_W, 1.5);
    g.lineStyle(4, 0x27272a, 1)
      .lineBetween(28, y + 34, 56, y + 62)
      .lineBetween(56, y + 34, 28, y + 62);
    this.screen.add(g);
    this.screen.add(text(this.scene, SCREEN_W / 2, y + 48, COMPOSER_TITLE[app], 28, WORLD.ink, { fontStyle: 'bold' }).setOrigin(0.5));
    this.screen.add(drawLogo(this.scene, SCREEN_W - 76, y + 26, 44, app));
  }

  /** The header of a chat open on its own: back arrow, the other person's avatar and name, call button. */
  private chatHeader(name: string, look: PlatformLook): void {
    const y = STATUS_H;
    this.screen.add(this.scene.add.image(16, y + 26, iconTexture(this.scene, 'back', 44, '#ffffff')).setOrigin(0, 0));
    this.screen.add(avatarImage(this.scene, 100, y + 48, 30, name));
    this.screen.add(
      text(this.scene, 142, y + 20, name, 26, WORLD.white, { fontStyle: 'bold', maxLines: 1, wordWrap: { width: SCREEN_W - 170 - ACTIONS_WIDTH } }),
    );
    this.screen.add(
      text(this.scene, 143, y + 54, `${look.name} · ${isGroupName(name) ? 'group chat' : 'Active now'}`, 18, '#f1f5f9', {
        wordWrap: { width: SCREEN_W - 170 - ACTIONS_WIDTH },
        maxLines: 1,
      }),
    );
    reportAndBlock(this.scene, this.screen, this.hotspots, SCREEN_W - 20, y + 26);
  }

  /**
   * A conversation: with `strip`, a small header row first (when a request card sits above it); then the
   * bubbles, laid out from the bottom of the screen upwards, newest last, dropping what does not fit. Theirs
   * are grey with the sender's avatar beside them (in a group chat, the sender's name over the first of a
   * run); the player's are in the app's colour. A screenshot sits inside its message's bubble.
   */
  private drawThread(thread: NonNullable<PhoneState['thread']>, top: number, look: PlatformLook, strip: boolean): void {
    if (strip && thread.with) {
      const g = this.scene.add.graphics();
      g.fillStyle(0xe4e4e7, 1).fillRect(24, top - 8, SCREEN_W - 48, 1.5);
      this.screen.add(g);
      this.screen.add(avatarImage(this.scene, 46, top + 26, 20, thread.with));
      this.screen.add(
        text(this.scene, 76, top + 12, thread.with, 22, WORLD.ink, { fontStyle: 'bold', wordWrap: { width: SCREEN_W - 100 - ACTIONS_WIDTH }, maxLines: 1 }),
      );
      reportAndBlock(this.scene, this.screen, this.hotspots, SCREEN_W - 24, top + 4);
      top += 60;
    }
    const group = isGroupName(thread.with);
    // The input bar sits at the bottom (its Send button is the reply control); bubbles stack up just above it.
    const barY = SCREEN_H - 40 - INPUT_BAR_H;
    inputBar(this.scene, this.screen, this.hotspots, 24, barY, SCREEN_W - 48, look.colour);
    const bottom = barY - 8;
    const maxW = SCREEN_W * 0.7;
    const avatarR = 18;
    let y = bottom;
    const bubbles: Container[] = [];
    for (let i = thread.messages.length - 1; i >= 0; i--) {
      const m = thread.messages[i]!;
      // In a group chat, "Name: text" is that member's message.
      const said = group && !m.mine ? /^([^:]{2,40}):\s+([\s\S]+)$/.exec(m.text) : null;
      const sender = said ? said[1]! : m.mine ? '' : m.from;
      const words = said ? said[2]! : m.text;
      const prev = i > 0 ? thread.messages[i - 1] : undefined;
      const prevSender = prev && !prev.mine ? (group ? (/^([^:]{2,40}):\s/.exec(prev.text)?.[1] ?? prev.from) : prev.from) : '';
      const showName = group && !m.mine && sender !== prevSender;
      const c = this.scene.add.container(0, 0);
      const g = this.scene.add.graphics();
      const parts: Phaser.GameObjects.GameObject[] = [];
      const nameH = showName ? 24 : 0;
      const label = text(this.scene, 18, 12 + nameH, words, 22, m.mine ? WORLD.white : WORLD.ink, { wordWrap: { width: maxW - 36 } });
      let bw = Math.min(maxW, label.width + 36);
      let bh = label.height + 24 + nameH;
      if (showName) parts.push(text(this.scene, 18, 10, sender, 16, look.css, { fontStyle: 'bold' }));
      parts.push(label);
      if (m.screenshot) {
        bw = maxW;
        bh += screenshotCard(this.scene, parts, g, m.screenshot, 14, bh - 4, bw - 28) + 10;
      }
      if (y - bh < top + 8) {
        for (const p of parts) p.destroy();
        g.destroy();
        c.destroy();
        break;
      }
      y -= bh + 10;
      const x = m.mine ? SCREEN_W - 20 - bw : 24 + avatarR * 2 + 10;
      c.setPosition(x, y);
      const back = this.scene.add.graphics();
      back.fillStyle(m.mine ? look.colour : 0xeef0f3, 1).fillRoundedRect(0, 0, bw, bh, 22);
      c.add([back, g, ...parts]);
      // The sender's face beside the last bubble of a run.
      const next = thread.messages[i + 1];
      const nextSender = next && !next.mine ? (group ? (/^([^:]{2,40}):\s/.exec(next.text)?.[1] ?? next.from) : next.from) : '';
      if (!m.mine && nextSender !== sender) c.add(avatarImage(this.scene, -10 - avatarR, bh - avatarR, avatarR, sender));
      bubbles.unshift(c);
    }
    this.screen.add(bubbles);
    this.lastBubble = bubbles[bubbles.length - 1];
  }

  /** Animate the element a cue just changed; returns how long the animation (and any hold) lasts. */
  animate(cue: PhoneCue, reducedMotion: boolean): number {
    const tweens = this.scene.tweens;
    if (cue.type === 'notification') {
      const card = this.notificationCard(24, 56, { text: cue.text, platform: cue.platform ?? this.shown }, 1);
      this.screen.add(card);
      this.banner = card;
      if (reducedMotion) {
        this.scene.time.delayedCall(3000, () => card.destroy());
        return 3000;
      }
      card.y = -140;
      tweens.add({ targets: card, y: 56, duration: 320, ease: 'Back.easeOut' });
      tweens.add({ targets: card, y: -150, delay: 3000, duration: 260, ease: 'Quad.easeIn', onComplete: () => card.destroy() });
      return 3300;
    }
    if (reducedMotion) return 0;
    /** Fade something in as it rises the last few pixels into place. */
    const riseIn = (target: Container, by: number, duration: number): number => {
      const y = target.y;
      target.y = y + by;
      target.setAlpha(0);
      tweens.add({ targets: target, y, alpha: 1, duration, ease: 'Quad.easeOut' });
      return duration;
    };
    if (this.lastPiece && PIECE_CUES.has(cue.type)) return riseIn(this.lastPiece, 30, 260);
    if ((cue.type === 'request' || cue.type === 'request-outcome') && this.lastRequest) {
      const card = this.lastRequest;
      card.setScale(0.92).setAlpha(0);
      tweens.add({ targets: card, scale: 1, alpha: 1, duration: 260, ease: 'Back.easeOut' });
      return 260;
    }
    if ((cue.type === 'message' || cue.type === 'reply') && this.lastBubble) return riseIn(this.lastBubble, 40, 240);
    return 0;
  }
}

/** What each app calls its list of requests, over the request card. */
const REQUESTS_HEADING: Record<AppId, string> = { hearth: 'Friend requests', shout: 'Follower requests', lens: 'Follow requests', guild: 'Invitations' };
/** What each app's composer is called. */
const COMPOSER_TITLE: Record<AppId, string> = { hearth: 'Create post', shout: 'New post', lens: 'New post', guild: 'Start a post' };

/** The phone's web browser and search engine. */
const SEARCH_LOOK: PlatformLook = { name: 'Seek', tagline: 'search the web', colour: 0x334155, css: '#334155' };

/** Cues that bring a new piece onto the screen (a post, a profile, a page...), which slides in. */
const PIECE_CUES: ReadonlySet<PhoneCue['type']> = new Set(['post', 'profile', 'pictures', 'settings', 'search', 'hate-page', 'composer', 'publish']);

export const PHONE_SIZE = { width: PHONE_W, height: PHONE_H };
