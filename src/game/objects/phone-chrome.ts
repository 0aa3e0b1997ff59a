/**
 * Each app's own frame, so the four are told apart at a glance: its header (wordmark and buttons), its tab
 * bar with its own icons, and the row of actions under a post. Painted once per app into canvas textures
 * (see phone-art.ts), so a redraw adds one image for each, not dozens of shapes.
 */
import type Phaser from 'phaser';
import { painted } from './phone-kit.ts';
import { PLATFORMS } from '../../content/platforms.ts';
import type { AppId } from '../../core/phone/pieces.ts';
import { FONT } from '../theme.ts';

type Scene = Phaser.Scene;
type Ctx = CanvasRenderingContext2D;

export interface AppStyle {
  /** Behind the feed. */
  background: number;
  /** Posts as separate cards (Hearth, Guild) or as rows on one sheet divided by lines (Shout, Lens). */
  cards: boolean;
  /** What a reaction is called on this app, for the count under a post. */
  reaction: string;
  /** The reaction's mark, drawn before the count. */
  reactionMark: string;
  /** Words for a comment under a post. */
  comment: string;
}

export const APP_STYLES: Record<AppId, AppStyle> = {
  hearth: { background: 0xe7e2dc, cards: true, reaction: 'reactions', reactionMark: '♥', comment: 'comment' },
  shout: { background: 0xffffff, cards: false, reaction: 'likes', reactionMark: '♥', comment: 'reply' },
  lens: { background: 0xffffff, cards: false, reaction: 'likes', reactionMark: '♥', comment: 'comment' },
  guild: { background: 0xeeebe6, cards: true, reaction: 'reactions', reactionMark: '👍', comment: 'comment' },
};

// Icons, each in a box of size s at x, y, in the current stroke/fill colour.
type Icon = (ctx: Ctx, x: number, y: number, s: number) => void;

const line = (ctx: Ctx, w: number) => {
  ctx.lineWidth = w;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
};

