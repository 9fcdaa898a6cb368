/**
 * What a page teaches for exams other than its chapter's: the `exams` frontmatter, e.g.
 * `exams: { mla-c02: ['1.2.4#scaling', '3.3'] }`. A tag is a skill ("1.2.4") or, where no single
 * skill fits, a task ("3.3"), optionally with the anchor of the section that teaches it. An empty
 * list says the page's topic is not on that exam. From these tags come each skill's links on the
 * exam's page, the coverage counts and the "not on" notices.
 */
import { examSkills, examTasks, getExam, type Exam } from './exams.ts';
import { PRIMARY_EXAM_ID, TAGGED_EXAM_IDS } from './exam-ids.ts';

export interface ExamTag {
  /** "1.2.4" or "3.3". */
  id: string;
  kind: 'skill' | 'task';
  /** The task the tag belongs to ("1.2"). */
  task: string;
  anchor: string;
}

/** Reads "1.2.4#section" into its parts, or returns an error message. */
export function parseTag(exam: Exam, tag: string): ExamTag | string {
  const [id = '', anchor = '', extra] = tag.split('#');
  if (extra !== undefined || (tag.includes('#') && !/^[a-z0-9-]+$/.test(anchor))) return `"${tag}" is not "1.2.4" or "1.2.4#section-anchor"`;
  if (/^\d+\.\d+\.\d+$/.test(id)) {
    const skill = examSkills(exam).find((s) => s.id === id);
    return skill ? { id, kind: 'skill', task: skill.task.id, anchor } : `${exam.code} has no skill ${id}`;
  }
  if (/^\d+\.\d+$/.test(id)) {
    return examTasks(exam).some((t) => t.id === id) ? { id, kind: 'task', task: id, anchor } : `${exam.code} has no task ${id}`;
  }
  return `"${tag}" is not a ${exam.code} skill ("1.2.4") or task ("1.2")`;
}

/** A tag read into its parts, or undefined when there is none (null, missing) or it is invalid (the schema reports those). */
export function validTag(exam: Exam, tag: string | null | undefined): ExamTag | undefined {
  const parsed = tag ? parseTag(exam, tag) : undefined;
  return typeof parsed === 'string' ? undefined : parsed;
}

/** A question's task on every exam: MLS-C01 from `task`, the others from its `exams` tag (null where that exam does not ask it). */
export function questionTasks(data: { task?: string | undefined; exams?: Partial<Record<string, string | null>> | undefined }): Record<string, string | null> {
  const tasks: Record<string, string | null> = { [PRIMARY_EXAM_ID]: data.task ?? null };
  for (const id of TAGGED_EXAM_IDS) tasks[id] = validTag(getExam(id), data.exams?.[id])?.task ?? null;
  return tasks;
}

export interface TaggedPage {
  id: string;
  title: string;
  /** The page's tags for this exam; undefined when the page has none yet. */
  tags: readonly string[] | undefined;
}

export interface Teaching {
  page: string;
  title: string;
  anchor: string;
}

export interface Coverage {
  /** Per skill id: the page sections that teach it. */
  skills: Map<string, Teaching[]>;
  /** Per task id: pages tagged with the whole task. */
  tasks: Map<string, Teaching[]>;
  /** Pages that say their topic is not on the exam. */
  notOnExam: TaggedPage[];
  /** Pages not tagged for the exam at all. */
  untagged: TaggedPage[];
  taught: number;
  total: number;
}

/** Which skills the pages teach, from their tags (invalid tags are skipped: the schema reports them). */
export function examCoverage(exam: Exam, pages: readonly TaggedPage[]): Coverage {
  const skills = new Map(examSkills(exam).map((s) => [s.id, [] as Teaching[]]));
  const tasks = new Map(examTasks(exam).map((t) => [t.id, [] as Teaching[]]));
  const notOnExam: TaggedPage[] = [];
  const untagged: TaggedPage[] = [];
  for (const page of pages) {
    if (!page.tags) untagged.push(page);
    else if (!page.tags.length) notOnExam.push(page);
    for (const tag of page.tags ?? []) {
      const t = parseTag(exam, tag);
      if (typeof t === 'string') continue;
      (t.kind === 'skill' ? skills : tasks).get(t.id)!.push({ page: page.id, title: page.title, anchor: t.anchor });
    }
  }
  const taught = [...skills.values()].filter((list) => list.length).length;
  return { skills, tasks, notOnExam, untagged, taught, total: skills.size };
}

/** The tasks a page's tags touch, in exam order: "1.2.4" and "1.2.7" → ["1.2"]. */
export function tagTasks(exam: Exam, tags: readonly string[]): string[] {
  const touched = new Set(tags.map((tag) => parseTag(exam, tag)).flatMap((t) => (typeof t === 'string' ? [] : [t.task])));
  return examTasks(exam).map((t) => t.id).filter((id) => touched.has(id));
}

/** The anchor of a skill or task on the exam's page: "1.2.4" → "skill-1-2-4", "1.2" → "task-1-2". */
export function examAnchor(id: string): string {
  return `${id.split('.').length === 3 ? 'skill' : 'task'}-${id.replaceAll('.', '-')}`;
}

export interface ChapterTask {
  task: ReturnType<typeof examTasks>[number];
  skills: Array<{ skill: ReturnType<typeof examSkills>[number]; teaching: Teaching[] }>;
}

/**
 * The skills a set of pages (one chapter) teaches, grouped by the exam's tasks in exam order: only
 * tasks and skills with at least one teaching section are listed.
 */
export function chapterSkills(exam: Exam, pages: readonly TaggedPage[]): ChapterTask[] {
  const { skills } = examCoverage(exam, pages);
  return examTasks(exam).flatMap((task) => {
    const taught = examSkills(exam)
      .filter((s) => s.task.id === task.id && skills.get(s.id)!.length > 0)
      .map((skill) => ({ skill, teaching: skills.get(skill.id)! }));
    return taught.length ? [{ task, skills: taught }] : [];
  });
}
