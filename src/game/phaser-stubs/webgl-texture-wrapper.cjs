// Stands in for phaser/src/renderer/webgl/wrappers/WebGLTextureWrapper.js: the build is Canvas only, and a
// texture source only checks whether it was given one (instanceof), which it never is.
const notInBuild = require('./not-in-build.cjs');

module.exports = function WebGLTextureWrapper() {
  throw notInBuild('WebGL textures');
};
