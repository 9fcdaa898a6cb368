/**
 * Does package-lock.json install what package.json asks for, on every platform? `npm ci` checks the
 * first part on the machine it runs on; this also catches the gap that once broke CI: a lockfile
 * written where the registry lacked other platforms' optional binaries (`@pagefind/darwin-arm64`…),
 * which `npm ci` then refuses everywhere. Pure: give it the two parsed files; it returns problems,
 * each naming the package.
 */

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface LockEntry extends Manifest {
  version?: string;
  link?: boolean;
}
export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Where Node would find `name` from the package at lockfile path `from` ("" is the project). */
export function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('node_modules/');
    dir = cut <= 0 ? '' : dir.slice(0, cut - 1);
  }
}

export function lockfileProblems(pkg: Manifest, lock: Lockfile): string[] {
  const packages = lock.packages;
  if (!packages || !packages['']) return ['package-lock.json has no "packages" section: regenerate it with npm install (lockfileVersion 3)'];
  const problems: string[] = [];
  const root = packages[''];

  for (const field of FIELDS) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, spec] of Object.entries(wanted)) {
      if (locked[name] === undefined) problems.push(`${name}: in package.json ${field} but not in package-lock.json (run npm install and commit the lockfile)`);
      else if (locked[name] !== spec) problems.push(`${name}: package.json asks for ${spec}, package-lock.json was written for ${locked[name]} (run npm install and commit the lockfile)`);
      else if (/^\d+\.\d+\.\d+$/.test(spec)) {
        const at = resolveInLock(packages, '', name);
        const version = at ? packages[at]!.version : undefined;
        if (version !== spec) problems.push(`${name}: pinned to ${spec} but package-lock.json installs ${version ?? 'nothing'}`);
      }
    }
    for (const name of Object.keys(locked)) {
      if (wanted[name] === undefined) problems.push(`${name}: in package-lock.json ${field} but no longer in package.json (run npm install and commit the lockfile)`);
    }
  }

  // Every package's dependencies, optional ones included (other platforms' binaries), must be locked.
  for (const [at, entry] of Object.entries(packages)) {
    if (!at || entry.link) continue;
    const needs = { ...entry.dependencies, ...entry.optionalDependencies };
    for (const [name, opt] of Object.entries(entry.peerDependencies ?? {})) {
      if (!entry.peerDependenciesMeta?.[name]?.optional) needs[name] = opt;
    }
    for (const name of Object.keys(needs)) {
      if (!resolveInLock(packages, at, name)) {
        const kind = entry.optionalDependencies?.[name] !== undefined ? 'optional dependency' : 'dependency';
        problems.push(`${name}: ${kind} of ${at.replace(/^.*node_modules\//, '')} is missing from package-lock.json (npm ci will refuse it; regenerate the lockfile where the registry serves every platform's packages)`);
      }
    }
  }
  return problems;
}
