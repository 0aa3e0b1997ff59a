/**
 * The phone's pictures, drawn by the project: people's portraits (the same face for the same name, every
 * time), the player's profile pictures, and photos in posts made to match a few words of description. Each
 * is painted once with the canvas 2D API into a texture named after what it shows, so a redraw of the
 * screen costs one image per picture, not the shapes again.
 */
import type Phaser from 'phaser';
import { painted } from './phone-kit.ts';
import { mulberry32, seedOf } from '../../core/random.js';

type Scene = Phaser.Scene;
type Ctx = CanvasRenderingContext2D;

/** Portraits are painted at this size and scaled down: sharp at the largest avatar on the phone. */
const PORTRAIT = 160;

/** A small, stable random-number source from a string. */
const seeded = (text: string): (() => number) => mulberry32(seedOf(text));
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const SKIN = ['#f6d3b3', '#eebf94', '#d9a070', '#b97a4c', '#8d5a36', '#5f3a22'];
const HAIR = ['#20150f', '#3b2416', '#6b4226', '#a26b3a', '#d8b06a', '#8c8c8c', '#9c3b1b', '#111111'];
const TOPS = ['#2563eb', '#15803d', '#b45309', '#be185d', '#6d28d9', '#0e7490', '#334155', '#dc2626', '#f59e0b', '#0f766e'];
const BACKDROPS = ['#dbeafe', '#fde68a', '#bbf7d0', '#fbcfe8', '#ddd6fe', '#cffafe', '#fed7aa', '#e2e8f0'];

/** Organisations and group chats get a badge, not a face. */
export function isGroupName(name: string): boolean {
  return /\b(chat|team|group)\b/i.test(name);
}
export function isOrganisationName(name: string): boolean {
  return (
    /\b(festival|council|echo|news|page|exposed|club|school|trust|ltd|service|services|borough|watch|mums|parents)\b/i.test(name) ||
    name.trim().split(/\s+/).length > 3
  );
}

