// Stands in for phaser/src/tweens/builders/GetInterpolationFunction.js, which loads the Bezier, Catmull-Rom
// and linear interpolations for tweens over arrays of values: the phone's tweens go from one number to another.
const notInBuild = require('./not-in-build.cjs');

module.exports = function getInterpolationFunction(interpolation) {
  if (interpolation === null || interpolation === undefined) return null;
  throw notInBuild('Tween interpolation');
};
