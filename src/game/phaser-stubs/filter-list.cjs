// Stands in for phaser/src/gameobjects/components/FilterList.js, which loads every WebGL filter (blur, glow,
// shadow, masks…): filters draw only with the WebGL renderer, and the game's build has Canvas alone. Each
// camera still makes two (empty) filter lists.
const notInBuild = require('./not-in-build.cjs');

module.exports = class FilterList {
  constructor(camera) {
    this.camera = camera;
    this.list = [];
  }

  getActive() {
    return [];
  }

  add() {
    throw notInBuild('Filters (WebGL only)');
  }

  clear() {
    return this;
  }

  destroy() {
    this.camera = null;
    this.list = [];
  }
};
