import { describe, expect, test } from 'vitest';
import { getExam } from '../../src/lib/exams.ts';
import { practicePath, practiceSets, practiceSetsFor } from '../../src/lib/practice.ts';

const q = (id: string, mls: string, c02: string | null) => ({ id, tasks: { 'mls-c01': mls, 'mla-c02': c02 } });
const bank = [q('b', '3.2', '2.1'), q('a', '3.2', '2.1'), q('c', '1.2', '1.1'), q('d', '2.3', null)];

describe('practice sets', () => {
  test("MLS-C01 keeps its short paths; another exam's sets sit under its id", () => {
    expect(practicePath(getExam('mls-c01'), { slug: 'modeling' })).toBe('modeling');
    expect(practicePath(getExam('mls-c01'), { id: '3.2' })).toBe('task-3-2');
    expect(practicePath(getExam('mla-c02'), { id: '2.1' })).toBe('mla-c02/task-2-1');
  });

  test("group questions by the exam's own tasks, leave out what it does not ask and skip empty sets", () => {
    const sets = practiceSets(getExam('mla-c02'), bank);
    expect(sets.map((s) => [s.path, s.questions.map((x) => x.id)])).toEqual([
      ['mla-c02/data-preparation', ['c']],
      ['mla-c02/task-1-1', ['c']],
      ['mla-c02/model-development', ['a', 'b']],
      ['mla-c02/task-2-1', ['a', 'b']],
    ]);
    expect(practiceSets(getExam('mls-c01'), bank).map((s) => s.path)).toEqual(['data-engineering', 'task-1-2', 'exploratory-data-analysis', 'task-2-3', 'modeling', 'task-3-2']);
  });
});

describe('practiceSetsFor', () => {
  test('groups questions by the set of their task on the first exam that asks them, with counts', () => {
    const c02 = getExam('mla-c02');
    const c01 = getExam('mls-c01');
    const qs = [
      { tasks: { 'mla-c02': '1.2', 'mls-c01': '2.1' } },
      { tasks: { 'mla-c02': '1.2', 'mls-c01': null } },
      { tasks: { 'mla-c02': null, 'mls-c01': '4.3' } },
      { tasks: { 'mla-c02': null, 'mls-c01': null } },
    ];
    expect(practiceSetsFor(qs, [c02, c01])).toEqual([
      { path: 'mla-c02/task-1-2', label: 'MLA-C02 task 1.2', count: 2 },
      { path: 'task-4-3', label: 'MLS-C01 task 4.3', count: 1 },
    ]);
  });
});
