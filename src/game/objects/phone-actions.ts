/**
 * The phone's small action buttons that the playable phone added: Report and Block (on someone else's post,
 * profile, a hate page, a message thread's header) and a thread's input bar with its Send button. Each is
 * marked as a hotspot (phone-hotspots.ts); it does something only when a current choice is bound to it.
 */
import type Phaser from 'phaser';
import { WORLD } from '../theme.ts';
import { text } from './phone-kit.ts';
import type { PhoneHotspots } from './phone-hotspots.ts';
import { PHONE_COPY } from '../../content/copy/phone.ts';

type Container = Phaser.GameObjects.Container;

const PILL = { width: 100, height: 44, gap: 10 } as const;
/** The area a tap counts on reaches past the drawn pill: a small thing to draw, a fair thing to hit. */
const REACH = 8;

/** How wide `reportAndBlock` draws, for callers that lay out around it. */
export const ACTIONS_WIDTH = PILL.width * 2 + PILL.gap;

/** Report and Block, side by side, their right edge at `right`. */
export function reportAndBlock(scene: Phaser.Scene, parent: Container, hotspots: PhoneHotspots, right: number, y: number, dark = false): void {
  const g = scene.add.graphics();
  parent.add(g);
  const items = [
    { control: 'report', label: PHONE_COPY.actions.report, colour: dark ? 0xfca5a5 : 0xb91c1c },
    { control: 'block', label: PHONE_COPY.actions.block, colour: dark ? 0xe2e8f0 : 0x334155 },
  ] as const;
  items.forEach((item, i) => {
    const x = right - ACTIONS_WIDTH + i * (PILL.width + PILL.gap);
    g.fillStyle(dark ? 0x1e293b : 0xffffff, 1).fillRoundedRect(x, y, PILL.width, PILL.height, PILL.height / 2);
    g.lineStyle(2, item.colour, 1).strokeRoundedRect(x, y, PILL.width, PILL.height, PILL.height / 2);
    parent.add(
      text(scene, x + PILL.width / 2, y + PILL.height / 2, item.label, 18, `#${item.colour.toString(16).padStart(6, '0')}`, { fontStyle: 'bold' }).setOrigin(
        0.5,
      ),
    );
    hotspots.mark(item.control, parent, x - REACH / 2, y - REACH, PILL.width + REACH, PILL.height + REACH * 2);
  });
}

/** The height of a thread's input bar. */
export const INPUT_BAR_H = 76;

/** A message thread's input bar: a text field and a Send button (the `reply` control). */
export function inputBar(scene: Phaser.Scene, parent: Container, hotspots: PhoneHotspots, x: number, y: number, width: number, accent: number): void {
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 1).fillRoundedRect(x, y, width, INPUT_BAR_H, INPUT_BAR_H / 2);
  g.lineStyle(2, 0xcbd5e1, 1).strokeRoundedRect(x, y, width, INPUT_BAR_H, INPUT_BAR_H / 2);
  const send = { x: x + width - 12 - 96, y: y + 12, w: 96, h: INPUT_BAR_H - 24 };
  g.fillStyle(accent, 1).fillRoundedRect(send.x, send.y, send.w, send.h, send.h / 2);
  parent.add(g);
  parent.add(text(scene, x + 28, y + INPUT_BAR_H / 2, PHONE_COPY.thread.placeholder, 21, WORLD.muted).setOrigin(0, 0.5));
  parent.add(text(scene, send.x + send.w / 2, send.y + send.h / 2, PHONE_COPY.thread.send, 20, WORLD.white, { fontStyle: 'bold' }).setOrigin(0.5));
  // The whole bar sends the reply: it is what a learner reaches for.
  hotspots.mark('reply', parent, x, y, width, INPUT_BAR_H);
}
