// Stands in for phaser/src/gameobjects/tilesprite/TileSprite.js (and the sprite animation code it loads): the
// texture manager makes one for drawing into dynamic textures (stubbed too); the game draws no tile sprite.
module.exports = class TileSprite {
  setOrigin() {
    return this;
  }

  destroy() {}
};
