// Stands in for phaser/src/gameobjects/components/PathFollower.js: a mixin only Phaser's PathFollower game
// object uses, which the game's build leaves out.
module.exports = {};
