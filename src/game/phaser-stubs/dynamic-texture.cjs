// Stands in for phaser/src/textures/DynamicTexture.js (and the WebGL drawing context it loads): the game paints
// its pictures into canvas textures (src/game/objects/phone-art.ts), never into a dynamic texture.
const notInBuild = require('./not-in-build.cjs');

// oxlint-disable-next-line typescript/no-extraneous-class -- a class because Phaser constructs it with `new`
module.exports = class DynamicTexture {
  constructor() {
    throw notInBuild('DynamicTexture');
  }
};