const ICONS: Record<string, Icon> = {
  home: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.1, y + s * 0.48);
    ctx.lineTo(x + s * 0.5, y + s * 0.12);
    ctx.lineTo(x + s * 0.9, y + s * 0.48);
    ctx.moveTo(x + s * 0.2, y + s * 0.4);
    ctx.lineTo(x + s * 0.2, y + s * 0.88);
    ctx.lineTo(x + s * 0.8, y + s * 0.88);
    ctx.lineTo(x + s * 0.8, y + s * 0.4);
    ctx.stroke();
  },
  people: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.arc(x + s * 0.38, y + s * 0.32, s * 0.15, 0, Math.PI * 2);
    ctx.moveTo(x + s * 0.1 + s * 0.5, y + s * 0.85);
    ctx.arc(x + s * 0.38, y + s * 0.85, s * 0.28, 0, Math.PI, true);
    ctx.moveTo(x + s * 0.82, y + s * 0.36);
    ctx.arc(x + s * 0.7, y + s * 0.36, s * 0.12, 0, Math.PI * 2);
    ctx.moveTo(x + s * 0.92, y + s * 0.8);
    ctx.arc(x + s * 0.72, y + s * 0.8, s * 0.2, 0, Math.PI * 1.1, true);
    ctx.stroke();
  },
  bell: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.2, y + s * 0.72);
    ctx.quadraticCurveTo(x + s * 0.28, y + s * 0.6, x + s * 0.28, y + s * 0.42);
    ctx.quadraticCurveTo(x + s * 0.3, y + s * 0.14, x + s * 0.5, y + s * 0.14);
    ctx.quadraticCurveTo(x + s * 0.7, y + s * 0.14, x + s * 0.72, y + s * 0.42);
    ctx.quadraticCurveTo(x + s * 0.72, y + s * 0.6, x + s * 0.8, y + s * 0.72);
    ctx.closePath();
    ctx.moveTo(x + s * 0.42, y + s * 0.84);
    ctx.lineTo(x + s * 0.58, y + s * 0.84);
    ctx.stroke();
  },
  menu: (ctx, x, y, s) => {
    ctx.beginPath();
    for (const f of [0.28, 0.5, 0.72]) {
      ctx.moveTo(x + s * 0.15, y + s * f);
      ctx.lineTo(x + s * 0.85, y + s * f);
    }
    ctx.stroke();
  },
  search: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.arc(x + s * 0.44, y + s * 0.44, s * 0.26, 0, Math.PI * 2);
    ctx.moveTo(x + s * 0.63, y + s * 0.63);
    ctx.lineTo(x + s * 0.86, y + s * 0.86);
    ctx.stroke();
  },
  plus: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.roundRect(x + s * 0.14, y + s * 0.14, s * 0.72, s * 0.72, s * 0.18);
    ctx.moveTo(x + s * 0.5, y + s * 0.32);
    ctx.lineTo(x + s * 0.5, y + s * 0.68);
    ctx.moveTo(x + s * 0.32, y + s * 0.5);
    ctx.lineTo(x + s * 0.68, y + s * 0.5);
    ctx.stroke();
  },
  play: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.roundRect(x + s * 0.14, y + s * 0.14, s * 0.72, s * 0.72, s * 0.18);
    ctx.moveTo(x + s * 0.42, y + s * 0.36);
    ctx.lineTo(x + s * 0.64, y + s * 0.5);
    ctx.lineTo(x + s * 0.42, y + s * 0.64);
    ctx.closePath();
    ctx.stroke();
  },
  mail: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.roundRect(x + s * 0.12, y + s * 0.24, s * 0.76, s * 0.52, s * 0.08);
    ctx.moveTo(x + s * 0.14, y + s * 0.28);
    ctx.lineTo(x + s * 0.5, y + s * 0.54);
    ctx.lineTo(x + s * 0.86, y + s * 0.28);
    ctx.stroke();
  },
  heart: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.5, y + s * 0.84);
    ctx.bezierCurveTo(x + s * 0.1, y + s * 0.55, x + s * 0.02, y + s * 0.3, x + s * 0.22, y + s * 0.2);
    ctx.bezierCurveTo(x + s * 0.36, y + s * 0.12, x + s * 0.48, y + s * 0.22, x + s * 0.5, y + s * 0.32);
    ctx.bezierCurveTo(x + s * 0.52, y + s * 0.22, x + s * 0.64, y + s * 0.12, x + s * 0.78, y + s * 0.2);
    ctx.bezierCurveTo(x + s * 0.98, y + s * 0.3, x + s * 0.9, y + s * 0.55, x + s * 0.5, y + s * 0.84);
    ctx.stroke();
  },
  comment: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.ellipse(x + s * 0.5, y + s * 0.46, s * 0.36, s * 0.3, 0, Math.PI * 0.7, Math.PI * 2.55);
    ctx.lineTo(x + s * 0.16, y + s * 0.84);
    ctx.closePath();
    ctx.stroke();
  },
  send: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.1, y + s * 0.2);
    ctx.lineTo(x + s * 0.9, y + s * 0.2);
    ctx.lineTo(x + s * 0.44, y + s * 0.86);
    ctx.lineTo(x + s * 0.38, y + s * 0.44);
    ctx.closePath();
    ctx.moveTo(x + s * 0.38, y + s * 0.44);
    ctx.lineTo(x + s * 0.9, y + s * 0.2);
    ctx.stroke();
  },
  bookmark: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.26, y + s * 0.14);
    ctx.lineTo(x + s * 0.74, y + s * 0.14);
    ctx.lineTo(x + s * 0.74, y + s * 0.88);
    ctx.lineTo(x + s * 0.5, y + s * 0.68);
    ctx.lineTo(x + s * 0.26, y + s * 0.88);
    ctx.closePath();
    ctx.stroke();
  },
  repost: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.2, y + s * 0.56);
    ctx.lineTo(x + s * 0.2, y + s * 0.3);
    ctx.lineTo(x + s * 0.76, y + s * 0.3);
    ctx.moveTo(x + s * 0.64, y + s * 0.18);
    ctx.lineTo(x + s * 0.78, y + s * 0.3);
    ctx.lineTo(x + s * 0.64, y + s * 0.42);
    ctx.moveTo(x + s * 0.8, y + s * 0.44);
    ctx.lineTo(x + s * 0.8, y + s * 0.7);
    ctx.lineTo(x + s * 0.24, y + s * 0.7);
    ctx.moveTo(x + s * 0.36, y + s * 0.58);
    ctx.lineTo(x + s * 0.22, y + s * 0.7);
    ctx.lineTo(x + s * 0.36, y + s * 0.82);
    ctx.stroke();
  },
  thumb: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.roundRect(x + s * 0.12, y + s * 0.44, s * 0.16, s * 0.42, s * 0.03);
    ctx.moveTo(x + s * 0.34, y + s * 0.46);
    ctx.lineTo(x + s * 0.5, y + s * 0.14);
    ctx.quadraticCurveTo(x + s * 0.62, y + s * 0.16, x + s * 0.58, y + s * 0.38);
    ctx.lineTo(x + s * 0.84, y + s * 0.4);
    ctx.quadraticCurveTo(x + s * 0.92, y + s * 0.46, x + s * 0.86, y + s * 0.56);
    ctx.lineTo(x + s * 0.78, y + s * 0.84);
    ctx.lineTo(x + s * 0.34, y + s * 0.84);
    ctx.closePath();
    ctx.stroke();
  },
  share: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.86, y + s * 0.42);
    ctx.lineTo(x + s * 0.54, y + s * 0.14);
    ctx.lineTo(x + s * 0.54, y + s * 0.3);
    ctx.quadraticCurveTo(x + s * 0.14, y + s * 0.34, x + s * 0.12, y + s * 0.82);
    ctx.quadraticCurveTo(x + s * 0.3, y + s * 0.54, x + s * 0.54, y + s * 0.56);
    ctx.lineTo(x + s * 0.54, y + s * 0.7);
    ctx.closePath();
    ctx.stroke();
  },
  briefcase: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.roundRect(x + s * 0.12, y + s * 0.3, s * 0.76, s * 0.52, s * 0.08);
    ctx.roundRect(x + s * 0.36, y + s * 0.14, s * 0.28, s * 0.16, s * 0.04);
    ctx.moveTo(x + s * 0.12, y + s * 0.52);
    ctx.lineTo(x + s * 0.88, y + s * 0.52);
    ctx.stroke();
  },
  profile: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.arc(x + s * 0.5, y + s * 0.5, s * 0.36, 0, Math.PI * 2);
    ctx.moveTo(x + s * 0.62, y + s * 0.42);
    ctx.arc(x + s * 0.5, y + s * 0.42, s * 0.12, 0, Math.PI * 2);
    ctx.moveTo(x + s * 0.26, y + s * 0.76);
    ctx.quadraticCurveTo(x + s * 0.5, y + s * 0.52, x + s * 0.74, y + s * 0.76);
    ctx.stroke();
  },
  back: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.62, y + s * 0.18);
    ctx.lineTo(x + s * 0.3, y + s * 0.5);
    ctx.lineTo(x + s * 0.62, y + s * 0.82);
    ctx.stroke();
  },
  phone: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.moveTo(x + s * 0.24, y + s * 0.16);
    ctx.lineTo(x + s * 0.38, y + s * 0.16);
    ctx.lineTo(x + s * 0.46, y + s * 0.36);
    ctx.lineTo(x + s * 0.36, y + s * 0.44);
    ctx.quadraticCurveTo(x + s * 0.44, y + s * 0.6, x + s * 0.56, y + s * 0.66);
    ctx.lineTo(x + s * 0.64, y + s * 0.56);
    ctx.lineTo(x + s * 0.84, y + s * 0.64);
    ctx.lineTo(x + s * 0.84, y + s * 0.78);
    ctx.quadraticCurveTo(x + s * 0.3, y + s * 0.84, x + s * 0.2, y + s * 0.24);
    ctx.closePath();
    ctx.stroke();
  },
  pin: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.arc(x + s * 0.5, y + s * 0.38, s * 0.26, Math.PI * 0.85, Math.PI * 2.15);
    ctx.lineTo(x + s * 0.5, y + s * 0.9);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(x + s * 0.5, y + s * 0.38, s * 0.1, 0, Math.PI * 2);
    ctx.fill();
  },
  tag: (ctx, x, y, s) => {
    ctx.beginPath();
    ctx.arc(x + s * 0.5, y + s * 0.34, s * 0.18, 0, Math.PI * 2);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(x + s * 0.16, y + s * 0.9);
    ctx.quadraticCurveTo(x + s * 0.5, y + s * 0.4, x + s * 0.84, y + s * 0.9);
    ctx.fill();
  },
};

