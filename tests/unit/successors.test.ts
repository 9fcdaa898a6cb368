import { describe, expect, test } from 'vitest';
import { CROSSWALK, MLA_DOMAINS, MLA_TASKS, crosswalkProblems } from '../../src/lib/successors.ts';

describe('MLA blueprint and crosswalk', () => {
  test('MLA-C01 and MLA-C02 weights each add up to 100', () => {
    expect(MLA_DOMAINS.reduce((a, d) => a + d.c01Weight, 0)).toBe(100);
    expect(MLA_DOMAINS.reduce((a, d) => a + d.c02Weight, 0)).toBe(100);
    expect(MLA_TASKS).toHaveLength(12);
  });

  test('every MLS-C01 task maps to existing MLA tasks', () => {
    expect(crosswalkProblems()).toEqual([]);
    expect(Object.keys(CROSSWALK)).toHaveLength(15);
  });

  test('every MLA task is reached from some MLS task', () => {
    const reached = new Set(Object.values(CROSSWALK).flatMap((r) => r.mla));
    expect(MLA_TASKS.filter((t) => !reached.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
