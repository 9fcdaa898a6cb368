/**
 * Reads the content collections for components and routes (needs the Astro runtime; the pure
 * logic lives in src/lib). Results are memoised: a build renders every page in one process.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { brokenRefs, questionsForPage, refProblem, type PageAnchors } from './lib/questions.ts';
import { pageProblems } from './lib/page-rules.ts';
import { CHAPTERS, CHAPTER_SLUGS, DOMAIN_SLUGS, chapterOfEntry, getChapter, getDomain, taskAnchor } from './lib/domains.ts';
import { numberGroupChapters } from './lib/numbers.ts';
import { getExam, type TaggedExamId } from './lib/exams.ts';
import { chapterSkills, examCoverage, parseTag, type Coverage } from './lib/exam-tags.ts';
import { sidebarOrder } from './lib/print.ts';

export type DocsEntry = CollectionEntry<'docs'>;
export type QuestionEntry = CollectionEntry<'questions'>;
export type ServiceEntry = CollectionEntry<'services'>;

let docsById: Promise<Map<string, DocsEntry>> | undefined;

/** The docs collection entry behind a route id, or undefined for pages built with <StarlightPage>. */
export async function contentEntry(id: string): Promise<DocsEntry | undefined> {
  docsById ??= getCollection('docs').then((docs) => new Map(docs.map((e) => [e.id, e])));
  // Starlight gives the home page the route id "" while its collection id is "index".
  return (await docsById).get(id || 'index');
}

let anchorsPromise: Promise<Map<string, PageAnchors>> | undefined;

/** Title and heading anchors of every docs page, keyed by page id. */
export function pageAnchors(): Promise<Map<string, PageAnchors>> {
  anchorsPromise ??= (async () => {
    const map = new Map<string, PageAnchors>();
    for (const entry of await getCollection('docs')) {
      const { headings } = await render(entry);
      map.set(entry.id, { title: entry.data.title, headings: new Map(headings.map((h) => [h.slug, h.text])) });
    }
    return map;
  })();
  return anchorsPromise;
}

let checked: Promise<QuestionEntry[]> | undefined;

/** All questions, after checking that every ref resolves (throws listing each broken ref). */
export function allQuestions(): Promise<QuestionEntry[]> {
  checked ??= (async () => {
    const questions = await getCollection('questions');
    const problems = brokenRefs(questions, await pageAnchors());
    if (problems.length) throw new Error(`Broken question refs:\n${problems.join('\n')}`);
    return questions;
  })();
  return checked;
}

/** All glossary entries, after checking that each one's teaching page and heading exist. */
export async function glossaryEntries() {
  const entries = await getCollection('glossary');
  const pages = await pageAnchors();
  const problems = entries.flatMap((e) => {
    const problem = refProblem(e.data.page, pages);
    return problem ? [`src/content/glossary.yaml: ${e.id}.page "${e.data.page}": ${problem}`] : [];
  });
  if (problems.length) throw new Error(`Broken glossary pages:\n${problems.join('\n')}`);
  return entries;
}

/** The questions shown on this page (those whose first ref points here). */
export async function questionsOn(pageId: string): Promise<QuestionEntry[]> {
  return questionsForPage(await allQuestions(), pageId);
}

/** The services a page declares, resolved (the schema already rejected unknown ids). */
export async function servicesOf(entry: DocsEntry): Promise<ServiceEntry[]> {
  const found = await Promise.all(entry.data.services.map((ref) => getEntry(ref)));
  return found.filter((s): s is ServiceEntry => Boolean(s));
}

/** The most recent `lastVerified` of any page: the verified date of pages generated from them all. */
export async function newestVerified(): Promise<Date> {
  const docs = await getCollection('docs');
  return new Date(Math.max(...docs.map((d) => d.data.lastVerified.getTime())));
}

type TocItem = { depth: number; slug: string; text: string; children: TocItem[] };

/**
 * Headings that components render (so Markdown never sees them), for the page's table of contents:
 * task statements on chapter overviews, service groups on Numbers to know.
 */
