/** <guide-review>: per exam and domain, "Retry mistakes (N)" and "Flagged (N)" links into the practice sets. */
import { el } from './dom.ts';
import { getState, showNotice, subscribe, takeLoadProblem } from './study-store.ts';
import { reviewHref, reviewRows, type ReviewQuestion } from '../lib/study/review.ts';
import type { Exam } from '../lib/exams.ts';
import { href } from '../lib/href.ts';

interface ReviewData {
  exams: Array<Pick<Exam, 'id' | 'code' | 'domains'>>;
  questions: ReviewQuestion[];
}

class GuideReview extends HTMLElement {
  #data!: ReviewData;

  connectedCallback() {
    this.#data = JSON.parse(this.querySelector<HTMLScriptElement>('script[type="application/json"]')!.textContent!) as ReviewData;
    this.querySelector<HTMLElement>('.needs-js')!.hidden = true;
    this.querySelector<HTMLElement>('.sets')!.hidden = false;
    showNotice(document.querySelector<HTMLElement>('.notice'), takeLoadProblem());
    subscribe(() => this.#render());
    this.#render();
  }

  #render() {
    const state = getState();
    for (const exam of this.#data.exams) {
      const rows = reviewRows(state, this.#data.questions, exam);
      const cell = (n: number, label: string, path: string, filter: 'wrong' | 'flagged') =>
        el('td', {}, n ? el('a', { href: href(reviewHref(path, filter)) }, `${label} (${n})`) : `${label} (0)`);
      this.querySelector(`[data-exam="${exam.id}"] tbody`)!.replaceChildren(
        ...rows.map((r) =>
          el('tr', {}, el('td', {}, `${r.domain.number}. ${r.domain.name}`), cell(r.wrong.length, 'Retry mistakes', r.path, 'wrong'), cell(r.flagged.length, 'Flagged', r.path, 'flagged')),
        ),
      );
    }
    this.querySelector('.totals')!.textContent = `You have ${state.flagged.length} flagged ${state.flagged.length === 1 ? 'question' : 'questions'}.`;
  }
}

customElements.define('guide-review', GuideReview);
