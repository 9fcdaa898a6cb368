/**
 * Build-time data for the study tools (Astro runtime; the JSON files in src/pages/data/ serve it): the
 * question bank in the shape the browser needs (src/lib/study/payloads.ts), the flashcards generated
 * from the content, and a content version per page (so a "studied" mark expires when the page changes).
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { allQuestions, glossaryEntries, pageAnchors, type QuestionEntry } from './site-data.ts';
import { loadNumbers, numberRefs, numberText } from './lib/numbers.ts';
import { parseRef, refHref } from './lib/questions.ts';
import { cardsFromPage, numberCard, termCard, type Flashcard } from './lib/study/cards.ts';
import { sidebarOrder } from './lib/print.ts';
import { CHAPTERS } from './lib/domains.ts';
import { href } from './lib/href.ts';
import { getExam, PRIMARY_EXAM_ID, TAGGED_EXAM_IDS } from './lib/exams.ts';
import { questionTasks, tagTasks, validTag } from './lib/exam-tags.ts';
import { clientQuestion, examLine, type ClientQuestion, type PracticeQuestion } from './lib/study/payloads.ts';
import { practiceSets } from './lib/practice.ts';

export { questionTasks };

/** Links to the sections that teach a question (its refs), with "Page: Heading" labels. */
async function teacher() {
  const anchors = await pageAnchors();
  return (ref: string) => {
    const { page, anchor } = parseRef(ref);
    const target = anchors.get(page)!;
    return { href: href(refHref(ref)), label: `${target.title}: ${target.headings.get(anchor)}` };
  };
}

/** A question with the line naming its task on every exam, as the Question component and practice sets render it. */
export async function practiceQuestion({ id, data }: QuestionEntry): Promise<PracticeQuestion> {
  const tags = TAGGED_EXAM_IDS.map((examId) => ({ code: getExam(examId).code, tag: validTag(getExam(examId), data.exams?.[examId]) }));
  return { ...clientQuestion(id, data, questionTasks(data), await teacher()), line: examLine({ code: getExam(PRIMARY_EXAM_ID).code, task: data.task }, tags) };
}

/** Every question in the shape the mock exam uses, by id. */
export async function questionBank(): Promise<ClientQuestion[]> {
  const teach = await teacher();
  return (await allQuestions()).sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => clientQuestion(id, data, questionTasks(data), teach));
}

/** A content version of a page: changes whenever its source changes. */
export function pageVersion(body: string | undefined): string {
  return createHash('sha256').update(body ?? '').digest('hex').slice(0, 12);
}

/** Chapter pages in reading order, with what the progress page needs. */
export async function studyPages() {
  const docs = await getCollection('docs');
  return CHAPTERS.flatMap((d) =>
    sidebarOrder(docs.filter((e) => e.data.domain === d.slug)).map((e) => ({ id: e.id, title: e.data.title, domain: d.slug, tasks: e.data.tasks as string[], version: pageVersion(e.body) })),
  );
}

/** A flashcard with its tasks on the other exams (from its page's `exams` tags). */
export type BuildCard = Flashcard & { examTasks: Record<string, string[]> };

let cardsPromise: Promise<BuildCard[]> | undefined;

/** Every flashcard: facts and comparisons from pages, glossary terms, numbers. */
export function flashcards(): Promise<BuildCard[]> {
  cardsPromise ??= (async () => {
    const docs = sidebarOrder(await getCollection('docs'));
    const numbers = loadNumbers();
    const groups = new Map((await getCollection('numbers')).map((g) => [g.id, g.data.title]));
    const text = (id: string) => {
      const entry = numbers.get(id);
      return entry ? numberText(entry) : id;
    };
    const byId = new Map(docs.map((d) => [d.id, d]));
    // A card is about its page, so it counts for the exam tasks that page teaches.
    const examTasks = (pageId: string) =>
      Object.fromEntries(TAGGED_EXAM_IDS.map((id) => [id, tagTasks(getExam(id), byId.get(pageId)?.data.exams?.[id] ?? [])]));
    const cards: BuildCard[] = docs.flatMap((d) =>
      cardsFromPage({ id: d.id, title: d.data.title, domain: d.data.domain, tasks: d.data.tasks, body: d.body ?? '' }, text).map((c) => ({ ...c, examTasks: examTasks(d.id) })),
    );
    for (const g of await glossaryEntries()) {
      const pageId = g.data.page.split('#')[0]!;
      const page = byId.get(pageId);
      const card = page && termCard({ id: g.id, ...g.data }, { title: page.data.title, domain: page.data.domain, tasks: page.data.tasks });
      if (card) cards.push({ ...card, examTasks: examTasks(pageId) });
    }
    for (const [id, entry] of numbers) {
      const usedOn = docs.find((d) => d.data.domain && numberRefs(d.body ?? '').some((r) => r.id === id));
      const card = numberCard(id, { label: entry.label, text: numberText(entry), group: groups.get(entry.group) ?? entry.group }, usedOn && { id: usedOn.id, title: usedOn.data.title, domain: usedOn.data.domain, tasks: usedOn.data.tasks });
      if (card && usedOn) cards.push({ ...card, examTasks: examTasks(usedOn.id) });
    }
    const seen = new Set<string>();
    return cards.filter((c) => !seen.has(c.id) && seen.add(c.id)).map((c) => ({ ...c, href: href(c.href) }));
  })();
  return cardsPromise;
}

/** Every practice set of every current exam (src/lib/practice.ts), with its question entries. */
export async function allPracticeSets() {
  const questions = (await allQuestions()).map((q) => ({ id: q.id, tasks: questionTasks(q.data), entry: q }));
  return [PRIMARY_EXAM_ID, ...TAGGED_EXAM_IDS].flatMap((id) =>
    practiceSets(getExam(id), questions).map((s) => ({ path: s.path, examId: id, domain: s.domain, task: s.task, questions: s.questions.map((q) => q.entry) })),
  );
}

/** A JSON response for the data files in src/pages/data/. */
export const json = (data: unknown): Response => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
