// Stands in for phaser/src/tweens/builders/TweenChainBuilder.js and StaggerBuilder.js (see tween-chain.cjs).
const notInBuild = require('./not-in-build.cjs');

module.exports = function notBuilt() {
  throw notInBuild('Tween chains and staggers');
};
