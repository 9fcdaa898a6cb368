/**
 * <guide-mock-exam>: a timed mock exam drawn from the question bank it loads (/data/mock-exam.json), for the exam
 * the learner chooses (its blueprint in src/data/exams/ gives the form, weights and domains). The exam
 * in progress lives in the study state (src/lib/study/state.ts), so a reload resumes it, and a
 * deadline that passed while the page was closed scores it. Views: intro → exam → results (with review).
 * Each exam shuffles every question's options by its own seed (src/lib/study/shuffle.ts), kept with
 * the exam and its result, so a reload and the review show the same order and letters; answers are
 * stored as authored option indexes. The review can flag a question for later practice.
 */
import { el } from './dom.ts';
import { getState, subscribe, takeLoadProblem, update, showNotice } from './study-store.ts';
import { addExamResult, recordAnswer, toggleFlag, type ExamResult, type StudyState } from '../lib/study/state.ts';
import { optionOrder } from '../lib/study/shuffle.ts';
import { optionLetter } from '../lib/questions.ts';
import { formatRemaining, isRight, scoreExam, startExam, type BankQuestion, type ExamForm } from '../lib/study/exam.ts';
import { PRIMARY_EXAM_ID } from '../lib/exam-ids.ts';
import { formatDate } from '../lib/dates.ts';
import { DATA_PATHS, type ClientQuestion, type MockExamData } from '../lib/study/payloads.ts';
import { loadData } from './load-data.ts';

const WARN_AT_MINUTES = [30, 10, 5, 1];

/** Shown position → authored option index: shuffled by the exam's seed, authored order for exams saved without one. */
const orderFor = (id: string, seed: number | undefined, count: number) => (seed === undefined ? Array.from({ length: count }, (_, i) => i) : optionOrder(id, seed, count));


class GuideMockExam extends HTMLElement {
  #bank = new Map<string, ClientQuestion>();
  /** The exams with a mock form, the current one first (without skills). */
  #forms: ExamForm[] = [];
  #timer: number | undefined;
  #warned = new Set<number>();
  #reviewing: ExamResult | undefined;

  async connectedCallback() {
    const start = this.querySelector<HTMLButtonElement>('[data-action="start"]')!;
    start.disabled = true;
    const data = await loadData<MockExamData>(this, DATA_PATHS.mockExam, 'the exam questions');
    for (const q of data.questions) this.#bank.set(q.id, q);
    this.#forms = data.forms;
    start.disabled = false;
    showNotice(document.querySelector<HTMLElement>('.notice'), takeLoadProblem());
    this.#chooseForm(getState().plan.exam);
    this.addEventListener('click', (e) => this.#onClick(e));
    this.addEventListener('change', (e) => this.#onChange(e));
    subscribe(() => this.#renderIntro());
    const exam = getState().exam;
    if (exam && Date.now() >= exam.deadline) this.#finish(true);
    else if (exam) this.#showExam();
    else this.#view('intro');
  }

  disconnectedCallback() {
    window.clearInterval(this.#timer);
  }

  #view(name: 'intro' | 'exam' | 'results') {
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = section.dataset.view !== name;
    if (name === 'intro') this.#renderIntro();
    if (name !== 'exam') window.clearInterval(this.#timer);
  }

  /** The bank in one exam's numbering: only the questions that exam asks. */
  #bankFor(examId: string): BankQuestion[] {
    return [...this.#bank.values()].flatMap((q) => (q.tasks[examId] ? [{ id: q.id, task: q.tasks[examId]!, correct: q.correct }] : []));
  }

  /** Selects an exam's form in the intro (the learner's exam if it has one, else the first). */
  #chooseForm(examId: string | undefined) {
    const forms = this.#forms.map((e) => e.id);
    const chosen = examId && forms.includes(examId) ? examId : forms[0]!;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="mock-exam"]')) radio.checked = radio.value === chosen;
    for (const list of this.querySelectorAll<HTMLElement>('[data-form]')) list.hidden = list.dataset.form !== chosen;
    return chosen;
  }

  #chosenForm(): string {
    return this.querySelector<HTMLInputElement>('input[name="mock-exam"]:checked')?.value ?? this.#forms[0]!.id;
  }

  /** The form of an exam by id; records saved before exams were recorded are MLS-C01's. */
  #form(examId: string | undefined): ExamForm {
    const id = examId ?? PRIMARY_EXAM_ID;
    return this.#forms.find((f) => f.id === id) ?? this.#forms.find((f) => f.id === PRIMARY_EXAM_ID)!;
  }

