/**
 * Build-time data for the study tools (Astro runtime): the question bank in the shape the browser
 * needs, the flashcards generated from the content, and a content version per page (so a "studied"
 * mark expires when the page changes).
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { allQuestions, glossaryEntries, pageAnchors } from './site-data.ts';
import { loadNumbers, numberRefs, numberText } from './lib/numbers.ts';
import { optionLetter, parseRef, questionKind, refHref } from './lib/questions.ts';
import { cardsFromPage, numberCard, termCard, type Flashcard } from './lib/study/cards.ts';
import { sidebarOrder } from './lib/print.ts';
import { CHAPTERS } from './lib/domains.ts';
import { href } from './lib/href.ts';
import { getExam, TAGGED_EXAM_IDS } from './lib/exams.ts';
import { questionTasks, tagTasks } from './lib/exam-tags.ts';

export { questionTasks };

/** A question as the practice and mock exam scripts use it. */
export interface ClientQuestion {
  id: string;
  domain: string;
  /** Its MLS-C01 task; absent in chapters outside MLS-C01. */
  task?: string | undefined;
  /** Its task on each exam ("mls-c01" → "3.2", "mla-c02" → "2.1"), or null where that exam does not ask it. */
  tasks: Record<string, string | null>;
  kind: 'single' | 'multiple';
  stem: string;
  options: Array<{ letter: string; text: string; explanation: string }>;
  correct: number[];
  refs: Array<{ href: string; label: string }>;
}

export async function questionBank(): Promise<ClientQuestion[]> {
  const anchors = await pageAnchors();
  return (await allQuestions())
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      domain: data.domain,
      task: data.task,
      tasks: questionTasks(data),
      kind: questionKind(data),
      stem: data.stem,
      options: data.options.map((o, i) => ({ letter: optionLetter(i), text: o.text, explanation: o.explanation })),
      correct: data.options.flatMap((o, i) => (o.correct ? [i] : [])),
      refs: data.refs.map((ref) => {
        const { page, anchor } = parseRef(ref);
        const target = anchors.get(page)!;
        return { href: href(refHref(ref)), label: `${target.title}: ${target.headings.get(anchor)}` };
      }),
    }));
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
export type ClientCard = Flashcard & { examTasks: Record<string, string[]> };

let cardsPromise: Promise<ClientCard[]> | undefined;

/** Every flashcard: facts and comparisons from pages, glossary terms, numbers. */
export function flashcards(): Promise<ClientCard[]> {
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
    const cards: ClientCard[] = docs.flatMap((d) =>
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
