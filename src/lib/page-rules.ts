/** Rules about a study page that no single frontmatter field's schema can express. */
import { chapterOfEntry, getChapter } from './domains.ts';
import { isOfficialUrl, type Source } from './schema.ts';
import { getExam, TAGGED_EXAM_IDS } from './exams.ts';

export interface PageFacts {
  /** Collection id, e.g. "data-engineering/glue". */
  id: string;
  /** Source file, for messages. */
  file: string;
  domain?: string | undefined;
  tasks: readonly string[];
  services: readonly unknown[];
  sources: readonly Source[];
  /** Tags for the other current exams (`exams` frontmatter). */
  exams?: Partial<Record<string, readonly string[] | undefined>> | undefined;
}

/** Problems with a page, each starting with its file name (empty when the page is fine). */
export function pageProblems(page: PageFacts): string[] {
  const problems: string[] = [];
  const say = (msg: string) => problems.push(`${page.file}: ${msg}`);
  const folder = chapterOfEntry(page.id);
  const chapter = folder ? getChapter(folder) : undefined;
  if (page.id.split('/').length > 2) say('pages sit directly in a domain folder (no sub-folders), so chapters print in sidebar order');
  if (folder && page.domain !== folder) say(`frontmatter "domain" must be "${folder}" (the folder the page is in), found "${page.domain ?? '(missing)'}"`);
  if (!folder && page.domain) say(`frontmatter "domain" is "${page.domain}" but the page is not in that folder; move it to src/content/docs/${page.domain}/`);
  if (chapter?.domain && page.tasks.length === 0) {
    say(`frontmatter "tasks" must list the exam task statements the page teaches (e.g. ["${chapter.domain.tasks[0]!.id}"])`);
  }
  if (chapter?.exam) {
    if (page.tasks.length > 0) say(`frontmatter "tasks" lists MLS-C01 tasks, but the ${chapter.name} chapter is not on MLS-C01: leave it out`);
    if (page.id !== chapter.slug && !page.exams?.[chapter.exam]?.length) {
      say(`frontmatter "exams" must list the ${getExam(chapter.exam).code} skills the page teaches, e.g. exams: { ${chapter.exam}: ['3.2.7#section'] }`);
    }
  }
  for (const exam of TAGGED_EXAM_IDS) {
    // A chapter outside MLS-C01 lists its skills on its index page (ChapterOverview), which needs no tags of its own.
    const examChapterIndex = chapter?.exam !== undefined && page.id === chapter.slug;
    if (folder && !examChapterIndex && page.exams?.[exam] === undefined) {
      say(`frontmatter "exams" must say what the page teaches for ${getExam(exam).code}, e.g. exams: { ${exam}: ['1.2.4#section'] }, or [] when ${getExam(exam).code} does not test it`);
    }
  }
  if (page.services.length > 0 && !page.sources.some((s) => isOfficialUrl(s.url))) {
    say('frontmatter "sources" must include official AWS documentation (docs.aws.amazon.com or aws.amazon.com) for a page about AWS services');
  }
  return problems;
}
