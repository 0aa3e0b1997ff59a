// The game's own Phaser build: the core entry plus the few extra game objects we draw with.
// vite.config.ts points `import Phaser from 'phaser'` here and switches the build flags (no Phaser sound:
// Howler owns audio), so the shipped bundle is far smaller than the prebuilt one.
import Phaser from '../../node_modules/phaser/src/phaser-core.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';

export default Phaser;
