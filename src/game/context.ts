/** What every scene needs from outside Phaser, kept in the game registry under one key. */
import type { App } from '../core/app/app.ts';
import type { RenderGate } from './render-gate.ts';

export interface GameContext {
  app: App;
  gate: RenderGate;
  reducedMotion: () => boolean;
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