export type IconName = keyof typeof ICONS;

function icon(ctx: Ctx, name: string, x: number, y: number, s: number, colour: string, width = 2.6): void {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  line(ctx, width);
  ICONS[name]?.(ctx, x, y, s);
  ctx.restore();
}

/** One small icon as a texture (for chips and buttons drawn among Phaser objects). */
export function iconTexture(scene: Scene, name: IconName, size: number, colour: string): string {
  return painted(scene, `icon:${name}:${size}:${colour}`, size, size, (ctx) => icon(ctx, name, 0, 0, size, colour, Math.max(2, size / 11)));
}

const TABS: Record<AppId, { icons: string[]; labels?: string[] }> = {
  hearth: { icons: ['home', 'people', 'play', 'bell', 'menu'] },
  shout: { icons: ['home', 'search', 'bell', 'mail'] },
  lens: { icons: ['home', 'search', 'plus', 'play', 'profile'] },
  guild: { icons: ['home', 'people', 'plus', 'bell', 'briefcase'], labels: ['Home', 'Network', 'Post', 'Alerts', 'Jobs'] },
};

/** The app's tab bar, the first tab (its home) chosen. */
export function tabBarTexture(scene: Scene, app: AppId, w: number, h: number): string {
  return painted(scene, `tabs:${app}:${w}x${h}`, w, h, (ctx) => {
    const brand = PLATFORMS[app].colour;
    const { icons, labels } = TABS[app];
    // The screen's rounded corners, and the home indicator under the tabs.
    ctx.beginPath();
    ctx.roundRect(0, 0, w, h, [0, 0, 46, 46]);
    ctx.clip();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#18181b';
    ctx.beginPath();
    ctx.roundRect(w / 2 - 70, h - 14, 140, 6, 3);
    ctx.fill();
    ctx.fillStyle = '#d4d4d8';
    ctx.fillRect(0, 0, w, 1.5);
    const s = labels ? 34 : 38;
    icons.forEach((name, i) => {
      const cx = (w / icons.length) * (i + 0.5);
      const active = i === 0;
      const colour = active ? (app === 'lens' || app === 'shout' ? '#111827' : brand) : '#52525b';
      icon(ctx, name, cx - s / 2, labels ? 8 : 12, s, colour, active ? 3.4 : 2.6);
      if (labels) {
        ctx.fillStyle = colour;
        ctx.font = `${active ? 'bold ' : ''}15px ${FONT}`;
        ctx.textAlign = 'center';
        ctx.fillText(labels[i]!, cx, 60);
      }
      // Hearth and Guild mark the open tab with a bar in the brand colour.
      if (active && (app === 'hearth' || app === 'guild')) {
        ctx.fillStyle = brand;
        ctx.fillRect(cx - 34, 0, 68, 4);
      }
    });
  });
}

