import Phaser from 'phaser';
import { Subscriptions } from '../../core/events.ts';
import { contextOf, type GameContext } from '../context.ts';
import { WORLD } from '../theme.ts';

/** Shared plumbing: the context, event handles closed on shutdown (a scene may start again), the backdrop. */
// oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
export abstract class BaseScene extends Phaser.Scene {
  protected readonly subs = new Subscriptions();

  protected get ctx(): GameContext {
    return contextOf(this.game);
  }

  protected closeOnShutdown(): void {
    // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.subs.closeAll());
  }

  protected drawBackdrop(): void {
    const g = this.add.graphics();
    g.fillGradientStyle(WORLD.desk, WORLD.desk, WORLD.background, WORLD.background, 1).fillRect(0, 0, WORLD.width, WORLD.height);
    // A soft pool of lamp light behind the phone.
    g.fillStyle(0xffffff, 0.04).fillCircle(WORLD.width / 2, WORLD.height * 0.42, 420);
    g.fillStyle(0xffffff, 0.03).fillCircle(WORLD.width / 2, WORLD.height * 0.42, 300);
  }
}