  // ---------- intro ----------

  #renderIntro() {
    const intro = this.querySelector<HTMLElement>('[data-view="intro"]')!;
    const history = getState().history;
    const tbody = intro.querySelector('tbody')!;
    tbody.replaceChildren(
      ...history
        .map((r, i) => {
          const review = el('button', { type: 'button', className: 'guide-button link', textContent: 'Review' });
          review.dataset.review = String(i);
          const score = `${r.right} / ${r.total} (${Math.round((r.right / Math.max(1, r.total)) * 100)} %)${r.timedOut ? ', time ran out' : ''}`;
          return el('tr', {}, el('td', {}, formatDate(new Date(r.at))), el('td', {}, this.#form(r.examId).code), el('td', {}, score), el('td', {}, review));
        })
        .reverse(),
    );
    intro.querySelector<HTMLElement>('.history')!.hidden = history.length === 0;
  }

  // ---------- exam ----------

  #showExam() {
    this.#view('exam');
    this.#renderQuestion(false);
    this.#tick();
    window.clearInterval(this.#timer);
    this.#timer = window.setInterval(() => this.#tick(), 1000);
  }

  #tick() {
    const exam = getState().exam;
    if (!exam) return;
    const left = exam.deadline - Date.now();
    this.querySelector('.timer-value')!.textContent = formatRemaining(left);
    for (const m of WARN_AT_MINUTES) {
      if (left <= m * 60_000 && left > (m - 1) * 60_000 && !this.#warned.has(m)) {
        this.#warned.add(m);
        this.querySelector('.announce')!.textContent = `${m} ${m === 1 ? 'minute' : 'minutes'} left.`;
      }
    }
    if (left <= 0) this.#finish(true);
  }

