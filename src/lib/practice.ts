/**
 * Practice sets: for each exam, one set per domain and one per task, holding the questions whose task
 * on that exam falls there. The primary exam's sets keep their short paths (/practice/modeling/,
 * /practice/task-3-2/); another exam's sets sit under its id (/practice/mla-c02/model-development/).
 */
import type { Exam, ExamDomain, Task } from './exams.ts';
import { PRIMARY_EXAM_ID } from './exam-ids.ts';
import { taskAnchor } from './domains.ts';

export interface PracticeSet<Q> {
  /** Path below /practice/, without slashes at the ends: "modeling", "mla-c02/task-2-1". */
  path: string;
  exam: Exam;
  domain: ExamDomain;
  task?: Task;
  questions: Q[];
}

/** The path of an exam's practice set for a domain slug or a task id. */
export function practicePath(exam: Pick<Exam, 'id'>, domainOrTask: { slug: string } | { id: string }): string {
  const leaf = 'slug' in domainOrTask ? domainOrTask.slug : taskAnchor(domainOrTask.id);
  return exam.id === PRIMARY_EXAM_ID ? leaf : `${exam.id}/${leaf}`;
}

/** Every non-empty set of an exam, domains first then their tasks, questions in task then id order. */
export function practiceSets<Q extends { id: string; tasks: Record<string, string | null> }>(exam: Exam, questions: readonly Q[]): PracticeSet<Q>[] {
  const taskOf = (q: Q) => q.tasks[exam.id] ?? null;
  const sorted = [...questions].filter((q) => taskOf(q)).sort((a, b) => taskOf(a)!.localeCompare(taskOf(b)!) || a.id.localeCompare(b.id));
  const sets: PracticeSet<Q>[] = [];
  for (const domain of exam.domains) {
    const ids = new Set(domain.tasks.map((t) => t.id));
    sets.push({ path: practicePath(exam, domain), exam, domain, questions: sorted.filter((q) => ids.has(taskOf(q)!)) });
    for (const task of domain.tasks) sets.push({ path: practicePath(exam, task), exam, domain, task, questions: sorted.filter((q) => taskOf(q) === task.id) });
  }
  return sets.filter((s) => s.questions.length > 0);
}

/**
 * Where a list of questions can be practised: for each, the set of its task on `exams[0]`, or on the
 * next exam that asks it; one entry per set with the number of those questions, in label order.
 */
export function practiceSetsFor(questions: ReadonlyArray<{ tasks: Record<string, string | null> }>, exams: readonly Exam[]): Array<{ path: string; label: string; count: number }> {
  const sets = new Map<string, { path: string; label: string; count: number }>();
  for (const q of questions) {
    const exam = exams.find((e) => q.tasks[e.id]);
    if (!exam) continue;
    const task = q.tasks[exam.id]!;
    const path = practicePath(exam, { id: task });
    const set = sets.get(path) ?? sets.set(path, { path, label: `${exam.code} task ${task}`, count: 0 }).get(path)!;
    set.count++;
  }
  return [...sets.values()].sort((a, b) => a.label.localeCompare(b.label));
}
