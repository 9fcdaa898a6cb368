/**
 * The question bank as a whole: weighted like the exam, every task covered, enough multiple response.
 * Prints the distribution so a failing run shows where the bank is short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { DOMAINS, TASK_IDS } from '../../src/lib/domains.ts';
import { questionSchema } from '../../src/lib/schema.ts';
import { questionKind } from '../../src/lib/questions.ts';
import { examTasks, getExam, TAGGED_EXAM_IDS } from '../../src/lib/exams.ts';
import { questionTasks } from '../../src/lib/exam-tags.ts';

const DIR = 'src/content/questions';
const FLOORS = { total: 300, perTask: 10, multipleShare: 0.15, weightTolerance: 2 };

const questions = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => questionSchema.parse(parse(readFileSync(path.join(DIR, f), 'utf8'))));

/** The weights are MLS-C01's: shares count only questions of its domains (not the MLA-C02-only chapters). */
const inExamDomains = questions.filter((q) => DOMAINS.some((d) => d.slug === q.domain)).length;

const rows = DOMAINS.map((d) => {
  const inDomain = questions.filter((q) => q.domain === d.slug);
  return { domain: d.name, weight: d.weight, count: inDomain.length, share: (inDomain.length / inExamDomains) * 100 };
});
const perTask = Object.fromEntries(TASK_IDS.map((t) => [t, questions.filter((q) => q.task === t).length]));
const multiple = questions.filter((q) => questionKind(q) === 'multiple').length;

console.log(
  [
    `Question bank: ${questions.length} questions, ${multiple} multiple response (${((multiple / questions.length) * 100).toFixed(1)} %)`,
    ...rows.map((r) => `  ${r.domain.padEnd(50)} ${String(r.count).padStart(4)}  ${r.share.toFixed(1).padStart(5)} %  (exam ${r.weight} %)`),
    `  per task: ${Object.entries(perTask).map(([t, n]) => `${t}:${n}`).join('  ')}`,
  ].join('\n'),
);

/** Per other exam: each question's task there (null = not asked), and the count per task. */
const examRows = TAGGED_EXAM_IDS.map((id) => {
  const exam = getExam(id);
  const taskOf = (q: (typeof questions)[number]) => questionTasks(q)[id];
  const perExamTask = Object.fromEntries(examTasks(exam).map((t) => [t.id, questions.filter((q) => taskOf(q) === t.id).length]));
  console.log(`  ${exam.code}: ${questions.filter((q) => taskOf(q)).length} in scope, ${questions.filter((q) => q.exams?.[id] === null).length} not asked; per task: ${Object.entries(perExamTask).map(([t, n]) => `${t}:${n}`).join('  ')}`);
  return { exam, perExamTask };
});

describe('question bank', () => {
  test('every question says which task it exercises on each current exam, or that the exam does not ask it (null)', () => {
    for (const id of TAGGED_EXAM_IDS) expect(questions.filter((q) => q.exams?.[id] === undefined).length, id).toBe(0);
  });

  test('every task of each current exam has questions, so its mock exam covers every task', () => {
    for (const { exam, perExamTask } of examRows) expect(Object.entries(perExamTask).filter(([, n]) => n === 0), exam.code).toEqual([]);
  });

  test(`has at least ${FLOORS.total} questions`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(FLOORS.total);
  });

  test(`is weighted like the exam, each domain within ${FLOORS.weightTolerance} points`, () => {
    expect(rows.filter((r) => Math.abs(r.share - r.weight) > FLOORS.weightTolerance).map((r) => `${r.domain}: ${r.share.toFixed(1)} % vs ${r.weight} %`)).toEqual([]);
  });

  test(`has at least ${FLOORS.perTask} questions per task statement`, () => {
    expect(Object.entries(perTask).filter(([, n]) => n < FLOORS.perTask)).toEqual([]);
  });

  test(`has at least ${FLOORS.multipleShare * 100} % multiple-response questions`, () => {
    expect(multiple / questions.length).toBeGreaterThanOrEqual(FLOORS.multipleShare);
  });

  test('never repeats a stem', () => {
    const stems = questions.map((q) => q.stem.trim().toLowerCase());
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
  });
});
