import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  DATA_MESSAGES,
  STYLE_MESSAGES,
  WORKER_TO_MAP_MESSAGES,
  replyTo,
} from '../../src/render/basemapWorker';

const require = createRequire(import.meta.url);
const maplibreDir = require.resolve('maplibre-gl/package.json').replace(/package\.json$/, '');

/** MapLibre's private `MessageType` enum, as its installed type declarations spell it. */
function installedMessageTypes(): string[] {
  const dts = readFileSync(`${maplibreDir}dist/maplibre-gl.d.ts`, 'utf8');
  const body = /declare const enum MessageType \{([^}]*)\}/.exec(dts)?.[1];
  if (!body) throw new Error('MessageType enum not found in maplibre-gl.d.ts');
  return [...body.matchAll(/=\s*"([^"]+)"/g)].map((m) => m[1]!).sort();
}

describe('the stand-in worker and the MapLibre it stands in for', () => {
  it('maplibre-gl is pinned to one exact version, and that version is installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const pinned = pkg.dependencies['maplibre-gl'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (
      JSON.parse(readFileSync(`${maplibreDir}package.json`, 'utf8')) as { version: string }
    ).version;
    expect(installed).toBe(pinned);
  });

  it('knows every message type of the installed MapLibre, and no other', () => {
    // Fails when MapLibre adds, renames or drops a message type: then decide how the
    // stand-in answers it before moving the pin.
    const known = [...STYLE_MESSAGES, ...DATA_MESSAGES, ...WORKER_TO_MAP_MESSAGES].sort();
    expect(new Set(known).size).toBe(known.length);
    expect(known).toEqual(installedMessageTypes());
  });

  it('refuses a message type it does not know, naming it', () => {
    expect(replyTo({ id: 'x', type: 'NEW' }, 'o')?.error?.message).toMatch(/NEW/);
  });
});
