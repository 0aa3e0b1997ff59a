import { SceneKeys } from '../scene-keys.ts';
import { BaseScene } from './base-scene.ts';

/** Everything is drawn in code, so there is nothing to preload: go straight to the screen the app is on. */
export class BootScene extends BaseScene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    const screen = this.ctx.app.currentScreen.name;
    this.scene.start(screen === 'play' ? SceneKeys.Play : screen === 'debrief' ? SceneKeys.Debrief : SceneKeys.Title);
  }
}
