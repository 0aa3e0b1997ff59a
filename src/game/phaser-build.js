// The game's own Phaser build: only the parts we draw with. vite.config.ts points `import Phaser from
// 'phaser'` here for production builds and switches Phaser's build flags (Canvas renderer only, no Phaser
// sound: Howler owns audio), so the shipped bundle is far smaller than the prebuilt one.
//
// Scene plugins register themselves when their module is loaded. start-game.ts lists the default scene
// plugins it uses (`plugins.default`), so the loader, input and lights plugins are left out entirely.
import CONST from '../../node_modules/phaser/src/const.js';
import Game from '../../node_modules/phaser/src/core/Game.js';
import Scene from '../../node_modules/phaser/src/scene/Scene.js';
import Scale from '../../node_modules/phaser/src/scale/index.js';
import Scenes from '../../node_modules/phaser/src/scene/index.js';
// Core scene plugins (always installed).
import '../../node_modules/phaser/src/events/EventEmitter.js';
import '../../node_modules/phaser/src/cameras/2d/CameraManager.js';
import '../../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import '../../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import '../../node_modules/phaser/src/scene/ScenePlugin.js';
import '../../node_modules/phaser/src/gameobjects/DisplayList.js';
import '../../node_modules/phaser/src/gameobjects/UpdateList.js';
// Default scene plugins we use.
import '../../node_modules/phaser/src/time/Clock.js';
import '../../node_modules/phaser/src/tweens/TweenManager.js';
// The game objects we draw with (each factory registers `this.add.<name>`).
import '../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
// Images show the pictures the phone paints once into canvas textures (src/game/objects/phone-art.ts).
import '../../node_modules/phaser/src/gameobjects/image/ImageFactory.js';

/** The namespace the game uses: constants, Game, Scene, Scale and Scenes. */
const Phaser = { ...CONST, Game, Scene, Scale, Scenes };

export default Phaser;
