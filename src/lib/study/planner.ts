/**
 * The study planner: from an exam date and hours per week, gives every task statement a share of
 * the available hours in proportion to its exam weight × weakness, and lays the tasks out week by
 * week, largest share first, reserving time in the last week for a full mock exam.
 */
import type { Exam } from '../exams.ts';

/** What the planner needs of a blueprint: domains, weights, tasks and their titles. */
type Blueprint = Pick<Exam, 'domains'>;
import type { TaskMastery } from './mastery.ts';

export interface PlanInput {
  today: Date;
  examDate: Date;
  hoursPerWeek: number;
  mastery: readonly TaskMastery[];
  /** The exam planned for: its weights share out the hours. */
  exam: Blueprint;
}

export interface PlannedTask {
  task: string;
  title: string;
  domain: string;
  mastery: number;
  hours: number;
}

export interface Plan {
  weeks: number;
  totalHours: number;
  tasks: PlannedTask[];
  schedule: Array<{ week: number; tasks: Array<{ task: string; hours: number }>; mockExam: boolean }>;
  /** Why no plan could be made, if so. */
  problem?: string;
}

/** A task's share of the exam: its domain's weight split over the domain's task statements. */
export function taskWeight(taskId: string, exam: Blueprint): number {
  const domain = exam.domains.find((d) => d.tasks.some((t) => t.id === taskId))!;
  return domain.weight / domain.tasks.length;
}

/** Rounds hours to half-hours while keeping their total (largest remainder). */
function roundToHalves(values: number[], total: number): number[] {
  const halves = values.map((v) => v * 2);
  const out = halves.map(Math.floor);
  const order = halves.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; out.reduce((a, b) => a + b, 0) < Math.round(total * 2); k++) out[order[k % order.length]![1]]! += 1;
  return out.map((h) => h / 2);
}

export function studyPlan({ today, examDate, hoursPerWeek, mastery, exam }: PlanInput): Plan {
  const title = (taskId: string) => exam.domains.flatMap((d) => d.tasks).find((t) => t.id === taskId)!.title;
  const days = Math.ceil((examDate.getTime() - today.getTime()) / 86_400_000);
  if (!(hoursPerWeek > 0)) return { weeks: 0, totalHours: 0, tasks: [], schedule: [], problem: 'Enter the hours you can study each week.' };
  if (days < 1) return { weeks: 0, totalHours: 0, tasks: [], schedule: [], problem: 'Choose an exam date after today.' };
  const weeks = Math.max(1, Math.ceil(days / 7));
  const totalHours = Math.round(weeks * hoursPerWeek * 2) / 2;
  const mockHours = weeks > 1 ? Math.min(hoursPerWeek, 3) : 0;
  const studyHours = totalHours - mockHours;
  // Weakness never reaches zero, so even a mastered task keeps a little review time.
  const priority = mastery.map((m) => taskWeight(m.task, exam) * (1 - m.mastery + 0.1));
  const sum = priority.reduce((a, b) => a + b, 0);
  const hours = roundToHalves(priority.map((p) => (studyHours * p) / sum), studyHours);
  const tasks = mastery
    .map((m, i) => ({ task: m.task, title: title(m.task), domain: m.domain, mastery: m.mastery, hours: hours[i]! }))
    .sort((a, b) => b.hours - a.hours || a.task.localeCompare(b.task));

  // Fill the weeks in order, weakest-priority tasks first; a task may span weeks.
  const schedule: Plan['schedule'] = Array.from({ length: weeks }, (_, i) => ({ week: i + 1, tasks: [], mockExam: false }));
  const capacity = schedule.map((_, i) => (i === weeks - 1 ? hoursPerWeek - mockHours : hoursPerWeek));
  let w = 0;
  for (const t of tasks) {
    let left = t.hours;
    while (left > 0 && w < weeks) {
      const take = Math.min(left, capacity[w]!);
      if (take > 0) {
        schedule[w]!.tasks.push({ task: t.task, hours: take });
        capacity[w]! -= take;
        left -= take;
      }
      if (capacity[w]! <= 0) w++;
    }
  }
  if (mockHours > 0) schedule[weeks - 1]!.mockExam = true;
  return { weeks, totalHours, tasks, schedule };
}