/** One head and shoulders, centred on cx, with the head's radius r. */
function person(ctx: Ctx, rnd: () => number, cx: number, cy: number, r: number, top?: string): void {
  const skin = pick(rnd, SKIN);
  const hair = pick(rnd, HAIR);
  const shirt = top ?? pick(rnd, TOPS);
  const style = Math.floor(rnd() * 5);
  // Long hair falls behind the shoulders.
  if (style === 1 || style === 2) {
    ctx.fillStyle = hair;
    ctx.beginPath();
    ctx.ellipse(cx, cy + r * 0.5, r * 1.15, r * 1.45, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // Shoulders and neck.
  ctx.fillStyle = shirt;
  ctx.beginPath();
  ctx.ellipse(cx, cy + r * 2.55, r * 1.9, r * 1.35, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = skin;
  ctx.fillRect(cx - r * 0.32, cy + r * 0.7, r * 0.64, r * 0.6);
  ctx.fillStyle = 'rgba(0,0,0,0.12)';
  ctx.fillRect(cx - r * 0.32, cy + r * 0.95, r * 0.64, r * 0.16);
  // Head and ears.
  ctx.fillStyle = skin;
  ctx.beginPath();
  ctx.ellipse(cx - r * 0.9, cy + r * 0.1, r * 0.18, r * 0.26, 0, 0, Math.PI * 2);
  ctx.ellipse(cx + r * 0.9, cy + r * 0.1, r * 0.18, r * 0.26, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(cx, cy, r * 0.88, r, 0, 0, Math.PI * 2);
  ctx.fill();
  // Hair on top.
  ctx.fillStyle = hair;
  ctx.beginPath();
  switch (style) {
    case 0: // short
      ctx.ellipse(cx, cy - r * 0.45, r * 0.95, r * 0.62, 0, Math.PI, 0);
      ctx.fill();
      ctx.fillRect(cx - r * 0.95, cy - r * 0.5, r * 0.22, r * 0.45);
      ctx.fillRect(cx + r * 0.73, cy - r * 0.5, r * 0.22, r * 0.45);
      break;
    case 1: // long, parted
      ctx.ellipse(cx, cy - r * 0.4, r, r * 0.7, 0, Math.PI, 0);
      ctx.fill();
      ctx.beginPath();
      ctx.ellipse(cx - r * 0.75, cy + r * 0.2, r * 0.3, r * 0.9, 0, 0, Math.PI * 2);
      ctx.ellipse(cx + r * 0.75, cy + r * 0.2, r * 0.3, r * 0.9, 0, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 2: // a bun
      ctx.arc(cx, cy - r * 1.15, r * 0.42, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.ellipse(cx, cy - r * 0.45, r * 0.95, r * 0.6, 0, Math.PI, 0);
      ctx.fill();
      break;
    case 3: // curls
      for (let i = 0; i < 9; i++) {
        const a = Math.PI + (i / 8) * Math.PI;
        ctx.beginPath();
        ctx.arc(cx + Math.cos(a) * r * 0.82, cy - r * 0.25 + Math.sin(a) * r * 0.85, r * 0.36, 0, Math.PI * 2);
        ctx.fill();
      }
      break;
    default: // close crop
      ctx.ellipse(cx, cy - r * 0.55, r * 0.86, r * 0.48, 0, Math.PI, 0);
      ctx.fill();
  }
  // Face: eyes, brows, a smile.
  ctx.fillStyle = '#1f2937';
  ctx.beginPath();
  ctx.arc(cx - r * 0.32, cy + r * 0.05, r * 0.09, 0, Math.PI * 2);
  ctx.arc(cx + r * 0.32, cy + r * 0.05, r * 0.09, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#7c2d12';
  ctx.lineWidth = Math.max(1.5, r * 0.07);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.arc(cx, cy + r * 0.3, r * 0.3, Math.PI * 0.2, Math.PI * 0.8);
  ctx.stroke();
  if (rnd() < 0.25) {
    ctx.strokeStyle = '#111827';
    ctx.lineWidth = Math.max(1.5, r * 0.06);
    ctx.beginPath();
    ctx.arc(cx - r * 0.32, cy + r * 0.05, r * 0.2, 0, Math.PI * 2);
    ctx.moveTo(cx + r * 0.52, cy + r * 0.05);
    ctx.arc(cx + r * 0.32, cy + r * 0.05, r * 0.2, 0, Math.PI * 2);
    ctx.moveTo(cx - r * 0.12, cy + r * 0.05);
    ctx.lineTo(cx + r * 0.12, cy + r * 0.05);
    ctx.stroke();
  }
  ctx.fillStyle = 'rgba(244,114,182,0.25)';
  ctx.beginPath();
  ctx.arc(cx - r * 0.5, cy + r * 0.35, r * 0.14, 0, Math.PI * 2);
  ctx.arc(cx + r * 0.5, cy + r * 0.35, r * 0.14, 0, Math.PI * 2);
  ctx.fill();
}

function circleClip(ctx: Ctx, s: number): void {
  ctx.beginPath();
  ctx.arc(s / 2, s / 2, s / 2, 0, Math.PI * 2);
  ctx.clip();
}

function initialsOf(name: string): string {
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w));
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[1]?.[0] ?? '') : '')).toUpperCase();
}

/** The texture for a person's (or an organisation's) round avatar. */
export function portrait(scene: Scene, name: string): string {
  return painted(scene, `portrait:${name}`, PORTRAIT, PORTRAIT, (ctx) => {
    const s = PORTRAIT;
    const rnd = seeded(name);
    circleClip(ctx, s);
    ctx.fillStyle = pick(rnd, BACKDROPS);
    ctx.fillRect(0, 0, s, s);
    if (isGroupName(name)) {
      // Three people, the middle one in front.
      person(ctx, seeded(`${name}1`), s * 0.27, s * 0.5, s * 0.13);
      person(ctx, seeded(`${name}2`), s * 0.73, s * 0.5, s * 0.13);
      person(ctx, seeded(`${name}3`), s * 0.5, s * 0.56, s * 0.16);
      return;
    }
    if (isOrganisationName(name)) {
      const colour = pick(rnd, TOPS);
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, s, s);
      ctx.fillStyle = 'rgba(255,255,255,0.18)';
      ctx.beginPath();
      ctx.arc(s * 0.5, s * 0.5, s * 0.36, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold ${s * 0.36}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(initialsOf(name), s / 2, s / 2 + 2);
      return;
    }
    person(ctx, rnd, s / 2, s * 0.47, s * 0.2);
  });
}

/** The player's chosen profile picture (the ids of src/core/phone/pieces.ts), as a round texture. */
export function profilePicture(scene: Scene, id: string): string {
  return painted(scene, `picture:${id}`, PORTRAIT, PORTRAIT, (ctx) => {
    const s = PORTRAIT;
    circleClip(ctx, s);
    const rnd = seeded(`picture:${id}`);
    switch (id) {
      case 'headshot':
        ctx.fillStyle = '#cbd5e1';
        ctx.fillRect(0, 0, s, s);
        person(ctx, seeded('Alex'), s / 2, s * 0.47, s * 0.2, '#1e3a8a');
        break;
      case 'lanyard':
        ctx.fillStyle = '#e2e8f0';
        ctx.fillRect(0, 0, s, s);
        person(ctx, seeded('Alex'), s / 2, s * 0.45, s * 0.19, '#334155');
        ctx.strokeStyle = '#dc2626';
        ctx.lineWidth = s * 0.03;
        ctx.beginPath();
        ctx.moveTo(s * 0.42, s * 0.68);
        ctx.lineTo(s * 0.5, s * 0.86);
        ctx.lineTo(s * 0.58, s * 0.68);
        ctx.stroke();
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(s * 0.44, s * 0.84, s * 0.12, s * 0.1);
        break;
      case 'party':
        ctx.fillStyle = '#6d28d9';
        ctx.fillRect(0, 0, s, s);
        confetti(ctx, rnd, s, s);
        person(ctx, seeded('Alex'), s * 0.45, s * 0.48, s * 0.19, '#be185d');
        glass(ctx, s * 0.74, s * 0.62, s * 0.08);
        break;
      case 'beach':
        sea(ctx, s, s);
        person(ctx, seeded('Alex'), s / 2, s * 0.5, s * 0.17, '#ef4444');
        break;
      case 'dog':
        ctx.fillStyle = '#bbf7d0';
        ctx.fillRect(0, 0, s, s);
        dog(ctx, s / 2, s * 0.55, s * 0.3);
        break;
      case 'family':
        ctx.fillStyle = '#93c5fd';
        ctx.fillRect(0, 0, s, s);
        person(ctx, seeded('Parent'), s * 0.5, s * 0.38, s * 0.14);
        person(ctx, seeded('Child one'), s * 0.28, s * 0.66, s * 0.11, '#15803d');
        person(ctx, seeded('Child two'), s * 0.72, s * 0.66, s * 0.11, '#15803d');
        break;
      default:
        hills(ctx, rnd, s, s);
    }
  });
}

function confetti(ctx: Ctx, rnd: () => number, w: number, h: number): void {
  for (let i = 0; i < 26; i++) {
    ctx.fillStyle = pick(rnd, ['#facc15', '#22d3ee', '#f472b6', '#4ade80', '#fb923c', '#ffffff']);
    ctx.fillRect(rnd() * w, rnd() * h * 0.6, 4 + rnd() * 5, 3 + rnd() * 4);
  }
}

function glass(ctx: Ctx, x: number, y: number, r: number, drink = 'rgba(250,204,21,0.85)'): void {
  ctx.fillStyle = 'rgba(255,255,255,0.55)';
  ctx.fillRect(x - r * 0.5, y - r * 1.2, r, r * 1.6);
  ctx.fillStyle = drink;
  ctx.fillRect(x - r * 0.5, y - r * 0.7, r, r * 1.1);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x - r * 0.5, y - r * 1.2, r, r * 0.45);
}

function dog(ctx: Ctx, x: number, y: number, r: number): void {
  ctx.fillStyle = '#78350f';
  ctx.beginPath();
  ctx.ellipse(x - r * 0.75, y - r * 0.35, r * 0.28, r * 0.6, 0.3, 0, Math.PI * 2);
  ctx.ellipse(x + r * 0.75, y - r * 0.35, r * 0.28, r * 0.6, -0.3, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#b45309';
  ctx.beginPath();
  ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fde68a';
  ctx.beginPath();
  ctx.ellipse(x, y + r * 0.35, r * 0.42, r * 0.32, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#111827';
  ctx.beginPath();
  ctx.arc(x - r * 0.3, y - r * 0.15, r * 0.1, 0, Math.PI * 2);
  ctx.arc(x + r * 0.3, y - r * 0.15, r * 0.1, 0, Math.PI * 2);
  ctx.arc(x, y + r * 0.2, r * 0.14, 0, Math.PI * 2);
  ctx.fill();
}

function sea(ctx: Ctx, w: number, h: number): void {
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, '#38bdf8');
  sky.addColorStop(0.55, '#bae6fd');
  sky.addColorStop(0.56, '#0284c7');
  sky.addColorStop(0.72, '#0ea5e9');
  sky.addColorStop(0.73, '#fde68a');
  sky.addColorStop(1, '#fcd34d');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#fef08a';
  ctx.beginPath();
  ctx.arc(w * 0.8, h * 0.18, Math.min(w, h) * 0.09, 0, Math.PI * 2);
  ctx.fill();
}

function hills(ctx: Ctx, rnd: () => number, w: number, h: number): void {
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, pick(rnd, ['#fb923c', '#7dd3fc', '#c4b5fd']));
  sky.addColorStop(1, '#fef3c7');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#fde047';
  ctx.beginPath();
  ctx.arc(w * (0.3 + rnd() * 0.4), h * 0.35, Math.min(w, h) * 0.1, 0, Math.PI * 2);
  ctx.fill();
  for (const [y, colour] of [
    [0.6, '#4d7c0f'],
    [0.75, '#166534'],
  ] as const) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.moveTo(0, h);
    for (let x = 0; x <= w; x += w / 8) ctx.lineTo(x, h * y + Math.sin((x / w) * 6 + rnd() * 2) * h * 0.05);
    ctx.lineTo(w, h);
    ctx.fill();
  }
}

