/**
 * <guide-progress>: the learner's dashboard (mastery by domain and task, weakest first; mock exams;
 * pages studied), the study planner, and export / import / reset of the data in this browser.
 */
import { el } from './dom.ts';
import { getState, replace, subscribe, takeLoadProblem, update, showNotice } from './study-store.ts';
import { exportFileName, parseState, serializeState, studiedStatus, type StudyState } from '../lib/study/state.ts';
import { domainMastery, taskMastery, weakestFirst } from '../lib/study/mastery.ts';
import { studyPlan } from '../lib/study/planner.ts';
import { CHAPTERS } from '../lib/domains.ts';
import { PRIMARY_EXAM_ID, studyExamId } from '../lib/exam-ids.ts';
import { cardTasks, DATA_PATHS, type FlashcardIndex, type ProgressData } from '../lib/study/payloads.ts';
import type { Exam } from '../lib/exams.ts';
import { loadAll } from './load-data.ts';
import { practicePath } from '../lib/practice.ts';
import { formatDate } from '../lib/dates.ts';
import { href } from '../lib/href.ts';
import { renderHistory } from './history-chart.ts';


const pct = (x: number) => `${Math.round(x * 100)} %`;
const bar = (x: number) => {
  const outer = el('span', { className: 'bar' }, el('span', { className: 'fill' }));
  (outer.firstChild as HTMLElement).style.width = pct(x).replace(' ', '');
  return el('span', { className: 'mastery' }, outer, pct(x));
};

class GuideProgress extends HTMLElement {
  #data!: ProgressData & { cards: ReturnType<typeof cardTasks> };

  async connectedCallback() {
    const [data, index] = await loadAll<[ProgressData, FlashcardIndex]>(this, [DATA_PATHS.progress, DATA_PATHS.flashcards], 'what your progress is measured against');
    this.#data = { ...data, cards: cardTasks(index) };
    this.querySelector<HTMLElement>('.dashboard')!.hidden = false;
    this.#notice(takeLoadProblem());
    subscribe((s) => this.#render(s));
    this.#render(getState());
    this.#wireExamChoice();
    this.#wirePlanner();
    this.#wireData();
  }

  #notice(message: string | undefined, tone: 'info' | 'warning' = 'warning') {
    showNotice(document.querySelector<HTMLElement>('.notice'), message, tone);
  }

