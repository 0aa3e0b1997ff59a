// Stands in for phaser/src/input/InputManager.js (and the mouse, touch, keyboard and pointer code it loads):
// the game's config turns all Phaser input off, and the phone's taps are read from the canvas's own pointer
// events (src/game/objects/phone-hotspots.ts). Phaser's Game still makes an InputManager on start.
module.exports = class InputManager {
  constructor(game) {
    this.game = game;
    this.enabled = false;
    this.pointers = [];
  }

  destroy() {
    this.game = null;
  }
};