/** People in a row, some with drinks raised; `highlight` dresses the middle one (the player, usually). */
function crowd(
  ctx: Ctx,
  rnd: () => number,
  w: number,
  h: number,
  count: number,
  y: number,
  r: number,
  opts: { raised?: boolean; crown?: boolean; green?: boolean } = {},
): void {
  const middle = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    const x = (w / count) * (i + 0.5) + (rnd() - 0.5) * r;
    const yy = y + (rnd() - 0.5) * r * 0.6;
    if (opts.raised && (i === middle || rnd() < 0.5)) {
      ctx.strokeStyle = pick(rnd, SKIN);
      ctx.lineWidth = r * 0.35;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(x + r * 1.2, yy + r * 1.9);
      ctx.lineTo(x + r * 1.6, yy - r * 0.2);
      ctx.stroke();
      glass(ctx, x + r * 1.65, yy - r * 0.6, r * 0.42);
    }
    person(ctx, rnd, x, yy, r, i === middle && opts.green ? '#16a34a' : undefined);
    if (i === middle && opts.crown) {
      ctx.fillStyle = '#facc15';
      ctx.beginPath();
      ctx.moveTo(x - r * 0.8, yy - r * 0.75);
      for (let k = 0; k <= 4; k++) ctx.lineTo(x - r * 0.8 + (k * r * 1.6) / 4, yy - r * (k % 2 ? 1.15 : 1.55));
      ctx.lineTo(x + r * 0.8, yy - r * 0.75);
      ctx.fill();
    }
  }
  void h;
}

