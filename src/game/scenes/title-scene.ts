import { INITIAL_PHONE } from '../../core/phone/phone.ts';
import { PhoneView, PHONE_SIZE } from '../objects/phone-view.ts';
import { SceneKeys } from '../scene-keys.ts';
import { WORLD } from '../theme.ts';
import { BaseScene } from './base-scene.ts';
import { MENU_COPY } from '../../content/copy/menu.ts';

/** The menu's backdrop: the player's phone on the lock screen, waiting. */
export class TitleScene extends BaseScene {
  constructor() {
    super(SceneKeys.Title);
  }

  create(): void {
    this.drawBackdrop();
    const phone = new PhoneView(this, (WORLD.width - PHONE_SIZE.width) / 2, (WORLD.height - PHONE_SIZE.height) / 2);
    const now = new Date();
    const time = `${now.toLocaleDateString('en-GB', { weekday: 'short' })} ${now.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
    phone.draw({
      ...INITIAL_PHONE,
      time,
      notifications: [
        { platform: 'guild', text: MENU_COPY.lockScreen.guild },
        { platform: 'hearth', text: MENU_COPY.lockScreen.hearth },
      ],
    });
    if (!this.ctx.reducedMotion()) {
      phone.root.setAlpha(0);
      phone.root.y += 30;
      this.tweens.add({ targets: phone.root, alpha: 1, y: phone.root.y - 30, duration: 500, ease: 'Quad.easeOut' });
    }
    this.ctx.gate.wake();
  }
}
