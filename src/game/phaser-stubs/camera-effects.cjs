// Stands in for phaser/src/cameras/2d/effects/index.js: the camera's fade, flash, shake, pan, rotate and zoom
// effects, which the game never starts. Every camera still makes one of each and calls them each frame, so
// each is an effect that is never running.
const notInBuild = require('./not-in-build.cjs');

class IdleEffect {
  constructor(camera) {
    this.camera = camera;
    this.isRunning = false;
    this.isComplete = false;
  }

  start() {
    throw notInBuild('Camera effects');
  }

  update() {}

  preRender() {}

  postRenderCanvas() {
    return false;
  }

  postRenderWebGL() {
    return false;
  }

  effectComplete() {}

  reset() {
    this.isRunning = false;
    this.isComplete = false;
  }

  destroy() {
    this.camera = null;
  }
}

module.exports = { Fade: IdleEffect, Flash: IdleEffect, Pan: IdleEffect, Shake: IdleEffect, RotateTo: IdleEffect, Zoom: IdleEffect };
