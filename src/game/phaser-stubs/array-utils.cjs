// Stands in for phaser/src/utils/array/index.js, Phaser's namespace of ~40 array helpers and 10 matrix ones:
// only Depth, Container and List read it, and only for the helpers below (the real ones). The rest
// (matrices, shuffles of ranges, number arrays…) throw if called.
const notInBuild = require('./not-in-build.cjs');

const used = {
  Add: require('../../../node_modules/phaser/src/utils/array/Add.js'),
  AddAt: require('../../../node_modules/phaser/src/utils/array/AddAt.js'),
  BringToTop: require('../../../node_modules/phaser/src/utils/array/BringToTop.js'),
  CountAllMatching: require('../../../node_modules/phaser/src/utils/array/CountAllMatching.js'),
  GetAll: require('../../../node_modules/phaser/src/utils/array/GetAll.js'),
  GetFirst: require('../../../node_modules/phaser/src/utils/array/GetFirst.js'),
  GetRandom: require('../../../node_modules/phaser/src/utils/array/GetRandom.js'),
  MoveAbove: require('../../../node_modules/phaser/src/utils/array/MoveAbove.js'),
  MoveBelow: require('../../../node_modules/phaser/src/utils/array/MoveBelow.js'),
  MoveDown: require('../../../node_modules/phaser/src/utils/array/MoveDown.js'),
  MoveTo: require('../../../node_modules/phaser/src/utils/array/MoveTo.js'),
  MoveUp: require('../../../node_modules/phaser/src/utils/array/MoveUp.js'),
  Remove: require('../../../node_modules/phaser/src/utils/array/Remove.js'),
  RemoveAt: require('../../../node_modules/phaser/src/utils/array/RemoveAt.js'),
  RemoveBetween: require('../../../node_modules/phaser/src/utils/array/RemoveBetween.js'),
  Replace: require('../../../node_modules/phaser/src/utils/array/Replace.js'),
  SendToBack: require('../../../node_modules/phaser/src/utils/array/SendToBack.js'),
  SetAll: require('../../../node_modules/phaser/src/utils/array/SetAll.js'),
  Shuffle: require('../../../node_modules/phaser/src/utils/array/Shuffle.js'),
  StableSort: require('../../../node_modules/phaser/src/utils/array/StableSort.js'),
  Swap: require('../../../node_modules/phaser/src/utils/array/Swap.js'),
};

const left = [
  'Each',
  'EachInRange',
  'FindClosestInSorted',
  'Flatten',
  'NumberArray',
  'NumberArrayStep',
  'QuickSelect',
  'Range',
  'RemoveRandomElement',
  'RotateLeft',
  'RotateRight',
  'SafeRange',
  'SortByDigits',
  'SpliceOne',
];
for (const name of left) {
  used[name] = () => {
    throw notInBuild(`Phaser.Utils.Array.${name}`);
  };
}
used.Matrix = new Proxy(
  {},
  {
    get(_target, name) {
      throw notInBuild(`Phaser.Utils.Array.Matrix.${String(name)}`);
    },
  },
);

module.exports = used;
