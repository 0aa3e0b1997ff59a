// Stands in for phaser/src/renderer/snapshot/CanvasSnapshot.js: the game takes no snapshots of its canvas.
const notInBuild = require('./not-in-build.cjs');

module.exports = function CanvasSnapshot() {
  throw notInBuild('Renderer snapshots');
};