/** The app's header: its wordmark in its own lettering and its buttons. */
export function headerTexture(scene: Scene, app: AppId, w: number, h: number): string {
  return painted(scene, `header:${app}:${w}x${h}`, w, h, (ctx) => {
    const brand = PLATFORMS[app].colour;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.textBaseline = 'middle';
    const roundButton = (x: number, name: string) => {
      ctx.fillStyle = '#ece8e4';
      ctx.beginPath();
      ctx.arc(x, 50, 26, 0, Math.PI * 2);
      ctx.fill();
      icon(ctx, name, x - 15, 35, 30, '#1f2937', 2.8);
    };
    switch (app) {
      case 'hearth':
        ctx.fillStyle = brand;
        ctx.font = `bold 46px ${FONT}`;
        ctx.fillText('hearth', 24, 50);
        roundButton(w - 160, 'plus');
        roundButton(w - 100, 'search');
        roundButton(w - 40, 'mail');
        // Stories-style row of "What's on your mind?"
        ctx.fillStyle = '#d6d3d1';
        ctx.fillRect(0, h - 1.5, w, 1.5);
        break;
      case 'lens': {
        ctx.fillStyle = '#111827';
        ctx.font = `italic bold 46px Georgia, "Times New Roman", serif`;
        ctx.fillText('Lens', 24, 44);
        const grad = ctx.createLinearGradient(24, 0, 130, 0);
        grad.addColorStop(0, '#f59e0b');
        grad.addColorStop(0.5, '#db2777');
        grad.addColorStop(1, brand);
        ctx.fillStyle = grad;
        ctx.fillRect(24, 72, 104, 4);
        icon(ctx, 'heart', w - 112, 24, 36, '#111827', 3);
        icon(ctx, 'send', w - 60, 24, 36, '#111827', 3);
        ctx.fillStyle = '#e4e4e7';
        ctx.fillRect(0, h - 1, w, 1);
        break;
      }
      case 'shout': {
        // The mark in the middle, "For you" and "Following" below it.
        ctx.fillStyle = brand;
        ctx.beginPath();
        ctx.roundRect(w / 2 - 20, 8, 40, 30, 10);
        ctx.fill();
        ctx.beginPath();
        ctx.moveTo(w / 2 - 10, 36);
        ctx.lineTo(w / 2 - 2, 36);
        ctx.lineTo(w / 2 - 14, 46);
        ctx.fill();
        ctx.font = `bold 20px ${FONT}`;
        ctx.textAlign = 'center';
        ctx.fillStyle = '#111827';
        ctx.fillText('For you', w * 0.25, 78);
        ctx.fillStyle = '#6b7280';
        ctx.font = `20px ${FONT}`;
        ctx.fillText('Following', w * 0.75, 78);
        ctx.fillStyle = brand;
        ctx.beginPath();
        ctx.roundRect(w * 0.25 - 36, h - 5, 72, 5, 2.5);
        ctx.fill();
        ctx.fillStyle = '#e5e7eb';
        ctx.fillRect(0, h - 1, w, 1);
        icon(ctx, 'profile', 18, 8, 40, '#6b7280', 2.4);
        break;
      }
      case 'guild': {
        icon(ctx, 'profile', 16, 18, 44, '#6b7280', 2.4);
        ctx.fillStyle = '#e7edf0';
        ctx.beginPath();
        ctx.roundRect(74, 18, w - 160, 44, 8);
        ctx.fill();
        icon(ctx, 'search', 86, 27, 26, '#3f3f46', 2.6);
        ctx.fillStyle = '#52525b';
        ctx.font = `20px ${FONT}`;
        ctx.fillText('Search', 120, 41);
        icon(ctx, 'mail', w - 70, 20, 42, '#3f3f46', 2.6);
        // The mark, small, on the left of the second row.
        ctx.fillStyle = brand;
        ctx.font = `bold 22px ${FONT}`;
        ctx.fillText('Guild', 20, 86);
        const after = 20 + ctx.measureText('Guild').width + 10;
        ctx.fillStyle = '#71717a';
        ctx.font = `17px ${FONT}`;
        ctx.fillText('·  your professional network', after, 87);
        ctx.fillStyle = '#d4d4d8';
        ctx.fillRect(0, h - 1, w, 1);
        break;
      }
    }
  });
}

