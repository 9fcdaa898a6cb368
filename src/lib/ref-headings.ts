/**
 * Does a question's ref point at a section whose heading names what the question tests? A ref is where
 * "Read more" sends a learner who got it wrong, so "#key-facts" or "#when-to-choose-it" (sections every
 * page has) or a heading that shares no word with the question sends them to hunt. Checked over the
 * built site by tests/site/question-refs.test.ts; the heuristic is words, so a few judged exceptions
 * are listed there with a reason.
 */
import { parseRef, questionFile, type PageAnchors } from './questions.ts';

/** Headings every page template uses: they name a kind of section, not a topic. */
export const GENERIC_HEADINGS = [
  'Key facts',
  'How it works',
  'When to choose it',
  'Exam traps',
  'Overview',
  'Summary',
  'A worked example',
  'What to do about it',
  'Scenario questions',
  'Check yourself',
] as const;

/** Words too common to show that a heading and a question are about the same thing. */
const STOP_WORDS = new Set(
  ('a an and are as at be by can do does for from how in into is it its not no of on or than that the their this to ' +
    'vs versus what when which who why with without your you use using used one two more most only each all any new ' +
    'aws amazon sagemaker ai model models data service services').split(' '),
);

/**
 * A word's comparable form: lower case, British and American spellings folded, common inflections
 * dropped ("Standardisation" and "standardized" both become "standard"). Hand-rolled because it only has
 * to fold plurals and -ise/-ize families for a same-topic test; a full stemmer would be a dependency for
 * nothing more.
 */
export function wordRoot(word: string): string {
  let w = word.toLowerCase();
  for (const [suffix, replacement] of [
    [/(is|iz)ations?$/, ''],
    [/ations?$/, 'ate'],
    [/(is|iz)(e|es|ed|ing|er|ers)$/, ''],
    [/ies$/, 'y'],
    [/(ings?|ed)$/, ''],
    [/([^s])s$/, '$1'],
  ] as const) {
    const next = w.replace(suffix, replacement);
    if (next !== w && next.length >= 3) {
      w = next;
      break;
    }
  }
  // "feature" and "features" (now "feature") end alike: drop a final e.
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

/** The topic words of a text: roots of its words, without stop words. Hyphenated words count whole and by part. */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().replace(/&amp;/g, '&').split(/[^a-z0-9-]+/)) {
    for (const w of [raw.replace(/-/g, ''), ...raw.split('-')]) if (w && !STOP_WORDS.has(w)) out.add(wordRoot(w));
  }
  return out;
}

/** Initials of a heading's words ("Retrieval-augmented generation" → "rag"), so an acronym in a question matches. */
function initials(heading: string): string {
  return heading
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

const generic = new Set(GENERIC_HEADINGS.map((h) => h.toLowerCase()));

export interface RefQuestion {
  /** Collection id, e.g. "modeling/alg-ip-insights-login". */
  id: string;
  stem: string;
  options: ReadonlyArray<{ text: string; explanation: string }>;
  refs: readonly string[];
}

export interface RefHeadingReport {
  refs: number;
  /** Refs to a whole page (no anchor). */
  pageOnly: string[];
  /** Refs to a template heading such as "Key facts". */
  generic: string[];
  /** Refs whose heading shares no topic word (or acronym) with the question. */
  unrelated: string[];
}

/**
 * Checks every ref's heading against its question. Refs that do not resolve are left to `brokenRefs`;
 * `allowed` holds "question id refs[i]" keys judged right despite the words.
 */
export function refHeadingReport(
  questions: readonly RefQuestion[],
  pages: ReadonlyMap<string, PageAnchors>,
  allowed: ReadonlySet<string> = new Set(),
): RefHeadingReport {
  const report: RefHeadingReport = { refs: 0, pageOnly: [], generic: [], unrelated: [] };
  for (const q of questions) {
    const words = topicWords([q.stem, ...q.options.flatMap((o) => [o.text, o.explanation])].join(' '));
    q.refs.forEach((ref, i) => {
      report.refs++;
      const key = `${q.id} refs[${i}]`;
      if (allowed.has(key)) return;
      const { page, anchor } = parseRef(ref);
      const file = `${questionFile(q.id)}: refs[${i}] "${ref}"`;
      if (!anchor) return void report.pageOnly.push(`${file}: points at a whole page; point at the section that teaches the answer`);
      const heading = pages.get(page)?.headings.get(anchor);
      if (heading === undefined) return;
      if (generic.has(heading.toLowerCase())) {
        return void report.generic.push(`${file}: "${heading}" is a section every page has; point at (or add) a section whose heading names what this question tests`);
      }
      const headingWords = topicWords(heading);
      if (![...headingWords].some((w) => words.has(w)) && !words.has(initials(heading))) {
        report.unrelated.push(`${file}: heading "${heading}" shares no word with the question; point at the section that teaches its answer, or name the section for what it teaches`);
      }
    });
  }
  return report;
}
