/** What every scene needs from outside Phaser, kept in the game registry under one key. */
import type { App } from '../core/app/app.ts';
import type { RenderGate } from './render-gate.ts';
import type { PhoneControl } from '../core/phone/controls.ts';

export interface GameContext {
  app: App;
  gate: RenderGate;
  reducedMotion: () => boolean;
  /** Where a tap on the drawn phone's live controls goes (the text panel); none: the phone is only drawn. */
  tapPhone?: ((control: PhoneControl, event: Event) => void) | undefined;
}

/** Each game's context, set once by start-game.ts before any scene runs. */
const contexts = new WeakMap<object, GameContext>();

export function provideContext(game: object, context: GameContext): void {
  contexts.set(game, context);
}

export function contextOf(game: object): GameContext {
  const context = contexts.get(game);
  if (!context) throw new Error('The game has no context: start it with startGame() (src/game/start-game.ts).');
  return context;
}
