import { describe, expect, test } from 'vitest';
import { TASK_IDS, domainOfTask } from '../../../src/lib/domains.ts';
import { examTasks, getExam } from '../../../src/lib/exams.ts';

const mls = getExam('mls-c01');
import { apportion, drawExam, formatRemaining, isRight, scoreExam, seededRandom, startExam, type BankQuestion } from '../../../src/lib/study/exam.ts';

/** 20 questions per task. */
const bank: BankQuestion[] = TASK_IDS.flatMap((task) =>
  Array.from({ length: 20 }, (_, i) => ({ id: `${task}-${i}`, task, domain: domainOfTask(task), correct: i % 5 === 0 ? [0, 2] : [1] })),
);

describe('apportion', () => {
  test('splits 65 questions by the exam weights', () => {
    expect(apportion(65, [20, 24, 36, 20])).toEqual([13, 16, 23, 13]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
});

describe('drawExam', () => {
  test('draws 65 distinct questions by domain weight, covering every task', () => {
    const ids = drawExam(bank, 42, mls);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    const domains = ids.map((id) => domainOfTask(id.split('-')[0]!));
    expect(['data-engineering', 'exploratory-data-analysis', 'modeling', 'ml-implementation-operations'].map((d) => domains.filter((x) => x === d).length)).toEqual([13, 16, 23, 13]);
    expect(new Set(ids.map((id) => id.split('-')[0]))).toEqual(new Set(TASK_IDS));
  });

  test('is reproducible from its seed and differs between seeds', () => {
    expect(drawExam(bank, 7, mls)).toEqual(drawExam(bank, 7, mls));
    expect(drawExam(bank, 7, mls)).not.toEqual(drawExam(bank, 8, mls));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  test('tops a short domain up from the rest of the bank, and uses all of a small bank', () => {
    const noModeling = bank.filter((q) => !q.task.startsWith('3.'));
    const ids = drawExam(noModeling, 3, mls);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    expect(drawExam(bank.slice(0, 30), 1, mls)).toHaveLength(30);
  });
});

describe('scoring', () => {
  test('multiple response is all or nothing; unanswered is wrong', () => {
    expect(isRight([2, 0], [0, 2])).toBe(true);
    expect(isRight([0], [0, 2])).toBe(false);
    expect(isRight([0, 1, 2], [0, 2])).toBe(false);
    expect(isRight(undefined, [1])).toBe(false);
  });

  test('scores per domain and notes a timeout', () => {
    const exam = { ...startExam(bank, 0, mls), questions: ['1.1-0', '1.1-1', '2.1-1', '3.1-1'] };
    exam.answers = { '1.1-0': [0, 2], '1.1-1': [0], '2.1-1': [1] };
    expect(scoreExam(exam, bank, 1000, mls)).toEqual({
      examId: 'mls-c01',
      at: 1000,
      right: 2,
      total: 4,
      byDomain: { 'data-engineering': { right: 1, total: 2 }, 'exploratory-data-analysis': { right: 1, total: 1 }, modeling: { right: 0, total: 1 } },
      timedOut: false,
      questions: exam.questions,
      answers: exam.answers,
      flagged: [],
    });
    expect(scoreExam(exam, bank, exam.deadline, mls).timedOut).toBe(true);
    expect(exam.deadline - exam.started).toBe(180 * 60_000);
  });

  test('formats the time left', () => {
    expect(formatRemaining(180 * 60_000)).toBe('3:00:00');
    expect(formatRemaining(61_500)).toBe('0:01:01');
    expect(formatRemaining(-5)).toBe('0:00:00');
  });
});

describe('an MLA-C02 mock exam', () => {
  const c02 = getExam('mla-c02');
  const c02Bank: BankQuestion[] = examTasks(c02).flatMap((t) => Array.from({ length: 12 }, (_, i) => ({ id: `c02-${t.id}-${i}`, task: t.id, correct: [0] })));

  test('draws by its own weights (28/24/24/24) over its 12 tasks, with its own time limit', () => {
    const exam = startExam(c02Bank, 0, c02);
    expect(exam.examId).toBe('mla-c02');
    expect(exam.questions).toHaveLength(c02.mock!.questions);
    expect(exam.deadline).toBe(c02.mock!.minutes * 60_000);
    const domainOf = (id: string) => id.split('-')[1]!.split('.')[0];
    expect(['1', '2', '3', '4'].map((d) => exam.questions.filter((id) => domainOf(id) === d).length)).toEqual(apportion(65, [28, 24, 24, 24]));
    expect(new Set(exam.questions.map((id) => id.split('-')[1]))).toEqual(new Set(examTasks(c02).map((t) => t.id)));
  });

  test('scores per MLA-C02 domain', () => {
    const exam = { ...startExam(c02Bank, 0, c02), questions: ['c02-1.1-0', 'c02-2.2-0', 'c02-4.3-0'], answers: { 'c02-1.1-0': [0], 'c02-2.2-0': [1] } };
    expect(scoreExam(exam, c02Bank, 1, c02).byDomain).toEqual({
      'data-preparation': { right: 1, total: 1 },
      'model-development': { right: 0, total: 1 },
      'operations-security': { right: 0, total: 1 },
    });
  });
});
