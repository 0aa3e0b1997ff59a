import { ENDING_LEVELS, ENDING_LEVEL_LABELS } from '../../core/teaching/standards.ts';
import { SceneKeys } from '../scene-keys.ts';
import { FONT, WORLD } from '../theme.ts';
import { BaseScene } from './base-scene.ts';
import { PHONE_COPY } from '../../content/copy/phone.ts';

const LEVEL_COLOURS = [0x15803d, 0x0369a1, 0xb45309, 0xc2410c, 0xb91c1c];
const style = (size: number, colour = '#ffffff') => ({ fontFamily: FONT, fontSize: `${size}px`, color: colour });

/** Beside the debrief: the outcome ladder with the ending reached lit, and the tally of impacts. */
export class DebriefScene extends BaseScene {
  constructor() {
    super(SceneKeys.Debrief);
  }

  create(): void {
    this.drawBackdrop();
    const screen = this.ctx.app.currentScreen;
    const debrief = screen.name === 'debrief' ? screen.debrief : undefined;
    const reached = debrief?.ending ? ENDING_LEVELS.indexOf(debrief.ending.level) : -1;
    this.add.text(WORLD.width / 2, 90, PHONE_COPY.ladder.heading, style(40)).setOrigin(0.5, 0);
    const rungs = ENDING_LEVELS.map((level, i) => {
      const y = 190 + i * 130;
      const on = i === reached;
      const g = this.add.graphics();
      g.fillStyle(LEVEL_COLOURS[i]!, on ? 1 : 0.6).fillRoundedRect(90, y, WORLD.width - 180, 104, 22);
      if (on) g.lineStyle(6, 0xffffff, 1).strokeRoundedRect(90, y, WORLD.width - 180, 104, 22);
      const label = this.add.text(WORLD.width / 2, y + 52, ENDING_LEVEL_LABELS[level].label, style(on ? 36 : 30, '#ffffff')).setOrigin(0.5);
      return [g, label];
    });
    if (debrief) {
      const t = debrief.totals;
      this.add.text(WORLD.width / 2, 880, PHONE_COPY.ladder.totals(t.upheld, t.risk, t.breach), style(30)).setOrigin(0.5, 0);
    }
    if (!this.ctx.reducedMotion()) {
      rungs.forEach((objs, i) => {
        for (const o of objs) o.setAlpha(0);
        this.tweens.add({ targets: objs, alpha: 1, delay: 80 * i, duration: 300 });
      });
    }
    this.ctx.gate.wake();
  }
}
