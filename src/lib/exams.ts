/**
 * Exam blueprints as data: one JSON file per exam in src/data/exams/, all in the same shape
 * (domains with weights, task statements, and where AWS numbers them, skills). The guide's chapters
 * follow MLS-C01 (the primary exam); other exams are ways through the same pages, tagged in each
 * page's `exams` frontmatter. To add an exam: add its JSON file and list it in BLUEPRINTS below.
 * Every blueprint is checked when this module loads, so bad data stops the build naming file and field.
 */
import mlsC01 from '../data/exams/mls-c01.json' with { type: 'json' };
import mlaC01 from '../data/exams/mla-c01.json' with { type: 'json' };
import mlaC02 from '../data/exams/mla-c02.json' with { type: 'json' };
import { TAGGED_EXAM_IDS, type TaggedExamId } from './exam-ids.ts';

export interface Skill {
  /** "1.2.7" where AWS numbers skills (MLA); absent where it does not (MLS-C01). */
  id?: string;
  text: string;
  /** New in this version of the exam. */
  added?: boolean;
}
export interface Task {
  /** "1.2": domain number, dot, task number. */
  id: string;
  title: string;
  skills: readonly Skill[];
}
export interface ExamDomain {
  number: number;
  slug: string;
  name: string;
  /** Share of scored content, in percent; a blueprint's weights add up to 100. */
  weight: number;
  tasks: readonly Task[];
}
export interface Exam {
  /** "mla-c02": file name, URL segment and frontmatter key. */
  id: string;
  /** "MLA-C02", as AWS writes it. */
  code: string;
  name: string;
  source: { title: string; url: string };
  /** Where the skills' wording comes from, when it is not all AWS's own. */
  skillWording?: string;
  domains: readonly ExamDomain[];
  /** The mock exam's form for this exam: questions, minutes and where the time comes from. */
  mock?: { questions: number; minutes: number; note: string };
  /** Skills of the previous version that this one dropped. */
  removed?: ReadonlyArray<{ task: string; text: string }>;
}

/** Problems with a blueprint, each naming the file and the field. */
export function blueprintProblems(exam: Exam, file = `src/data/exams/${exam.id}.json`): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${file}: ${field}: ${message}`);
  if (!/^[a-z]{3}-c\d{2}$/.test(exam.id)) at('id', `"${exam.id}" is not an exam id like "mla-c02"`);
  if (!exam.domains.length) at('domains', 'an exam needs at least one domain');
  if (exam.mock && !(exam.mock.questions > 0 && exam.mock.minutes > 0)) at('mock', 'questions and minutes must be positive');
  const total = exam.domains.reduce((sum, d) => sum + d.weight, 0);
  if (total !== 100) at('domains[].weight', `weights add up to ${total}, not 100`);
  const seen = new Set<string>();
  exam.domains.forEach((d, i) => {
    if (d.number !== i + 1) at(`domains[${i}].number`, `expected ${i + 1}, found ${d.number}`);
    if (!/^[a-z0-9-]+$/.test(d.slug)) at(`domains[${i}].slug`, `"${d.slug}" must be lowercase letters, digits and hyphens`);
    if (!d.tasks.length) at(`domains[${i}].tasks`, 'a domain needs at least one task');
    d.tasks.forEach((t, j) => {
      if (!t.id.startsWith(`${d.number}.`) || !/^\d+\.\d+$/.test(t.id)) at(`domains[${i}].tasks[${j}].id`, `"${t.id}" is not a task of domain ${d.number}`);
      if (seen.has(t.id)) at(`domains[${i}].tasks[${j}].id`, `"${t.id}" appears twice`);
      seen.add(t.id);
      t.skills.forEach((s, k) => {
        if (s.id === undefined) return;
        if (!s.id.startsWith(`${t.id}.`) || !/^\d+\.\d+\.\d+$/.test(s.id)) at(`domains[${i}].tasks[${j}].skills[${k}].id`, `"${s.id}" is not a skill of task ${t.id}`);
        if (seen.has(s.id)) at(`domains[${i}].tasks[${j}].skills[${k}].id`, `"${s.id}" appears twice`);
        seen.add(s.id);
      });
    });
  });
  return problems;
}

/** Every blueprint, the guide's primary exam (its chapters) first. */
export const BLUEPRINTS: readonly Exam[] = [mlsC01, mlaC01, mlaC02];
{
  const problems = BLUEPRINTS.flatMap((exam) => blueprintProblems(exam));
  if (problems.length) throw new Error(`Exam blueprint data is invalid:\n${problems.join('\n')}`);
}

export { PRIMARY_EXAM_ID, TAGGED_EXAM_IDS, type TaggedExamId } from './exam-ids.ts';

/** A blueprint without its skills: what browser code needs (domains, weights, task titles, mock form). */
export function examForm(exam: Exam): Exam {
  return { ...exam, skillWording: undefined, removed: undefined, domains: exam.domains.map((d) => ({ ...d, tasks: d.tasks.map((t) => ({ id: t.id, title: t.title, skills: [] })) })) };
}

/** The exam with this id, or throws naming the known ones. */
export function getExam(id: string): Exam {
  const exam = BLUEPRINTS.find((e) => e.id === id);
  if (!exam) throw new Error(`Unknown exam "${id}". Known exams: ${BLUEPRINTS.map((e) => e.id).join(', ')}`);
  return exam;
}

/** Every task of an exam, with its domain. */
export function examTasks(exam: Exam): Array<Task & { domain: ExamDomain }> {
  return exam.domains.flatMap((domain) => domain.tasks.map((t) => ({ ...t, domain })));
}

/** Exams that have a mock exam form, in the order learners see them: the current exam first. */
export function mockExams(): Exam[] {
  return [...BLUEPRINTS].filter((e) => e.mock).sort((a, b) => Number(TAGGED_EXAM_IDS.includes(b.id as TaggedExamId)) - Number(TAGGED_EXAM_IDS.includes(a.id as TaggedExamId)));
}

/** Every numbered skill of an exam, with its task. */
export function examSkills(exam: Exam): Array<Skill & { id: string; task: Task & { domain: ExamDomain } }> {
  return examTasks(exam).flatMap((task) => task.skills.flatMap((s) => (s.id ? [{ ...s, id: s.id, task }] : [])));
}
