/** <guide-question>: makes a question rendered by src/lib/question-html.ts answerable; announces the result, opens the explanations and records the attempt. */
import { update } from './study-store.ts';
import { recordAnswer } from '../lib/study/state.ts';

class GuideQuestion extends HTMLElement {
  #inputs: HTMLInputElement[] = [];
  #correct = new Set<number>();

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
    const letters = [...this.#correct].map((i) => String.fromCharCode(65 + i)).join(' and ');
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
