// Shared by the stubs: the error a stubbed-out Phaser part throws when something does use it.
module.exports = function notInBuild(what) {
  return new Error(`${what} is left out of the game's Phaser build (src/game/phaser-stubs/): remove its stub in vite.config.ts to use it`);
};
