/**
 * The security headers have one source (hosting/security-headers.ts): the ready-made files for static hosts
 * must say exactly what it says, and the preview server (vite.config.ts) must send it. With
 * UPDATE_HOSTING=1 this test rewrites the files instead of failing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTING_FILES, META_CONTENT_SECURITY_POLICY, securityHeaders } from '../../hosting/security-headers.ts';
import viteConfig from '../../vite.config.ts';

const dir = path.resolve(import.meta.dirname, '../../hosting');

describe('the hosting files match hosting/security-headers.ts', () => {
  it.each(Object.entries(HOSTING_FILES))('hosting/%s', (name, render) => {
    const file = path.join(dir, name);
    if (process.env.UPDATE_HOSTING === '1') writeFileSync(file, render());
    const text = readFileSync(file, 'utf8');
    expect(text, `hosting/${name} has drifted: UPDATE_HOSTING=1 npx vitest run tests/unit/hosting-headers.test.ts`).toBe(render());
    // Every header, with its value, and the commented line for an LMS's origin.
    for (const [header, value] of Object.entries(securityHeaders())) expect(text).toContain(`${header}${name === '_headers' ? ': ' : ' "'}${value}`);
    expect(text).toMatch(/^#.*frame-ancestors 'self' https:\/\/lms\.example\.org/m);
  });

  it('the headers: framing only by the game itself, no sniffing, no referrer, unused features denied', () => {
    const h = securityHeaders();
    expect(h['Content-Security-Policy']).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('no-referrer');
    expect(h['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(securityHeaders(['https://lms.example.org'])['Content-Security-Policy']).toMatch(/frame-ancestors 'self' https:\/\/lms\.example\.org$/);
  });

  it('vite preview (npm start, the end-to-end tests) sends the same headers', () => {
    const config = typeof viteConfig === 'function' ? viteConfig({ command: 'serve', mode: 'production', isPreview: true }) : viteConfig;
    expect((config as { preview?: { headers?: unknown } }).preview?.headers).toEqual(securityHeaders());
  });
});
