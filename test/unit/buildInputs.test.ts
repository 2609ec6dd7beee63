import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInputs } from '../../scripts/build-for-tests.mjs';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A project folder with a source file, a data file and an unrelated test file. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  roots.push(root);
  for (const folder of ['src/core', 'data', 'test'])
    mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'data/observations.csv'), 'region,date,value\n');
  writeFileSync(join(root, 'test/a.test.ts'), '');
  return root;
}

describe("the browser tests' build is made again", () => {
  it('when a source file is edited, even to the same size', () => {
    const root = project();
    const before = buildInputs(root);
    writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 2;');
    utimesSync(join(root, 'src/core/a.ts'), new Date(), new Date(Date.now() + 5_000));
    expect(buildInputs(root)).not.toBe(before);
  });

  it('when a file is added to or removed from the sources or the data', () => {
    const root = project();
    const before = buildInputs(root);
    writeFileSync(join(root, 'src/core/b.ts'), '');
    const added = buildInputs(root);
    expect(added).not.toBe(before);
    rmSync(join(root, 'data/observations.csv'));
    expect(buildInputs(root)).not.toBe(added);
  });

  it('when the installed packages change', () => {
    const root = project();
    const before = buildInputs(root);
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules/.package-lock.json'), '{}');
    expect(buildInputs(root)).not.toBe(before);
  });
});

describe("the browser tests' build is kept", () => {
  it('when nothing it is built from has changed', () => {
    const root = project();
    expect(buildInputs(root)).toBe(buildInputs(root));
  });

  it('when only a test changes', () => {
    const root = project();
    const before = buildInputs(root);
    writeFileSync(join(root, 'test/a.test.ts'), 'it.todo("more")');
    expect(buildInputs(root)).toBe(before);
  });
});