export async function componentHeadings(pageId: string): Promise<TocItem[]> {
  if ((DOMAIN_SLUGS as string[]).includes(pageId)) {
    const tasks = getDomain(pageId).tasks.map((t) => ({ depth: 3, slug: taskAnchor(t.id), text: `Task ${t.id}`, children: [] }));
    return [
      { depth: 2, slug: 'task-statements', text: 'Task statements', children: tasks },
      { depth: 2, slug: 'pages-in-this-chapter', text: 'Pages in this chapter', children: [] },
    ];
  }
  if ((CHAPTER_SLUGS as string[]).includes(pageId)) {
    // A chapter outside MLS-C01: the exam tasks its pages teach (as ChapterOverview renders them).
    const exam = getExam(getChapter(pageId).exam!);
    const pages = (await getCollection('docs', (e) => e.data.domain === pageId && e.id !== pageId)).map((p) => ({ id: p.id, title: p.data.title, tags: p.data.exams?.[exam.id as TaggedExamId] ?? [] }));
    const tasks = chapterSkills(exam, pages).map(({ task }) => ({ depth: 3, slug: taskAnchor(task.id), text: `Task ${task.id}`, children: [] }));
    return [
      { depth: 2, slug: 'skills-in-this-chapter', text: 'Skills in this chapter', children: tasks },
      { depth: 2, slug: 'pages-in-this-chapter', text: 'Pages in this chapter', children: [] },
    ];
  }
  if (NUMBER_PAGES[pageId] !== undefined) {
    return (await numberGroupsOn(pageId)).map((g) => ({ depth: 2, slug: g.id, text: g.data.title, children: [] }));
  }
  return [];
}

/** Fails the build, naming the file, when a page breaks a rule its schema cannot express. */
export function checkPage(entry: DocsEntry): void {
  const problems = pageProblems({ ...entry.data, id: entry.id, file: entry.filePath ?? `src/content/docs/${entry.id}.mdx` });
  if (problems.length) throw new Error(problems.join('\n'));
}

const coverageByExam = new Map<string, Promise<Coverage & { headings: Map<string, PageAnchors> }>>();

/**
 * What the pages teach for an exam, from their `exams` tags, after checking that every tagged
 * section exists (throws naming the file, the field and the anchor).
 */
export function examCoverageFor(examId: string) {
  if (!coverageByExam.has(examId)) {
    coverageByExam.set(
      examId,
      (async () => {
        const exam = getExam(examId);
        const docs = (await getCollection('docs')).filter((d) => d.data.domain || d.data.exams?.[examId as TaggedExamId]);
        const headings = await pageAnchors();
        const problems: string[] = [];
        for (const d of docs) {
          (d.data.exams?.[examId as TaggedExamId] ?? []).forEach((tag, i) => {
            const parsed = parseTag(exam, tag);
            if (typeof parsed !== 'string' && parsed.anchor && !headings.get(d.id)?.headings.has(parsed.anchor)) {
              problems.push(`${d.filePath ?? d.id}: exams.${examId}[${i}] "${tag}": the page has no section #${parsed.anchor}`);
            }
          });
        }
        if (problems.length) throw new Error(`Exam tags pointing at missing sections:\n${problems.join('\n')}`);
        const ordered = [...CHAPTER_SLUGS.flatMap((slug) => sidebarOrder(docs.filter((d) => d.data.domain === slug))), ...sidebarOrder(docs.filter((d) => !d.data.domain))];
        const pages = ordered.map((d) => ({ id: d.id, title: d.data.title, tags: d.data.exams?.[examId as TaggedExamId] }));
        return { ...examCoverage(exam, pages), headings };
      })(),
    );
  }
  return coverageByExam.get(examId)!;
}

/**
 * The "Numbers to know" pages: the numbers of each chapter outside MLS-C01 (src/data/chapters.json) on
 * a page of its own, reference/numbers-<chapter>, the rest on reference/numbers, so that no page grows
 * past what a phone loads quickly. A group goes with the chapter when every page that uses its numbers
 * is in that chapter.
 */
export const NUMBER_PAGES: Record<string, string | null> = {
  'reference/numbers': null,
  ...Object.fromEntries(CHAPTERS.filter((c) => c.exam).map((c) => [`reference/numbers-${c.slug}`, c.slug])),
};

/** The number groups shown on one of NUMBER_PAGES, in title order. */
export async function numberGroupsOn(pageId: string) {
  const separate = new Set(Object.values(NUMBER_PAGES).filter((c): c is string => c !== null));
  const docs = await getCollection('docs');
  const chapters = numberGroupChapters(docs.map((d) => ({ id: d.id, chapter: chapterOfEntry(d.id), body: d.body ?? '' })), separate);
  return (await getCollection('numbers')).filter((g) => (chapters.get(g.id) ?? null) === NUMBER_PAGES[pageId]).sort((a, b) => a.data.title.localeCompare(b.data.title));
}