/** The row of actions under a post, in the app's words and icons. */
export function actionsTexture(scene: Scene, app: AppId, w: number): string {
  const h = 48;
  return painted(scene, `actions:${app}:${w}`, w, h, (ctx) => {
    const grey = '#52525b';
    ctx.textBaseline = 'middle';
    ctx.font = `bold 17px ${FONT}`;
    const labelled = (items: [string, string][]) => {
      items.forEach(([name, label], i) => {
        const cx = (w / items.length) * (i + 0.5);
        const tw = ctx.measureText(label).width;
        const x0 = cx - (tw + 32) / 2;
        icon(ctx, name, x0, h / 2 - 13, 26, grey, 2.4);
        ctx.fillStyle = grey;
        ctx.fillText(label, x0 + 32, h / 2 + 1);
      });
    };
    switch (app) {
      case 'hearth':
        labelled([
          ['thumb', 'Like'],
          ['comment', 'Comment'],
          ['share', 'Share'],
        ]);
        break;
      case 'guild':
        labelled([
          ['thumb', 'Like'],
          ['comment', 'Comment'],
          ['repost', 'Repost'],
          ['send', 'Send'],
        ]);
        break;
      case 'lens':
        icon(ctx, 'heart', 0, 6, 36, '#111827', 2.8);
        icon(ctx, 'comment', 48, 6, 36, '#111827', 2.8);
        icon(ctx, 'send', 96, 6, 36, '#111827', 2.8);
        icon(ctx, 'bookmark', w - 38, 6, 36, '#111827', 2.8);
        break;
      case 'shout':
        ['comment', 'repost', 'heart', 'share'].forEach((name, i) => icon(ctx, name, (w / 4) * i, 10, 28, '#6b7280', 2.3));
        break;
    }
  });
}
