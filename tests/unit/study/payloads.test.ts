import { describe, expect, test } from 'vitest';
import { clientCard, clientQuestion, DATA_PATHS, examLine, mockExamPayload, offlineData, progressPayload, questionPages, flashcardIndex, flashcardChapters, indexedCards, cardTasks } from '../../../src/lib/study/payloads.ts';
import type { Exam } from '../../../src/lib/exams.ts';

const data = {
  stem: 'Which one?',
  options: [
    { text: 'Right', explanation: 'Because.', correct: true },
    { text: 'Wrong', explanation: 'No.' },
    { text: 'Also right', explanation: 'Yes.', correct: true },
    { text: 'Wrong too', explanation: 'No.' },
  ],
  refs: ['data-engineering/glue#crawlers'],
};
const teach = (ref: string) => ({ href: `/${ref.replace('#', '/#')}`, label: 'Glue: Crawlers' });

describe('study data payloads', () => {
  test('a client question keeps only what the browser uses, once', () => {
    const q = clientQuestion('data-engineering/x', data, { 'mls-c01': '1.2', 'mla-c02': null }, teach);
    expect(q).toEqual({
      id: 'data-engineering/x',
      tasks: { 'mls-c01': '1.2', 'mla-c02': null },
      kind: 'multiple',
      stem: 'Which one?',
      options: data.options.map(({ text, explanation }) => ({ text, explanation })),
      correct: [0, 2],
      refs: [{ href: '/data-engineering/glue/#crawlers', label: 'Glue: Crawlers' }],
    });
    expect(JSON.stringify(q)).not.toMatch(/"letter"|"correct":true|"domain"/);
    expect(clientQuestion('a', { ...data, options: data.options.map((o, i) => ({ ...o, correct: i === 1 })) }, {}, teach).kind).toBe('single');
  });

  test('the exam line names each exam\'s skill or task, or that it is not asked', () => {
    expect(examLine({ code: 'MLS-C01', task: '1.2' }, [{ code: 'MLA-C02', tag: { kind: 'skill', id: '1.1.4' } }])).toBe('MLS-C01 task 1.2; MLA-C02 skill 1.1.4.');
    expect(examLine({ code: 'MLS-C01' }, [{ code: 'MLA-C02', tag: { kind: 'skill', id: '2.1.1' } }])).toBe('Not on MLS-C01; MLA-C02 skill 2.1.1.');
    expect(examLine({ code: 'MLS-C01', task: '3.3' }, [{ code: 'MLA-C02' }, { code: 'AIP-C01', tag: { kind: 'task', id: '2.1' } }])).toBe('MLS-C01 task 3.3; not asked on MLA-C02; AIP-C01 task 2.1.');
  });

  test('the mock exam file holds the forms and only questions some form asks', () => {
    const forms = [{ id: 'mla-c02' }, { id: 'mls-c01' }] as Exam[];
    const q = (id: string, tasks: Record<string, string | null>) => ({ ...clientQuestion(id, data, tasks, teach) });
    const payload = mockExamPayload(forms, [q('a', { 'mls-c01': '1.1', 'mla-c02': null }), q('b', { 'mls-c01': null, 'mla-c02': null }), q('c', { 'mla-c02': '2.1' })]);
    expect(payload.forms).toEqual(forms);
    expect(payload.questions.map((x) => x.id)).toEqual(['a', 'c']);
  });

  test('a client card folds its MLS-C01 tasks into examTasks and drops the kind', () => {
    const card = { id: 'c1', kind: 'fact' as const, domain: 'modeling', tasks: ['3.2'], front: 'F […]', back: 'B', href: '/modeling/x/#key-facts', source: 'X', examTasks: { 'mla-c02': ['2.1'] } };
    expect(clientCard(card, 'mls-c01')).toEqual({ id: 'c1', domain: 'modeling', front: 'F […]', back: 'B', href: '/modeling/x/#key-facts', source: 'X', examTasks: { 'mls-c01': ['3.2'], 'mla-c02': ['2.1'] } });
  });

  test('the flashcard index holds each page\'s deck data once, and the text sits in one file per chapter', () => {
    const card = (id: string, domain: string, source: string, tasks: string[]) =>
      clientCard({ id, kind: 'fact', domain, tasks, front: `front ${id}`, back: `back ${id}`, href: `/${domain}/${id}/`, source, examTasks: { 'mla-c02': ['2.1'] } }, 'mls-c01');
    const cards = [card('a', 'modeling', 'X', ['3.2']), card('b', 'modeling', 'X', ['3.2']), card('c', 'data-engineering', 'Y', ['1.1']), card('d', 'modeling', 'X', ['3.2'])];
    const index = flashcardIndex(cards);
    expect(index.groups).toHaveLength(2);
    expect(index.cards).toEqual([['a', 0], ['b', 0], ['c', 1], ['d', 0]]);
    expect(JSON.stringify(index)).not.toContain('front');
    const chapters = flashcardChapters(cards);
    expect([...chapters.keys()]).toEqual(['modeling', 'data-engineering']);
    expect(chapters.get('data-engineering')).toEqual({ c: { front: 'front c', back: 'back c', href: '/data-engineering/c/' } });
    // Index and chapters together give back every card.
    expect(indexedCards(index).map((c) => ({ ...c, ...chapters.get(c.domain)![c.id] }))).toEqual(cards);
  });

  test('the progress file carries ids, tasks and page versions only, never question text; card tasks come from the flashcard index', () => {
    const payload = progressPayload([], [{ id: 'q1', tasks: { 'mls-c01': '3.2' }, stem: 'secret stem' } as never], [{ id: 'modeling/x', title: 'X', domain: 'modeling', version: 'abc', tasks: ['3.2'] } as never]);
    expect(payload).toEqual({
      exams: [],
      questions: [{ id: 'q1', tasks: { 'mls-c01': '3.2' } }],
      pages: [{ id: 'modeling/x', title: 'X', domain: 'modeling', version: 'abc' }],
    });
    expect(JSON.stringify(payload)).not.toContain('secret');
    const card = clientCard({ id: 'c1', kind: 'term', domain: 'modeling', tasks: ['3.2'], front: 'f', back: 'b', href: '/x/', source: 'X', examTasks: { 'mla-c02': [] } }, 'mls-c01');
    expect(cardTasks(flashcardIndex([card]))).toEqual([{ id: 'c1', tasks: { 'mls-c01': ['3.2'], 'mla-c02': [] } }]);
  });

  test('a practice set lists the pages its questions sit on, in order, with counts', () => {
    expect(questionPages(['a', 'b', 'a', 'c', 'a'])).toEqual([
      { page: 'a', count: 3 },
      { page: 'b', count: 1 },
      { page: 'c', count: 1 },
    ]);
  });

  test('data files live under /data/, one per practice set, and the shared ones are kept offline', () => {
    expect(DATA_PATHS.practice('mla-c02/task-2-1')).toBe('/data/practice/mla-c02/task-2-1.json');
    expect(offlineData(['modeling', 'data-engineering'])).toEqual([
      '/data/mock-exam.json',
      '/data/flashcards/index.json',
      '/data/flashcards/modeling.json',
      '/data/flashcards/data-engineering.json',
      '/data/progress.json',
    ]);
  });
});
