import { describe, expect, test } from 'vitest';
import { BLUEPRINTS, blueprintProblems, examSkills, examTasks, getExam, type Exam } from '../../src/lib/exams.ts';
import { chapterSkills, examAnchor, examCoverage, parseTag, questionTasks, tagTasks, validTag } from '../../src/lib/exam-tags.ts';
import { DOMAINS, TASK_IDS } from '../../src/lib/domains.ts';

describe('exam blueprints (src/data/exams/)', () => {
  test('are valid, and MLS-C01 is the chapters\' blueprint', () => {
    for (const exam of BLUEPRINTS) expect(blueprintProblems(exam), exam.id).toEqual([]);
    expect(DOMAINS).toBe(getExam('mls-c01').domains);
    expect(TASK_IDS).toHaveLength(15);
  });

  test('MLA-C02 has 12 tasks, 107 skills (45 new) weighted 28/24/24/24, and 7 removed skills', () => {
    const c02 = getExam('mla-c02');
    expect(c02.domains.map((d) => d.weight)).toEqual([28, 24, 24, 24]);
    expect(examTasks(c02)).toHaveLength(12);
    expect(examSkills(c02)).toHaveLength(107);
    expect(examSkills(c02).filter((s) => s.added)).toHaveLength(45);
    expect(c02.removed).toHaveLength(7);
  });

  test('bad data is reported naming the file and the field', () => {
    const good = getExam('mla-c02');
    const bad: Exam = {
      ...good,
      domains: [
        { ...good.domains[0]!, weight: 30, tasks: [{ ...good.domains[0]!.tasks[0]!, skills: [{ id: '1.2.1', text: 'x' }] }, { ...good.domains[0]!.tasks[0]! }] },
        ...good.domains.slice(1),
      ],
    };
    expect(blueprintProblems(bad)).toEqual([
      'src/data/exams/mla-c02.json: domains[].weight: weights add up to 102, not 100',
      'src/data/exams/mla-c02.json: domains[0].tasks[0].skills[0].id: "1.2.1" is not a skill of task 1.1',
      'src/data/exams/mla-c02.json: domains[0].tasks[1].id: "1.1" appears twice',
    ]);
    expect(() => getExam('aip-c99')).toThrow(/Unknown exam "aip-c99". Known exams: mls-c01, mla-c01, mla-c02/);
  });
});

describe('exam tags', () => {
  const c02 = getExam('mla-c02');

  test('parse skills and tasks, with an optional section', () => {
    expect(parseTag(c02, '1.2.7#chunking')).toEqual({ id: '1.2.7', kind: 'skill', task: '1.2', anchor: 'chunking' });
    expect(parseTag(c02, '3.3')).toEqual({ id: '3.3', kind: 'task', task: '3.3', anchor: '' });
  });

  test('name what is wrong with a bad tag', () => {
    expect(parseTag(c02, '1.1.99')).toBe('MLA-C02 has no skill 1.1.99');
    expect(parseTag(c02, '5.1')).toBe('MLA-C02 has no task 5.1');
    expect(parseTag(c02, 'glue')).toMatch(/is not a MLA-C02 skill/);
    expect(parseTag(c02, '1.1.1#Bad Anchor')).toMatch(/is not "1.2.4" or "1.2.4#section-anchor"/);
  });

  test('a question\'s task on each exam comes from its tag; no tag or null means that exam does not ask it', () => {
    expect(validTag(c02, null)).toBeUndefined();
    expect(validTag(c02, '9.9')).toBeUndefined();
    expect(validTag(c02, '2.2.3')?.task).toBe('2.2');
    expect(questionTasks({ task: '3.3', exams: { 'mla-c02': '2.2.3' } })).toEqual({ 'mls-c01': '3.3', 'mla-c02': '2.2' });
    expect(questionTasks({ task: '2.3', exams: { 'mla-c02': null } })).toEqual({ 'mls-c01': '2.3', 'mla-c02': null });
    expect(questionTasks({ task: '2.3' })).toEqual({ 'mls-c01': '2.3', 'mla-c02': null });
    expect(questionTasks({ exams: { 'mla-c02': '3.2.7' } })).toEqual({ 'mls-c01': null, 'mla-c02': '3.2' });
  });

  test('coverage lists what each skill is taught by, untaught skills, and pages not on the exam', () => {
    const coverage = examCoverage(c02, [
      { id: 'a/one', title: 'One', tags: ['1.1.4#streams', '1.1.5', '3.3'] },
      { id: 'a/two', title: 'Two', tags: ['1.1.4'] },
      { id: 'a/neo', title: 'Neo', tags: [] },
      { id: 'a/new', title: 'New', tags: undefined },
    ]);
    expect(coverage.skills.get('1.1.4')).toEqual([
      { page: 'a/one', title: 'One', anchor: 'streams' },
      { page: 'a/two', title: 'Two', anchor: '' },
    ]);
    expect(coverage.tasks.get('3.3')).toEqual([{ page: 'a/one', title: 'One', anchor: '' }]);
    expect(coverage.taught).toBe(2);
    expect(coverage.total).toBe(107);
    expect(coverage.notOnExam.map((p) => p.id)).toEqual(['a/neo']);
    expect(coverage.untagged.map((p) => p.id)).toEqual(['a/new']);
  });

  test('a page\'s tasks come from its tags, in exam order; anchors on the exam page', () => {
    expect(tagTasks(c02, ['3.3', '1.1.5', '1.1.4#x'])).toEqual(['1.1', '3.3']);
    expect(examAnchor('1.2.7')).toBe('skill-1-2-7');
    expect(examAnchor('1.2')).toBe('task-1-2');
  });
});

describe('chapterSkills', () => {
  test('lists only the tasks and skills a chapter teaches, in exam order, with their sections', () => {
    const exam = getExam('mla-c02');
    const tasks = chapterSkills(exam, [
      { id: 'generative-ai/rag', title: 'RAG', tags: ['3.2.7#kb', '1.2.7#chunking', 'not-a-skill'] },
      { id: 'generative-ai/cost', title: 'Cost', tags: ['4.2.7', '3.2'] },
    ]);
    expect(tasks.map((t) => [t.task.id, t.skills.map((s) => s.skill.id)])).toEqual([['1.2', ['1.2.7']], ['3.2', ['3.2.7']], ['4.2', ['4.2.7']]]);
    expect(tasks[0]!.skills[0]!.teaching).toEqual([{ page: 'generative-ai/rag', title: 'RAG', anchor: 'chunking' }]);
  });
});
