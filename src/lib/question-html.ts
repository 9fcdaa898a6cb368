/**
 * The markup of one scenario question, as a string: the Question component renders it on the server
 * (content pages, printed chapters) and practice sets render it in the browser from their data file,
 * so both are the same. Without JavaScript it reads as a question, its options and a disclosure holding
 * the answer and an explanation for every option; <guide-question> (src/scripts/question.ts) makes the
 * options choosable; inside a practice set it also shuffles them per attempt (letters relabelled through
 * the `letter`, `explain-letter` and `answer-letters` elements) and shows the flag button.
 */
import { optionLetter } from './questions.ts';
import { PRIMARY_EXAM_ID } from './exam-ids.ts';
import type { PracticeQuestion } from './study/payloads.ts';
import { escapeHtml } from './html.ts';

/** "Choose one answer", "Choose two answers". */
export function chooseLegend(kind: 'single' | 'multiple', correct: number): string {
  const count = ['zero', 'one', 'two', 'three', 'four', 'five'][correct] ?? String(correct);
  return kind === 'single' ? 'Choose one answer' : `Choose ${count} answers`;
}

/** The element id of a question's heading: "q-data-engineering-kds-retention". */
export const questionDomId = (id: string): string => `q-${id.replaceAll('/', '-')}`;

/** One question, numbered; `reveal` opens the answer (printed chapters). */
export function questionHtml(q: PracticeQuestion, number: number, reveal = false): string {
  const e = escapeHtml;
  const domId = questionDomId(q.id);
  const type = q.kind === 'single' ? 'radio' : 'checkbox';
  const primaryTask = q.tasks[PRIMARY_EXAM_ID];
  const options = q.options
    .map(
      (o, i) =>
        `<li data-option="${i}"><label><input type="${type}" name="${domId}" value="${i}" disabled><span class="letter">${optionLetter(i)}.</span><span>${e(o.text)}</span></label></li>`,
    )
    .join('');
  const explanations = q.options
    .map((o, i) => {
      const right = q.correct.includes(i);
      return `<li${right ? ' data-correct' : ''} data-explains="${i}"><strong><span class="explain-letter">${optionLetter(i)}</span>: ${right ? 'correct' : 'incorrect'}.</strong> ${e(o.explanation)}</li>`;
    })
    .join('');
  const refs = q.refs.map((r) => `<a href="${e(r.href)}">${e(r.label)}</a>`).join('; ');
  return (
    `<guide-question class="question not-content" data-id="${e(q.id)}" data-kind="${q.kind}" data-correct="${q.correct.join(',')}"${primaryTask ? ` data-task="${e(primaryTask)}"` : ''}>` +
    `<h3 id="${e(domId)}">Question ${number}</h3>` +
    `<p class="stem" id="${e(domId)}-stem">${e(q.stem)}</p>` +
    `<fieldset aria-describedby="${e(domId)}-stem"><legend>${chooseLegend(q.kind, q.correct.length)}</legend>` +
    `<ul class="options">${options}</ul>` +
    `<div class="actions" hidden>${q.kind === 'multiple' ? '<button type="button" class="guide-button" data-action="check">Check answer</button>' : ''}<button type="button" class="guide-button" data-action="reset" hidden>Try again</button><button type="button" class="guide-button" data-action="flag" aria-pressed="false" hidden>Flag for review</button></div>` +
    `<p class="feedback" role="status"></p></fieldset>` +
    `<details class="answer"${reveal ? ' open' : ''}><summary>Answer and explanations</summary>` +
    `<p><strong class="answer-letters">Answer: ${q.correct.map(optionLetter).join(' and ')}</strong></p>` +
    `<ul class="explanations">${explanations}</ul>` +
    `<p class="refs">Taught in: ${refs}</p>` +
    `<p class="exam-tasks">${e(q.line)}</p>` +
    `</details></guide-question>`
  );
}
