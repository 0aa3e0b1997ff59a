/**
 * Whether this browser can give us a 2D canvas: all our Phaser build needs (Canvas renderer only). Asked
 * before Phaser is loaded, since Phaser without a 2D context fails later, inside its texture set-up.
 */
export function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}
