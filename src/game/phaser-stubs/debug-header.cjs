// Stands in for phaser/src/core/DebugHeader.js: the console banner, which the game's config turns off.
module.exports = function DebugHeader() {};
