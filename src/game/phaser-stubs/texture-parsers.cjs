// Stands in for phaser/src/textures/parsers/index.js: the texture manager's parsers for atlases, sprite sheets
// and compressed textures (KTX, PVR, PCT…). The game's textures are canvases and Phaser's own default images,
// which need only the Canvas and Image parsers (the real ones).
module.exports = {
  Canvas: require('../../../node_modules/phaser/src/textures/parsers/Canvas.js'),
  Image: require('../../../node_modules/phaser/src/textures/parsers/Image.js'),
};
