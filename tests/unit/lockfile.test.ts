import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lockfileProblems, resolveInLock } from '../../scripts/lib/lockfile.ts';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('package-lock.json', () => {
  test('installs exactly what package.json asks for, with every platform\'s optional packages', () => {
    expect(lockfileProblems(read('package.json'), read('package-lock.json'))).toEqual([]);
  });

  test('lists the binaries of macOS and Windows too, not only this machine\'s', () => {
    const { packages } = read('package-lock.json');
    for (const name of ['@pagefind/darwin-arm64', '@pagefind/windows-x64', '@astrojs/compiler-binding-darwin-arm64', '@astrojs/compiler-binding-win32-x64-msvc']) {
      expect(Object.keys(packages).some((k) => k.endsWith(`node_modules/${name}`)), name).toBe(true);
    }
  });
});

describe('lockfileProblems', () => {
  const lock = (packages: Record<string, object>) => ({ lockfileVersion: 3, packages: { '': { dependencies: { a: '1.0.0' } }, ...packages } });

  test('names a platform binary missing from the lockfile, and who needs it', () => {
    const problems = lockfileProblems(
      { dependencies: { a: '1.0.0' } },
      lock({ 'node_modules/a': { version: '1.0.0', optionalDependencies: { '@a/darwin-arm64': '1.0.0', '@a/linux-x64': '1.0.0' } }, 'node_modules/@a/linux-x64': { version: '1.0.0' } }),
    );
    expect(problems).toEqual([expect.stringMatching(/^@a\/darwin-arm64: optional dependency of a is missing/)]);
  });

  test('names a package added to package.json without updating the lockfile', () => {
    expect(lockfileProblems({ dependencies: { a: '1.0.0', b: '^2.0.0' } }, lock({ 'node_modules/a': { version: '1.0.0' } }))).toEqual([
      expect.stringMatching(/^b: in package.json dependencies but not in package-lock.json/),
    ]);
  });

  test('names a changed version, a stale pin and a removed package', () => {
    const stale = { lockfileVersion: 3, packages: { '': { dependencies: { a: '1.0.0', gone: '1.0.0' } }, 'node_modules/a': { version: '0.9.0' }, 'node_modules/gone': { version: '1.0.0' } } };
    expect(lockfileProblems({ dependencies: { a: '1.0.0' } }, stale)).toEqual([
      expect.stringMatching(/^a: pinned to 1.0.0 but package-lock.json installs 0.9.0/),
      expect.stringMatching(/^gone: in package-lock.json dependencies but no longer in package.json/),
    ]);
    expect(lockfileProblems({ dependencies: { a: '2.0.0' } }, lock({ 'node_modules/a': { version: '1.0.0' } }))[0]).toMatch(/^a: package.json asks for 2.0.0, package-lock.json was written for 1.0.0/);
  });

  test('resolves nested packages the way Node does', () => {
    const packages = { 'node_modules/x': {}, 'node_modules/y/node_modules/x': {}, 'node_modules/y': {}, 'node_modules/z': {} };
    expect(resolveInLock(packages, 'node_modules/y', 'x')).toBe('node_modules/y/node_modules/x');
    expect(resolveInLock(packages, 'node_modules/z', 'x')).toBe('node_modules/x');
    expect(resolveInLock(packages, 'node_modules/y/node_modules/x', 'z')).toBe('node_modules/z');
    expect(resolveInLock(packages, 'node_modules/z', 'w')).toBeUndefined();
  });

  test('rejects a lockfile without a packages section', () => {
    expect(lockfileProblems({}, { lockfileVersion: 1 })).toEqual([expect.stringMatching(/no "packages" section/)]);
  });
});
