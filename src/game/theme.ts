/** Colours and type for the drawn world. Platforms are fictional; their marks are drawn in code. */
export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const WORLD = {
  width: 720,
  height: 1080,
  background: 0x1d2733,
  desk: 0x2b3a4a,
  phoneBody: 0x0e1116,
  screen: 0xf4f6f8,
  ink: '#1b1f24',
  muted: '#5b6570',
  white: '#ffffff',
};

export interface PlatformLook {
  name: string;
  tagline: string;
  colour: number;
  css: string;
}

export const PLATFORM_LOOKS: Record<string, PlatformLook> = {
  hearth: { name: 'Hearth', tagline: 'friends and family', colour: 0xc2410c, css: '#c2410c' },
  shout: { name: 'Shout', tagline: 'say it out loud', colour: 0x1d4ed8, css: '#1d4ed8' },
  lens: { name: 'Lens', tagline: 'photos and stories', colour: 0x7e22ce, css: '#7e22ce' },
  guild: { name: 'Guild', tagline: 'your professional network', colour: 0x0f766e, css: '#0f766e' },
};
