// Stands in for phaser/src/math/index.js, the whole Phaser.Math namespace (3D matrices, quaternions, noise…),
// which only the game config (to seed the random generator) and tween value parsing read: the game does not
// use Phaser.Math, and every other Phaser module loads the math functions it needs directly.
module.exports = {
  RandomDataGenerator: require('../../../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator.js'),
  RND: null,
};
