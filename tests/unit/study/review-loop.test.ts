import { describe, expect, test } from 'vitest';
import { emptyState, parseState, recordAnswer, recordPracticeAnswer, serializeState, toggleFlag, CORRUPT_KEY, STATE_VERSION, withSeed } from '../../../src/lib/study/state.ts';
import { hashSeed, optionOrder, practiceSeed, shownLetter, shownLetters } from '../../../src/lib/study/shuffle.ts';
import { filterFromQuery, matchesFilter, reviewHref, reviewRows } from '../../../src/lib/study/review.ts';
import { attemptHistory, domainSeries, polyline, scoreCell } from '../../../src/lib/study/history.ts';
import { ANKI_HEADER, absoluteUrl, ankiDeck, ankiField } from '../../../src/lib/study/anki.ts';
import { questionFiles } from '../../helpers/questions.ts';
import { getExam } from '../../../src/lib/exams.ts';

describe('state version 2', () => {
  test('version 1 data loads, migrated, with nothing lost', () => {
    const v1 = { ...recordAnswer(emptyState(), 'q1', true, [0], 5), version: 1 } as Record<string, unknown>;
    delete v1.seed;
    delete v1.flagged;
    delete v1.sessions;
    const { state, problem } = parseState(JSON.stringify(v1));
    expect(problem).toBeUndefined();
    expect(state.version).toBe(STATE_VERSION);
    expect(state.answers.q1).toHaveLength(1);
    expect(state.flagged).toEqual([]);
    expect(state.sessions).toEqual([]);
    expect(state.seed).toBe(0);
    expect(withSeed(state, () => 0.5).seed).toBeGreaterThan(0);
    expect(withSeed({ ...state, seed: 9 }).seed).toBe(9);
  });

  test('damaged data is reported (the store keeps it aside under its own key)', () => {
    expect(CORRUPT_KEY).not.toBe('mls-study');
    expect(parseState('garbage{').problem).toMatch(/damaged/);
    expect(parseState(JSON.stringify({ ...emptyState(), flagged: 'x' })).problem).toMatch(/flagged/);
  });

  test('export and import round-trip everything, including flags and sessions', () => {
    let state = toggleFlag(recordAnswer(emptyState(), 'q1', false, [1], 5), 'q2');
    state = recordPracticeAnswer(state, { at: 10, examId: 'mla-c02', set: 'mla-c02/x' }, 'd1', true);
    expect(parseState(serializeState(state))).toEqual({ state });
  });

  test('toggleFlag flags and unflags', () => {
    const once = toggleFlag(emptyState(), 'q');
    expect(once.flagged).toEqual(['q']);
    expect(toggleFlag(once, 'q').flagged).toEqual([]);
  });

  test('recordPracticeAnswer keeps one session per visit and counts per domain', () => {
    const s = { at: 100, examId: 'mls-c01', set: 'modeling' };
    let state = recordPracticeAnswer(emptyState(), s, 'modeling', true);
    state = recordPracticeAnswer(state, s, 'modeling', false);
    state = recordPracticeAnswer(state, { ...s, at: 200 }, 'modeling', true);
    expect(state.sessions).toEqual([
      { ...s, byDomain: { modeling: { right: 1, total: 2 } } },
      { ...s, at: 200, byDomain: { modeling: { right: 1, total: 1 } } },
    ]);
  });
});

describe('shuffle', () => {
  test('the same id and seed give the same permutation; others usually differ', () => {
    const a = optionOrder('de/q1', 42, 4);
    expect(optionOrder('de/q1', 42, 4)).toEqual(a);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => optionOrder('de/q1', i, 4).join('')));
    expect(orders.size).toBeGreaterThan(5);
    expect(hashSeed('a', 1)).not.toBe(hashSeed('b', 1));
  });

  test('each answer starts an attempt with a new seed', () => {
    expect(practiceSeed(7)).toBe(practiceSeed(7, 0));
    expect(practiceSeed(7, 1_700_000_000_000)).not.toBe(practiceSeed(7));
    expect(practiceSeed(7, 1_700_000_000_000)).toBe(practiceSeed(7, 1_700_000_000_000));
    expect(practiceSeed(8, 5)).not.toBe(practiceSeed(7, 5));
  });

  test('letters follow the shown order', () => {
    const order = [2, 0, 3, 1]; // shown A = authored 2
    expect(shownLetter(order, 2)).toBe('A');
    expect(shownLetter(order, 1)).toBe('D');
    expect(shownLetters(order, [1, 2])).toBe('A and D');
  });
});

