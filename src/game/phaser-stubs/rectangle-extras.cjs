// Stands in for phaser/src/geom/line/Line.js, geom/rectangle/GetPoints.js and geom/rectangle/Random.js: the
// Rectangle class loads them for getLineA…D, getPoints and getRandomPoint, which nothing in the game calls.
const notInBuild = require('./not-in-build.cjs');

module.exports = function rectangleExtra() {
  throw notInBuild('Rectangle lines, points and random points (Phaser.Geom.Line)');
};
