// Stands in for phaser/src/tweens/tween/TweenChain.js, its builder and the stagger builder: the game plays
// single tweens (tweens.add), never a chain or a stagger. The tween manager checks `instanceof TweenChain`.
const notInBuild = require('./not-in-build.cjs');

// oxlint-disable-next-line typescript/no-extraneous-class -- a class because the tween manager tests `instanceof TweenChain`
class TweenChain {
  constructor() {
    throw notInBuild('TweenChain');
  }
}

module.exports = TweenChain;
