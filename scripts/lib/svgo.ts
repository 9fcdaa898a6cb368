/**
 * Optimises a rendered diagram with SVGO, using SVGO_CONFIG from src/lib/diagrams.ts (part of the
 * cache key). Shared by `npm run diagrams` and the unit test that checks committed SVGs are optimised.
 */
import { optimize, type Config } from 'svgo';
import { SVGO_CONFIG } from '../../src/lib/diagrams.ts';

export function optimiseDiagram(svg: string): string {
  // SVGO's Config type wants mutable arrays; the settings object is frozen `as const`.
  return optimize(svg, structuredClone(SVGO_CONFIG) as unknown as Config).data;
}
