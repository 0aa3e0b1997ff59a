// Stands in for phaser/src/animations/AnimationManager.js: the game plays no sprite animations (it draws
// with Graphics, Text, Image and Container), yet Phaser's Game makes an AnimationManager on start.
module.exports = class AnimationManager {
  constructor(game) {
    this.game = game;
  }

  destroy() {
    this.game = null;
  }
};