describe('review sets', () => {
  const exam = getExam('mls-c01');
  const d1 = exam.domains[0]!;
  const t1 = d1.tasks[0]!.id;
  const questions = [
    { id: 'a', tasks: { 'mls-c01': t1 } },
    { id: 'b', tasks: { 'mls-c01': t1 } },
    { id: 'c', tasks: { 'mls-c01': null } },
  ];
  test('wrong last time and flagged, per domain', () => {
    let state = recordAnswer(emptyState(), 'a', false, [1], 1);
    state = recordAnswer(state, 'b', false, [1], 1);
    state = recordAnswer(state, 'b', true, [0], 2);
    state = recordAnswer(state, 'c', false, [0], 2);
    state = toggleFlag(state, 'b');
    const rows = reviewRows(state, questions, exam);
    expect(rows).toHaveLength(exam.domains.length);
    expect(rows[0]).toMatchObject({ path: d1.slug, wrong: ['a'], flagged: ['b'] });
    expect(rows.slice(1).every((r) => r.wrong.length === 0)).toBe(true);
    expect(matchesFilter(state, 'c', 'unanswered')).toBe(false);
    expect(matchesFilter(state, 'z', 'unanswered')).toBe(true);
  });
  test('filters from the query, links to them', () => {
    expect(filterFromQuery('?show=wrong')).toBe('wrong');
    expect(filterFromQuery('?show=flagged')).toBe('flagged');
    expect(filterFromQuery('?show=nope')).toBeUndefined();
    expect(filterFromQuery('')).toBeUndefined();
    expect(reviewHref('mla-c02/x', 'flagged')).toBe('/practice/mla-c02/x/?show=flagged');
  });
});

describe('history', () => {
  const result = (at: number, examId: string | undefined, right: number) => ({
    examId, at, right, total: 4, byDomain: { d: { right, total: 4 } }, timedOut: false, questions: [], answers: {}, flagged: [],
  });
  test('mock exams and practice sessions of one exam, oldest first', () => {
    const state = { ...emptyState(), history: [result(30, 'mla-c02', 2), result(10, undefined, 1), result(20, 'mla-c02', 3)], sessions: [{ at: 25, examId: 'mla-c02', set: 's', byDomain: { d: { right: 1, total: 1 } } }] };
    const points = attemptHistory(state, 'mla-c02');
    expect(points.map((p) => [p.at, p.kind])).toEqual([[20, 'mock exam'], [25, 'practice'], [30, 'mock exam']]);
    expect(attemptHistory(state, 'mls-c01').map((p) => p.at)).toEqual([10]);
    const series = domainSeries(points, 'd', 300, 100, 10);
    expect(series.map((p) => p.label)).toEqual(['75 %', '100 %', '50 %']);
    expect(series[0]).toMatchObject({ x: 10, y: 30 });
    expect(series[1]).toMatchObject({ x: 150, y: 10 });
    expect(polyline(series)).toBe('10,30 150,10 290,50');
    expect(domainSeries(points, 'other')).toEqual([]);
    expect(scoreCell({ right: 1, total: 4 })).toBe('1 of 4 (25 %)');
    expect(scoreCell(undefined)).toBe('–');
  });
});

describe('Anki export', () => {
  const cards = [
    { front: 'Glue is <serverless>\tETL', back: 'yes\nreally', href: '/base/data-engineering/glue/#key-facts', source: 'AWS Glue' },
    { front: 'Q2', back: 'A2', href: '/base/x/', source: 'X & Y' },
  ];
  test('header lines, then one line per card with three tab-separated fields', () => {
    const text = ankiDeck(cards, 'https://example.github.io');
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(ANKI_HEADER);
    expect(ANKI_HEADER).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack\tLink']);
    const notes = lines.slice(3).map((l) => l.split('\t'));
    expect(notes).toHaveLength(2);
    expect(notes.every((n) => n.length === 3)).toBe(true);
    expect(notes[0]).toEqual(['Glue is &lt;serverless&gt; ETL', 'yes<br>really', '<a href="https://example.github.io/base/data-engineering/glue/#key-facts">AWS Glue</a>']);
    expect(notes[1]![2]).toBe('<a href="https://example.github.io/base/x/">X &amp; Y</a>');
  });
  test('fields and URLs', () => {
    expect(ankiField('a\r\nb')).toBe('a<br>b');
    expect(absoluteUrl('https://e.io/', '/p/')).toBe('https://e.io/p/');
  });
});

describe('the question bank can be shuffled', () => {
  test('no stem, option or explanation names an option by its letter (the shown letters change per attempt)', async () => {
    const offenders = questionFiles().flatMap((q) => {
      const texts = [q.stem, ...q.options.flatMap((o) => [o.text, o.explanation])];
      return texts.some((t) => /\b(options?|answers?|choices?) [A-F]\b|\([A-F]\)/.test(t)) ? [q.id] : [];
    });
    expect(offenders).toEqual([]);
  });
});
