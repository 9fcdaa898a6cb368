import { describe, expect, test } from 'vitest';
import {
  SIZE_CAP,
  addExamResult,
  emptyState,
  exportFileName,
  lastAttempt,
  markStudied,
  parseState,
  recordAnswer,
  serializeState,
  studiedStatus,
  unmarkStudied,
  type StudyState,
} from '../../../src/lib/study/state.ts';

describe('parseState', () => {
  test('starts fresh, silently, when nothing is stored', () => {
    expect(parseState(null)).toEqual({ state: emptyState() });
    expect(parseState('')).toEqual({ state: emptyState() });
  });

  test('round-trips a state', () => {
    const state = markStudied(recordAnswer(emptyState(), 'de/q1', true, [0], 1000), 'data-engineering/glue', 'abc', 2000);
    expect(parseState(serializeState(state))).toEqual({ state });
  });

  test('drops damaged, foreign, other-version and oversized data with a reason', () => {
    expect(parseState('{not json').problem).toMatch(/damaged \(not valid JSON\)/);
    expect(parseState('{"hello":"world"}').problem).toMatch(/not made by this guide/);
    expect(parseState(JSON.stringify({ ...emptyState(), version: 3 })).problem).toMatch(/another version of this guide \(3\)/);
    expect(parseState(JSON.stringify({ ...emptyState(), answers: { q: 'yes' } })).problem).toMatch(/damaged \(answers\.q\)/);
    expect(parseState('x'.repeat(SIZE_CAP + 1)).problem).toMatch(/larger than/);
    for (const bad of ['{not json', '{"hello":"world"}']) expect(parseState(bad).state).toEqual(emptyState());
  });
});

describe('serializeState', () => {
  test('trims old attempts and exams to stay under the size cap', () => {
    const chosen = Array.from({ length: 200 }, (_, i) => i);
    const attempts = Array.from({ length: 5 }, (_, k) => ({ at: k, right: false, chosen }));
    const state: StudyState = { ...emptyState(), answers: Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`q${i}`, attempts])) };
    expect(JSON.stringify(state).length).toBeGreaterThan(SIZE_CAP);
    const json = serializeState(state);
    expect(json.length).toBeLessThanOrEqual(SIZE_CAP);
    expect(parseState(json).state.answers.q0).toHaveLength(1);
  });
});

describe('answers, studied marks and exam history', () => {
  test('keeps the last five attempts per question', () => {
    let state = emptyState();
    for (let i = 0; i < 7; i++) state = recordAnswer(state, 'q', i % 2 === 0, [i], i);
    expect(state.answers.q!.map((a) => a.at)).toEqual([2, 3, 4, 5, 6]);
    expect(lastAttempt(state, 'q')).toEqual({ at: 6, right: true, chosen: [6] });
  });

  test('a studied mark expires when the page content changes', () => {
    const state = markStudied(emptyState(), 'p', 'v1', 1);
    expect(studiedStatus(state, 'p', 'v1')).toBe('studied');
    expect(studiedStatus(state, 'p', 'v2')).toBe('changed');
    expect(studiedStatus(state, 'other', 'v1')).toBe('not');
    expect(studiedStatus(unmarkStudied(state, 'p'), 'p', 'v1')).toBe('not');
  });

  test('adding an exam result clears the exam in progress and keeps 20 results', () => {
    let state: StudyState = { ...emptyState(), exam: { started: 0, deadline: 1, questions: [], answers: {}, flagged: [], current: 0 } };
    for (let i = 0; i < 25; i++) state = addExamResult(state, { at: i, right: i, total: 65, byDomain: {}, timedOut: false, questions: [], answers: {}, flagged: [] });
    expect(state.exam).toBeNull();
    expect(state.history).toHaveLength(20);
    expect(state.history[0]!.at).toBe(5);
  });

  test('export files are named by date', () => {
    expect(exportFileName(new Date('2026-11-24T10:00:00Z'))).toBe('aws-ml-study-progress-2026-11-24.json');
  });
});
