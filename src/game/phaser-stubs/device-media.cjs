// Stands in for phaser/src/device/Audio.js and Video.js, the device checks for audio and video formats: only
// Phaser's loader, sound and video objects read them, and the build has none of those (Howler plays sound).
// Reading either throws.
const notInBuild = require('./not-in-build.cjs');

module.exports = new Proxy(
  {},
  {
    get(_target, name) {
      throw notInBuild(`Phaser's device audio and video checks (${String(name)})`);
    },
  },
);
