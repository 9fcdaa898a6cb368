import { getState, keepSeed, update } from './study-store.ts';
import { recordAnswer, toggleFlag } from '../lib/study/state.ts';
import { optionOrder, practiceSeed, shownLetters } from '../lib/study/shuffle.ts';
import { optionLetter } from '../lib/questions.ts';

/**
 * <guide-question>: makes a question rendered by src/lib/question-html.ts answerable; announces the result,
 * opens the explanations and records the attempt. Inside a practice set (<guide-practice>) it shuffles the
 * options per attempt (src/lib/study/shuffle.ts), relabels every letter and shows the flag button.
 */
class GuideQuestion extends HTMLElement {
  #inputs: HTMLInputElement[] = [];
  #correct = new Set<number>();
  /** Shown position → authored option index (authored order unless in a practice set). */
  #order: number[] = [];

  connectedCallback() {
    this.#inputs = [...this.querySelectorAll<HTMLInputElement>('input')];
    this.#correct = new Set((this.dataset.correct ?? '').split(',').filter(Boolean).map(Number));
    for (const input of this.#inputs) input.disabled = false;
    this.querySelector<HTMLElement>('.actions')!.hidden = false;
    if (this.dataset.kind === 'single') {
      for (const input of this.#inputs) input.addEventListener('change', () => this.#check());
    }
    this.querySelector('[data-action="check"]')?.addEventListener('click', () => this.#check());
    this.querySelector('[data-action="reset"]')!.addEventListener('click', () => this.#reset());
    this.#order = this.#inputs.map((_, i) => i);
    if (this.closest('guide-practice')) {
      this.#shuffle();
      const flag = this.querySelector<HTMLButtonElement>('[data-action="flag"]')!;
      flag.hidden = false;
      this.#renderFlag();
      flag.addEventListener('click', () => {
        update((state) => toggleFlag(state, this.dataset.id!));
        this.#renderFlag();
        this.dispatchEvent(new CustomEvent('mls:flagged', { bubbles: true, detail: { id: this.dataset.id } }));
      });
    }
  }

  #renderFlag() {
    const flagged = getState().flagged.includes(this.dataset.id!);
    const flag = this.querySelector<HTMLButtonElement>('[data-action="flag"]')!;
    flag.setAttribute('aria-pressed', String(flagged));
    flag.textContent = flagged ? 'Flagged for review' : 'Flag for review';
  }

  /** Orders the options for this attempt (seeded: the same until it is answered) and relabels every letter. */
  #shuffle() {
    const id = this.dataset.id!;
    keepSeed();
    const state = getState();
    this.#order = optionOrder(id, practiceSeed(state.seed, state.answers[id]?.at(-1)?.at), this.#inputs.length);
    const options = this.querySelector('.options')!;
    const explanations = this.querySelector('.explanations')!;
    this.#order.forEach((authored, position) => {
      const li = options.querySelector<HTMLElement>(`[data-option="${authored}"]`)!;
      li.querySelector('.letter')!.textContent = `${optionLetter(position)}.`;
      options.append(li);
      const explains = explanations.querySelector<HTMLElement>(`[data-explains="${authored}"]`)!;
      explains.querySelector('.explain-letter')!.textContent = optionLetter(position);
      explanations.append(explains);
    });
    this.querySelector('.answer-letters')!.textContent = `Answer: ${shownLetters(this.#order, [...this.#correct])}`;
    this.#inputs = [...this.querySelectorAll<HTMLInputElement>('input')];
  }

  /** Marks every option, states the result, opens the explanations and reports it to listeners. */
  #check() {
    const chosen = this.#inputs.filter((i) => i.checked).map((i) => Number(i.value));
    const feedback = this.querySelector<HTMLElement>('.feedback')!;
    if (chosen.length === 0) {
      feedback.textContent = 'Choose an answer first.';
      return;
    }
    const right = chosen.length === this.#correct.size && chosen.every((i) => this.#correct.has(i));
    for (const li of this.querySelectorAll<HTMLElement>('[data-option]')) {
      const i = Number(li.dataset.option);
      li.dataset.state = this.#correct.has(i) ? 'correct' : chosen.includes(i) ? 'wrong' : '';
    }
    for (const input of this.#inputs) input.disabled = true;
    const letters = shownLetters(this.#order, [...this.#correct]);
    feedback.textContent = right ? 'Correct.' : `Not quite: the answer is ${letters}.`;
    feedback.dataset.result = right ? 'right' : 'wrong';
    this.querySelector('details')!.open = true;
    this.querySelector<HTMLElement>('[data-action="check"]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-action="reset"]')!.hidden = false;
    const saveProblem = update((state) => recordAnswer(state, this.dataset.id!, right, chosen, Date.now()));
    if (saveProblem) feedback.textContent += ` (${saveProblem})`;
    this.dispatchEvent(new CustomEvent('mls:answered', { bubbles: true, detail: { id: this.dataset.id, task: this.dataset.task, right, chosen } }));
  }

  #reset() {
    if (this.closest('guide-practice')) this.#shuffle();
    for (const input of this.#inputs) Object.assign(input, { disabled: false, checked: false });
    for (const li of this.querySelectorAll<HTMLElement>('[data-option]')) delete li.dataset.state;
    const feedback = this.querySelector<HTMLElement>('.feedback')!;
    feedback.textContent = '';
    delete feedback.dataset.result;
    this.querySelector('details')!.open = false;
    this.querySelector<HTMLElement>('[data-action="check"]')?.removeAttribute('hidden');
    this.querySelector<HTMLElement>('[data-action="reset"]')!.hidden = true;
    this.#inputs[0]?.focus();
  }
}
customElements.define('guide-question', GuideQuestion);
