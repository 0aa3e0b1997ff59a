// Stands in for phaser/src/tweens/tween/TweenFrameData.js: tweens of a sprite's texture frame (the phone
// tweens positions, alpha and scale).
const notInBuild = require('./not-in-build.cjs');

module.exports = function TweenFrameData() {
  throw notInBuild('Texture frame tweens');
};
