/** Scene keys as constants: a scene's class and its key cannot drift apart. */
export const SceneKeys = {
  Boot: 'boot',
  Title: 'title',
  Play: 'play',
  Debrief: 'debrief',
} as const;
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];
