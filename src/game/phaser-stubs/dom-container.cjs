// Stands in for phaser/src/dom/CreateDOMContainer.js: the container for DOM game objects, made only when the
// game config asks for one (`dom.createContainer`), which the game never does (its DOM is the text panel).
const notInBuild = require('./not-in-build.cjs');

module.exports = function createDomContainer(game) {
  if (game.config.parent && game.config.domCreateContainer) throw notInBuild('The DOM game objects container');
};
