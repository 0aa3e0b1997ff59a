// Stands in for phaser/src/gameobjects/layer/Layer.js: a Container only checks that nothing added to it is a
// Layer, and the game makes none, so an empty class answers that check.
// oxlint-disable-next-line typescript/no-extraneous-class -- a class because a Container tests `instanceof Layer`
module.exports = class Layer {};
