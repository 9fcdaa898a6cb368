/** Pure helpers for scenario questions: refs, the page a question belongs to, validation. */
import type { Question } from './schema.ts';

export interface QuestionEntry {
  /** Collection id: "<domain>/<file name without .yaml>". */
  id: string;
  data: Question;
}

/** What is known about one docs page when checking refs: its title and heading anchors. */
export interface PageAnchors {
  title: string;
  /** Heading slug → heading text. */
  headings: Map<string, string>;
}

/** Splits "folder/page#anchor" into its page id and anchor. */
export function parseRef(ref: string): { page: string; anchor: string } {
  const [page, anchor = ''] = ref.split('#');
  return { page: page!, anchor };
}

/** The site path of a docs page id: "data-engineering/glue" → "/data-engineering/glue/", "index" → "/". */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The site URL of a ref: "data-engineering/glue#crawlers" → "/data-engineering/glue/#crawlers". */
export function refHref(ref: string): string {
  const { page, anchor } = parseRef(ref);
  return `${pagePath(page)}${anchor ? `#${anchor}` : ''}`;
}

/** A question is shown on the page its first ref points to. */
export function homePage(question: Question): string {
  return parseRef(question.refs[0]!).page;
}

/** "single" when exactly one option is correct, else "multiple" (multiple response). */
export function questionKind(question: Question): 'single' | 'multiple' {
  return question.options.filter((o) => o.correct).length === 1 ? 'single' : 'multiple';
}

/** Letter of the option at this index (0 → "A"). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The questions whose home page is `pageId`, in a stable order (by id). */
export function questionsForPage<Q extends QuestionEntry>(questions: readonly Q[], pageId: string): Q[] {
  return questions.filter((q) => homePage(q.data) === pageId).sort((a, b) => a.id.localeCompare(b.id));
}

/** The source file of a question entry, for error messages. */
export function questionFile(id: string): string {
  return `src/content/questions/${id}.yaml`;
}

/** Why a "page#anchor" ref does not resolve, or undefined when it does. */
export function refProblem(ref: string, pages: ReadonlyMap<string, PageAnchors>): string | undefined {
  const { page, anchor } = parseRef(ref);
  const target = pages.get(page);
  if (!target) return `no page "${page}" (src/content/docs/${page}.mdx)`;
  if (anchor && !target.headings.has(anchor)) return `page "${page}" has no heading "#${anchor}" (headings: ${[...target.headings.keys()].join(', ')})`;
  return undefined;
}

/**
 * Every ref that points at a missing page or heading, as "file: refs[i] "ref": reason" lines.
 * Also reports a question stored in a folder other than its domain.
 */
export function brokenRefs(questions: readonly QuestionEntry[], pages: ReadonlyMap<string, PageAnchors>): string[] {
  const problems: string[] = [];
  for (const { id, data } of questions) {
    const file = questionFile(id);
    const folder = id.split('/')[0];
    if (folder !== data.domain) problems.push(`${file}: domain "${data.domain}" does not match its folder "${folder}"`);
    data.refs.forEach((ref, i) => {
      const problem = refProblem(ref, pages);
      if (problem) problems.push(`${file}: refs[${i}] "${ref}": ${problem}`);
    });
  }
  return problems;
}

/**
 * The questions a page shows on screen: at most `limit`, taken in turn from each skill (or task) they
 * exercise so the page's topics are all covered; `more` are the rest, which the page links to in the
 * practice sets. `keyOf` names a question's skill. Printed chapters show every question instead.
 */
export function questionsShownOnPage<Q>(questions: readonly Q[], limit: number, keyOf: (q: Q) => string): { shown: Q[]; more: Q[] } {
  if (questions.length <= limit) return { shown: [...questions], more: [] };
  const groups = new Map<string, Q[]>();
  for (const q of questions) (groups.get(keyOf(q)) ?? groups.set(keyOf(q), []).get(keyOf(q))!).push(q);
  const picked = new Set<Q>();
  for (let round = 0; picked.size < limit; round++) {
    for (const list of groups.values()) if (list[round] && picked.size < limit) picked.add(list[round]!);
  }
  return { shown: questions.filter((q) => picked.has(q)), more: questions.filter((q) => !picked.has(q)) };
}