/** What a described photo shows, for the photos the phone can draw. */
export type PhotoScene = 'party' | 'festival' | 'dog' | 'beach' | 'court' | 'desk' | 'food' | 'view';

export function photoScene(description: string): PhotoScene {
  const d = description.toLowerCase();
  if (/festival|crowd|beer|gig|concert/.test(d)) return 'festival';
  if (/party|birthday|drinks|front room|sofa|celebrat|night out/.test(d)) return 'party';
  if (/\bdog|puppy|walk/.test(d)) return 'dog';
  if (/beach|holiday|sea\b|seaside/.test(d)) return 'beach';
  if (/court|council|office building|town hall/.test(d)) return 'court';
  if (/desk|case file|lanyard|letter|study|paper|laptop/.test(d)) return 'desk';
  if (/curry|food|dinner|cake|meal|pizza/.test(d)) return 'food';
  return 'view';
}

/** A photo drawn to match its description, w×h pixels. */
export function photo(scene: Scene, description: string, w: number, h: number): string {
  return painted(scene, `photo:${w}x${h}:${description}`, w, h, (ctx) => {
    const rnd = seeded(description);
    const d = description.toLowerCase();
    switch (photoScene(description)) {
      case 'party': {
        const wall = ctx.createLinearGradient(0, 0, 0, h);
        wall.addColorStop(0, '#7c2d12');
        wall.addColorStop(1, '#f59e0b');
        ctx.fillStyle = wall;
        ctx.fillRect(0, 0, w, h);
        // A window with the street lamp outside, fairy lights, balloons.
        ctx.fillStyle = '#1e3a8a';
        ctx.fillRect(w * 0.08, h * 0.1, w * 0.22, h * 0.32);
        ctx.strokeStyle = '#fef3c7';
        ctx.lineWidth = 4;
        ctx.strokeRect(w * 0.08, h * 0.1, w * 0.22, h * 0.32);
        for (let i = 0; i < 14; i++) {
          ctx.fillStyle = i % 2 ? '#fde68a' : '#fca5a5';
          ctx.beginPath();
          ctx.arc((w / 14) * (i + 0.5), h * 0.06 + Math.sin(i) * 6, 4, 0, Math.PI * 2);
          ctx.fill();
        }
        for (let i = 0; i < 4; i++) {
          const bx = w * (0.55 + i * 0.11);
          const by = h * (0.16 + (i % 2) * 0.07);
          ctx.fillStyle = pick(rnd, ['#f43f5e', '#3b82f6', '#facc15', '#a855f7']);
          ctx.beginPath();
          ctx.ellipse(bx, by, w * 0.04, w * 0.05, 0, 0, Math.PI * 2);
          ctx.fill();
          ctx.strokeStyle = 'rgba(255,255,255,0.7)';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(bx, by + w * 0.05);
          ctx.lineTo(bx + 4, by + h * 0.25);
          ctx.stroke();
        }
        if (/sofa/.test(d)) {
          ctx.fillStyle = '#1e40af';
          ctx.fillRect(0, h * 0.72, w, h * 0.28);
        }
        crowd(ctx, rnd, w, h, 5, h * 0.62, h * 0.1, { raised: /glass|drink|raised/.test(d), crown: /crown/.test(d) });
        break;
      }
      case 'festival': {
        const sky = ctx.createLinearGradient(0, 0, 0, h);
        sky.addColorStop(0, '#0ea5e9');
        sky.addColorStop(1, '#e0f2fe');
        ctx.fillStyle = sky;
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#fde047';
        ctx.beginPath();
        ctx.arc(w * 0.85, h * 0.15, h * 0.08, 0, Math.PI * 2);
        ctx.fill();
        // A striped marquee and bunting.
        for (let i = 0; i < 6; i++) {
          ctx.fillStyle = i % 2 ? '#ffffff' : '#dc2626';
          ctx.fillRect(w * 0.15 + i * w * 0.07, h * 0.22, w * 0.07, h * 0.3);
        }
        ctx.fillStyle = '#dc2626';
        ctx.beginPath();
        ctx.moveTo(w * 0.12, h * 0.24);
        ctx.lineTo(w * 0.36, h * 0.08);
        ctx.lineTo(w * 0.6, h * 0.24);
        ctx.fill();
        for (let i = 0; i < 16; i++) {
          ctx.fillStyle = pick(rnd, ['#f43f5e', '#22c55e', '#3b82f6', '#facc15']);
          const x = (w / 16) * i;
          ctx.beginPath();
          ctx.moveTo(x, h * 0.05);
          ctx.lineTo(x + w / 16, h * 0.05);
          ctx.lineTo(x + w / 32, h * 0.13);
          ctx.fill();
        }
        ctx.fillStyle = '#65a30d';
        ctx.fillRect(0, h * 0.5, w, h * 0.5);
        crowd(ctx, rnd, w, h, 7, h * 0.58, h * 0.085, { raised: true });
        crowd(ctx, rnd, w, h, 5, h * 0.78, h * 0.11, { raised: /pint|raised/.test(d), green: /green/.test(d) });
        break;
      }
      case 'dog':
        hills(ctx, rnd, w, h);
        dog(ctx, w * 0.5, h * 0.6, h * 0.25);
        break;
      case 'beach':
        sea(ctx, w, h);
        person(ctx, rnd, w * 0.4, h * 0.62, h * 0.08);
        break;
      case 'court': {
        ctx.fillStyle = '#cbd5e1';
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#e7e5e4';
        ctx.fillRect(w * 0.15, h * 0.3, w * 0.7, h * 0.55);
        ctx.beginPath();
        ctx.moveTo(w * 0.1, h * 0.32);
        ctx.lineTo(w * 0.5, h * 0.1);
        ctx.lineTo(w * 0.9, h * 0.32);
        ctx.fill();
        ctx.fillStyle = '#a8a29e';
        for (let i = 0; i < 6; i++) ctx.fillRect(w * 0.2 + i * w * 0.115, h * 0.36, w * 0.05, h * 0.45);
        ctx.fillStyle = '#57534e';
        ctx.fillRect(0, h * 0.85, w, h * 0.15);
        break;
      }
      case 'desk': {
        ctx.fillStyle = '#a16207';
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#fefce8';
        ctx.save();
        ctx.translate(w * 0.3, h * 0.5);
        ctx.rotate(-0.12);
        ctx.fillRect(-w * 0.18, -h * 0.35, w * 0.36, h * 0.7);
        ctx.fillStyle = '#94a3b8';
        for (let i = 0; i < 8; i++) ctx.fillRect(-w * 0.14, -h * 0.28 + i * h * 0.08, w * (0.2 + rnd() * 0.08), 4);
        ctx.restore();
        ctx.fillStyle = '#1d4ed8';
        ctx.fillRect(w * 0.55, h * 0.2, w * 0.3, h * 0.55);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(w * 0.58, h * 0.26, w * 0.24, h * 0.08);
        ctx.fillStyle = '#f8fafc';
        ctx.beginPath();
        ctx.arc(w * 0.85, h * 0.82, h * 0.1, 0, Math.PI * 2);
        ctx.fill();
        break;
      }
      case 'food':
        ctx.fillStyle = '#7f1d1d';
        ctx.fillRect(0, 0, w, h);
        ctx.fillStyle = '#f8fafc';
        ctx.beginPath();
        ctx.ellipse(w / 2, h / 2, w * 0.3, h * 0.35, 0, 0, Math.PI * 2);
        ctx.fill();
        ctx.fillStyle = '#ea580c';
        ctx.beginPath();
        ctx.ellipse(w / 2, h / 2, w * 0.2, h * 0.24, 0, 0, Math.PI * 2);
        ctx.fill();
        break;
      default:
        hills(ctx, rnd, w, h);
    }
  });
}