  /** The learner's exam: everything below follows its tasks and weights. */
  #wireExamChoice() {
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="study-exam"]')) {
      radio.addEventListener('change', () => update((s) => ({ ...s, plan: { ...s.plan, exam: radio.value } })));
    }
  }

  #render(state: StudyState) {
    const now = new Date();
    const ids = this.#data.exams.map((e) => e.id);
    const exam = this.#data.exams.find((e) => e.id === studyExamId(state.plan.exam, ids))!;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="study-exam"]')) radio.checked = radio.value === exam.id;
    const questions = this.#data.questions.map((q) => ({ id: q.id, task: q.tasks[exam.id] ?? null }));
    const cards = this.#data.cards.map((c) => ({ id: c.id, tasks: c.tasks[exam.id] ?? [] }));
    const tasks = taskMastery(state, questions, cards, now, exam);
    const taskTitle = (id: string) => exam.domains.flatMap((d) => d.tasks).find((t) => t.id === id)!.title;
    this.querySelector('.domains caption')!.textContent = `${exam.code} domains`;
    this.querySelector('.domains tbody')!.replaceChildren(
      ...domainMastery(tasks, exam).map(({ domain, mastery }) => {
        const d = exam.domains.find((x) => x.slug === domain)!;
        return el('tr', {}, el('td', {}, el('a', { href: href(`/practice/${practicePath(exam, d)}/`) }, `${d.number}. ${d.name}`)), el('td', {}, `${d.weight} %`), el('td', {}, bar(mastery)));
      }),
    );
    this.querySelector('.tasks tbody')!.replaceChildren(
      ...weakestFirst(tasks, exam).map((t) =>
        el(
          'tr',
          {},
          el('td', {}, el('a', { href: href(`/practice/${practicePath(exam, { id: t.task })}/`) }, `${t.task} ${taskTitle(t.task)}`)),
          el('td', {}, bar(t.mastery)),
          el('td', {}, `${t.questions.right} right of ${t.questions.answered} answered (${t.questions.total})`),
          el('td', {}, `${t.cards.reviewed} of ${t.cards.total} reviewed`),
        ),
      ),
    );
    const history = state.history.filter((r) => studyExamId(r.examId, ids, PRIMARY_EXAM_ID) === exam.id);
    const last = history.at(-1);
    this.querySelector('.exams')!.textContent = last
      ? `${history.length} ${exam.code} mock ${history.length === 1 ? 'exam' : 'exams'} taken; the latest on ${formatDate(new Date(last.at))}: ${last.right} of ${last.total} right (${pct(last.right / Math.max(1, last.total))}).`
      : `No ${exam.code} mock exam taken yet.`;
    renderHistory(this.querySelector<HTMLElement>('.score-history')!, state, exam);
    const pages = this.#data.pages;
    const status = (p: (typeof pages)[number]) => studiedStatus(state, p.id, p.version);
    this.querySelector('.pages')!.replaceChildren(
      ...CHAPTERS.map((d) => {
        const inDomain = pages.filter((p) => p.domain === d.slug);
        const studied = inDomain.filter((p) => status(p) === 'studied').length;
        return el(
          'details',
          {},
          el('summary', {}, `${d.name}: ${studied} of ${inDomain.length} pages studied`),
          el(
            'ul',
            {},
            ...inDomain.map((p) => {
              const s = status(p);
              return el('li', {}, el('a', { href: href(`/${p.id}/`) }, p.title), s === 'studied' ? ' (studied)' : s === 'changed' ? ' (changed since you studied it)' : '');
            }),
          ),
        );
      }),
    );
    this.querySelector('.size')!.textContent = `${Math.round(serializeState(state).length / 1024)} KB`;
    this.#renderPlan(state, tasks, exam, taskTitle);
  }

  // ---------- planner ----------

  #wirePlanner() {
    const form = this.querySelector<HTMLFormElement>('.planner')!;
    const { plan } = getState();
    if (plan.examDate) form.examDate.value = plan.examDate;
    if (plan.hoursPerWeek) form.hours.value = String(plan.hoursPerWeek);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update((s) => ({ ...s, plan: { ...s.plan, examDate: form.examDate.value || undefined, hoursPerWeek: Number(form.hours.value) || undefined } }));
      this.querySelector<HTMLElement>('.plan-output')!.focus();
    });
  }

  #renderPlan(state: StudyState, tasks: ReturnType<typeof taskMastery>, exam: Exam, taskTitle: (id: string) => string) {
    const out = this.querySelector<HTMLElement>('.plan-output')!;
    if (!state.plan.examDate || !state.plan.hoursPerWeek) {
      out.replaceChildren(el('p', {}, 'Enter your exam date and weekly hours to get a plan.'));
      return;
    }
    const plan = studyPlan({ today: new Date(), examDate: new Date(`${state.plan.examDate}T12:00:00Z`), hoursPerWeek: state.plan.hoursPerWeek, mastery: tasks, exam });
    if (plan.problem) {
      out.replaceChildren(el('p', {}, plan.problem));
      return;
    }
    out.replaceChildren(
      el('p', {}, `${exam.code}: ${plan.weeks} ${plan.weeks === 1 ? 'week' : 'weeks'}, ${plan.totalHours} hours. Time goes to each task in proportion to its exam weight and how weak it is for you now; weakest and heaviest first.`),
      el(
        'ol',
        { className: 'weeks' },
        ...plan.schedule.map((w) =>
          el(
            'li',
            {},
            el('strong', {}, `Week ${w.week}: `),
            w.tasks.map((t) => `task ${t.task} ${taskTitle(t.task)} (${t.hours} h)`).join('; ') || 'review',
            w.mockExam ? '; take a full mock exam (3 h)' : '',
          ),
        ),
      ),
    );
  }

  // ---------- data ----------

  #wireData() {
    this.querySelector('[data-action="export"]')!.addEventListener('click', () => {
      const blob = new Blob([serializeState(getState())], { type: 'application/json' });
      const link = el('a', { href: URL.createObjectURL(blob), download: exportFileName(new Date()) });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      this.#notice('Exported your progress to a file.', 'info');
    });
    const file = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const { state, problem } = parseState(await chosen.text());
      file.value = '';
      if (problem) return this.#notice(`Nothing was imported: ${problem.replace('Saved study data', 'the file')}`);
      this.#notice(replace(state) ?? `Imported your progress from ${chosen.name}.`, 'info');
    });
    const confirmBox = this.querySelector<HTMLElement>('.confirm-reset')!;
    this.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLButtonElement>('[data-action="reset-cancel"]')!.focus();
    });
    confirmBox.querySelector('[data-action="reset-cancel"]')!.addEventListener('click', () => (confirmBox.hidden = true));
    confirmBox.querySelector('[data-action="reset-confirm"]')!.addEventListener('click', () => {
      confirmBox.hidden = true;
      this.#notice(replace() ?? 'All progress in this browser was deleted.', 'info');
    });
  }
}

customElements.define('guide-progress', GuideProgress);
