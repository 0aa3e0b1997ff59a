/** What every scene needs from outside Phaser, kept in the game registry under one key. */
import type { App } from '../core/app/app.ts';
import type { RenderGate } from './render-gate.ts';

export interface GameContext {
  app: App;
  gate: RenderGate;
  reducedMotion: () => boolean;
}

export const CONTEXT_KEY = 'public-profile';
