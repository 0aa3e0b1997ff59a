// Stands in for phaser/src/tweens/builders/NumberTweenBuilder.js, the builder behind `this.tweens.addCounter`
// (a tween of a bare number): the phone tweens its objects' properties.
const notInBuild = require('./not-in-build.cjs');

module.exports = function numberTweenBuilder() {
  throw notInBuild('Counter tweens (tweens.addCounter)');
};
