import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { chooseLegend, questionDomId, questionHtml } from '../../src/lib/question-html.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import type { PracticeQuestion } from '../../src/lib/study/payloads.ts';

const q: PracticeQuestion = {
  id: 'modeling/a<b',
  tasks: { 'mla-c02': '2.1', 'mls-c01': '3.2' },
  kind: 'multiple',
  stem: 'Pick "two" <script>alert(1)</script> & more',
  options: ['w', 'x', 'y', 'z', 'v'].map((t) => ({ text: `Option ${t}`, explanation: `Why ${t} & not <b>` })),
  correct: [1, 3],
  refs: [
    { href: '/modeling/x/#a', label: 'X: A' },
    { href: '/modeling/y/', label: 'Y' },
  ],
  line: 'MLS-C01 task 3.2; MLA-C02 skill 2.1.1.',
};

describe('question markup', () => {
  test('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = questionHtml(q, 3);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(parse(html).querySelector('.stem')!.text).toBe(q.stem);
  });

  test('renders what <guide-question> reads: id, kind, correct options, MLS-C01 task, disabled inputs until it runs', () => {
    const root = parse(questionHtml(q, 3)).querySelector('guide-question')!;
    expect(root.getAttribute('data-id')).toBe('modeling/a<b');
    expect(root.getAttribute('data-kind')).toBe('multiple');
    expect(root.getAttribute('data-correct')).toBe('1,3');
    expect(root.getAttribute('data-task')).toBe('3.2');
    expect(root.querySelector('h3')!.text).toBe('Question 3');
    expect(root.querySelector('h3')!.getAttribute('id')).toBe(questionDomId(q.id));
    expect(root.querySelector('legend')!.text).toBe('Choose two answers');
    const inputs = root.querySelectorAll('input');
    expect(inputs).toHaveLength(5);
    for (const input of inputs) expect(input.getAttribute('type')).toBe('checkbox');
    for (const input of inputs) expect(input.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('[data-action="check"]')).toBeTruthy();
    expect(root.querySelector('.actions')!.hasAttribute('hidden')).toBe(true);
  });

  test('the disclosure holds the answer, every explanation, the teaching sections and the exam line', () => {
    const details = parse(questionHtml(q, 1)).querySelector('details.answer')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('p strong')!.text).toBe('Answer: B and D');
    const items = details.querySelectorAll('.explanations li');
    expect(items.map((li) => li.querySelector('strong')!.text)).toEqual(['A: incorrect.', 'B: correct.', 'C: incorrect.', 'D: correct.', 'E: incorrect.']);
    expect(items.filter((li) => li.hasAttribute('data-correct'))).toHaveLength(2);
    expect(details.querySelector('.refs')!.text).toBe('Taught in: X: A; Y');
    expect(details.querySelectorAll('.refs a').map((a) => a.getAttribute('href'))).toEqual(['/modeling/x/#a', '/modeling/y/']);
    expect(details.querySelector('.exam-tasks')!.text).toBe(q.line);
    expect(parse(questionHtml(q, 1, true)).querySelector('details')!.hasAttribute('open')).toBe(true);
  });

  test('a single-answer question uses radios and no check button', () => {
    const root = parse(questionHtml({ ...q, kind: 'single', correct: [0] }, 1));
    expect(root.querySelector('legend')!.text).toBe('Choose one answer');
    expect(root.querySelectorAll('input[type="radio"]')).toHaveLength(5);
    expect(root.querySelector('[data-action="check"]')).toBeNull();
    expect(chooseLegend('multiple', 3)).toBe('Choose three answers');
    // A question outside MLS-C01 (a chapter for MLA-C02 only) has no MLS-C01 task.
    expect(root.querySelector('guide-question')!.hasAttribute('data-task')).toBe(true);
    expect(parse(questionHtml({ ...q, tasks: { 'mls-c01': null, 'mla-c02': '2.1' } }, 1)).querySelector('guide-question')!.hasAttribute('data-task')).toBe(false);
  });
});