  #renderQuestion(focus = true) {
    const exam = getState().exam!;
    const id = exam.questions[exam.current]!;
    const q = this.#bank.get(id)!;
    const chosen = exam.answers[id] ?? [];
    const flagged = exam.flagged.includes(id);
    const box = this.querySelector<HTMLElement>('.exam-question')!;
    box.querySelector('h2')!.textContent = `Question ${exam.current + 1} of ${exam.questions.length}`;
    box.querySelector('.stem')!.textContent = q.stem;
    box.querySelector('legend')!.textContent = q.kind === 'single' ? 'Choose one answer' : `Choose ${q.correct.length} answers`;
    box.querySelector('.options')!.replaceChildren(
      ...orderFor(id, exam.seed, q.options.length).map((i, position) =>
        el(
          'li',
          {},
          el(
            'label',
            {},
            el('input', { type: q.kind === 'single' ? 'radio' : 'checkbox', name: 'exam-choice', value: String(i), checked: chosen.includes(i) }),
            el('span', { className: 'letter' }, `${optionLetter(position)}.`),
            el('span', {}, q.options[i]!.text),
          ),
        ),
      ),
    );
    const flag = box.querySelector<HTMLButtonElement>('[data-action="flag"]')!;
    flag.setAttribute('aria-pressed', String(flagged));
    flag.textContent = flagged ? 'Flagged for review' : 'Flag for review';
    this.querySelector<HTMLButtonElement>('[data-action="prev"]')!.disabled = exam.current === 0;
    this.querySelector<HTMLButtonElement>('[data-action="next"]')!.disabled = exam.current === exam.questions.length - 1;
    this.#renderNavigator(exam);
    if (focus) box.querySelector<HTMLElement>('h2')!.focus();
  }

  #renderNavigator(exam: NonNullable<StudyState['exam']>) {
    const answered = exam.questions.filter((id) => exam.answers[id]?.length).length;
    this.querySelector('.exam-progress')!.textContent = `${answered} of ${exam.questions.length} answered · ${exam.flagged.length} flagged`;
    this.querySelector('.navigator ol')!.replaceChildren(
      ...exam.questions.map((id, i) => {
        const done = !!exam.answers[id]?.length;
        const flagged = exam.flagged.includes(id);
        const label = `Question ${i + 1}, ${done ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}${i === exam.current ? ', current' : ''}`;
        const button = el('button', { type: 'button', className: 'guide-button', textContent: String(i + 1) });
        button.setAttribute('aria-label', label);
        button.dataset.jump = String(i);
        button.dataset.state = `${done ? 'answered' : 'open'}${flagged ? ' flagged' : ''}`;
        if (i === exam.current) button.setAttribute('aria-current', 'true');
        return el('li', {}, button);
      }),
    );
  }

  #updateExam(change: (exam: NonNullable<StudyState['exam']>) => NonNullable<StudyState['exam']>) {
    const problem = update((s) => (s.exam ? { ...s, exam: change(s.exam) } : s));
    showNotice(document.querySelector<HTMLElement>('.notice'), problem);
  }

  #go(index: number) {
    this.#updateExam((e) => ({ ...e, current: Math.max(0, Math.min(index, e.questions.length - 1)) }));
    this.#renderQuestion();
  }

  #confirmSubmit() {
    const exam = getState().exam!;
    const open = exam.questions.filter((id) => !exam.answers[id]?.length).length;
    const dialog = this.querySelector('dialog')!;
    dialog.querySelector('.confirm-text')!.textContent =
      `${open === 0 ? 'You have answered every question' : `${open} ${open === 1 ? 'question is' : 'questions are'} not answered and will count as wrong`}; ` +
      `${exam.flagged.length} flagged. Submit now?`;
    dialog.showModal();
  }

  #finish(timedOut: boolean) {
    window.clearInterval(this.#timer);
    const state = getState();
    if (!state.exam) return;
    const now = timedOut ? Math.max(Date.now(), state.exam.deadline) : Date.now();
    const form = this.#form(state.exam.examId);
    const result: ExamResult = { ...scoreExam(state.exam, this.#bankFor(form.id), now, form), seed: state.exam.seed };
    update((s) => {
      let next = s;
      for (const id of result.questions) {
        const q = this.#bank.get(id);
        const chosen = result.answers[id];
        if (q && chosen?.length) next = recordAnswer(next, id, isRight(chosen, q.correct), chosen, now);
      }
      return addExamResult(next, result);
    });
    this.#showResults(result);
  }

  // ---------- results and review ----------

  #showResults(result: ExamResult) {
    this.#reviewing = result;
    this.#view('results');
    const pct = Math.round((result.right / Math.max(1, result.total)) * 100);
    const results = this.querySelector<HTMLElement>('[data-view="results"]')!;
    results.querySelector('.score')!.textContent =
      `${result.right} of ${result.total} right (${pct} %)${result.timedOut ? '. Time ran out, so the exam was submitted automatically' : ''}.`;
    const exam = this.#form(result.examId);
    results.querySelector('.domains caption')!.textContent = `By ${exam.code} domain`;
    results.querySelector('.domains tbody')!.replaceChildren(
      ...exam.domains.map((d) => {
        const r = result.byDomain[d.slug] ?? { right: 0, total: 0 };
        return el(
          'tr',
          {},
          el('td', {}, `${d.number}. ${d.name}`),
          el('td', {}, `${r.right} / ${r.total}`),
          el('td', {}, r.total ? `${Math.round((r.right / r.total) * 100)} %` : '–'),
        );
      }),
    );
    this.#renderReview('all');
    results.querySelector<HTMLElement>('h2')!.focus();
  }

  #renderReview(filter: 'all' | 'wrong' | 'flagged') {
    const result = this.#reviewing!;
    const items = result.questions
      .map((id, i) => ({ id, i, q: this.#bank.get(id), chosen: result.answers[id] ?? [] }))
      .filter((x): x is typeof x & { q: ClientQuestion } => !!x.q)
      .filter((x) => filter === 'all' || (filter === 'flagged' ? result.flagged.includes(x.id) : !isRight(x.chosen, x.q.correct)));
    this.querySelector('.review-list')!.replaceChildren(
      ...items.map(({ id, i, q, chosen }) => {
        const right = isRight(chosen, q.correct);
        const verdict = chosen.length ? (right ? 'Right' : 'Wrong') : 'Not answered';
        const order = orderFor(id, result.seed, q.options.length);
        const flag = el('button', { type: 'button', className: 'guide-button' });
        flag.dataset.flagQuestion = id;
        this.#renderReviewFlag(flag);
        return el(
          'li',
          { className: `review-item ${right ? 'right' : 'wrong'}` },
          el('h3', {}, `Question ${i + 1}: ${verdict}${result.flagged.includes(id) ? ' (flagged)' : ''}`),
          el('p', {}, q.stem),
          el(
            'ul',
            { className: 'review-options' },
            ...order.map((k, position) =>
              el(
                'li',
                { className: q.correct.includes(k) ? 'correct' : chosen.includes(k) ? 'chosen-wrong' : '' },
                el('strong', {}, `${optionLetter(position)}: ${q.correct.includes(k) ? 'correct' : 'incorrect'}${chosen.includes(k) ? ', your answer' : ''}. `),
                q.options[k]!.text,
                ' ',
                q.options[k]!.explanation,
              ),
            ),
          ),
          el('p', { className: 'refs' }, 'Taught in: ', ...q.refs.flatMap((r, k) => [k ? '; ' : '', el('a', { href: r.href }, r.label)])),
          el('p', { className: 'review-flag' }, flag),
        );
      }),
    );
    this.querySelector('.review-empty')!.toggleAttribute('hidden', items.length > 0);
  }

  /** A review item's flag: keeps the question in the learner's flagged set for practice (/practice/review/). */
  #renderReviewFlag(button: HTMLElement) {
    const flagged = getState().flagged.includes(button.dataset.flagQuestion!);
    button.setAttribute('aria-pressed', String(flagged));
    button.textContent = flagged ? 'Flagged for practice' : 'Flag for practice';
  }

  // ---------- events ----------

  #onClick(e: Event) {
    const target = (e.target as HTMLElement).closest<HTMLElement>('button');
    if (!target) return;
    const action = target.dataset.action;
    if (target.dataset.jump) return this.#go(Number(target.dataset.jump));
    if (target.dataset.review) return this.#showResults(getState().history[Number(target.dataset.review)]!);
    if (target.dataset.flagQuestion) {
      showNotice(document.querySelector<HTMLElement>('.notice'), update((s) => toggleFlag(s, target.dataset.flagQuestion!)));
      return this.#renderReviewFlag(target);
    }
    if (action === 'start') {
      this.#warned.clear();
      const exam = this.#form(this.#chosenForm());
      update((s) => ({ ...s, plan: { ...s.plan, exam: exam.id }, exam: { ...startExam(this.#bankFor(exam.id), Date.now(), exam), seed: Math.floor(Math.random() * 2 ** 32) } }));
      this.#showExam();
    } else if (action === 'prev' || action === 'next') {
      this.#go(getState().exam!.current + (action === 'next' ? 1 : -1));
    } else if (action === 'flag') {
      const id = getState().exam!.questions[getState().exam!.current]!;
      this.#updateExam((ex) => ({ ...ex, flagged: ex.flagged.includes(id) ? ex.flagged.filter((f) => f !== id) : [...ex.flagged, id] }));
      this.#renderQuestion(false);
      target.focus();
    } else if (action === 'submit') {
      this.#confirmSubmit();
    } else if (action === 'confirm-submit') {
      this.querySelector('dialog')!.close();
      this.#finish(false);
    } else if (action === 'cancel-submit') {
      this.querySelector('dialog')!.close();
    } else if (action === 'again') {
      this.#view('intro');
      this.querySelector<HTMLElement>('[data-view="intro"] h2')!.focus();
    }
  }

  #onChange(e: Event) {
    const input = e.target as HTMLInputElement;
    if (input.name === 'exam-choice') {
      const chosen = [...this.querySelectorAll<HTMLInputElement>('input[name="exam-choice"]')].filter((i) => i.checked).map((i) => Number(i.value));
      const id = getState().exam!.questions[getState().exam!.current]!;
      this.#updateExam((ex) => ({ ...ex, answers: { ...ex.answers, [id]: chosen } }));
      this.#renderNavigator(getState().exam!);
    } else if (input.name === 'mock-exam') {
      this.#chooseForm(input.value);
    } else if (input.name === 'review-filter') {
      this.#renderReview(input.value as 'all' | 'wrong' | 'flagged');
    }
  }
}

customElements.define('guide-mock-exam', GuideMockExam);
