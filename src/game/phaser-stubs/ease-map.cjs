// Stands in for phaser/src/math/easing/EaseMap.js, which loads all 30 of Phaser's easing functions: the
// phone's tweens name four (Quad.easeIn, Quad.easeOut, Sine.easeInOut, Back.easeOut) and the rest take
// Phaser's default, Power0 (linear). Every other name is still in the map (so a tween naming one is not
// quietly given the default) and throws when the tween runs.
const notInBuild = require('./not-in-build.cjs');
const Linear = require('../../../node_modules/phaser/src/math/easing/linear/Linear.js');
const QuadIn = require('../../../node_modules/phaser/src/math/easing/quadratic/In.js');
const QuadOut = require('../../../node_modules/phaser/src/math/easing/quadratic/Out.js');
const SineInOut = require('../../../node_modules/phaser/src/math/easing/sine/InOut.js');
const BackOut = require('../../../node_modules/phaser/src/math/easing/back/Out.js');

const map = {
  Power0: Linear,
  Linear,
  Power1: QuadOut,
  Quad: QuadOut,
  'Quad.easeIn': QuadIn,
  'Quad.easeOut': QuadOut,
  'Sine.easeInOut': SineInOut,
  Back: BackOut,
  'Back.easeOut': BackOut,
};

const missing = (name) => () => {
  throw notInBuild(`The ${name} ease`);
};
for (const name of ['Power2', 'Power3', 'Power4', 'Cubic', 'Quart', 'Quint', 'Sine', 'Expo', 'Circ', 'Elastic', 'Bounce', 'Stepped']) map[name] = missing(name);
for (const family of ['Quad', 'Cubic', 'Quart', 'Quint', 'Sine', 'Expo', 'Circ', 'Elastic', 'Back', 'Bounce']) {
  for (const way of ['easeIn', 'easeOut', 'easeInOut']) {
    const name = `${family}.${way}`;
    if (!(name in map)) map[name] = missing(name);
  }
}

module.exports = map;
