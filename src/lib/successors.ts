/**
 * The successor exams and the crosswalk from every MLS-C01 task statement to the MLA exam. Task
 * titles are AWS's wording (exam guide domain pages); see the Exam status page for sources.
 * MLA-C02 replaced MLA-C01 on 29 September 2026 and keeps its task numbering, so a crosswalk to an
 * MLA-C01 task also names the MLA-C02 task with the same number. Names, weights and titles come
 * from the blueprints in src/data/exams/.
 */
import { TASK_IDS } from './domains.ts';
import { examTasks, getExam } from './exams.ts';

export interface SuccessorTask {
  id: string;
  /** MLA-C01 title. */
  c01: string;
  /** MLA-C02 title of the same-numbered task. */
  c02: string;
}

const c01 = getExam('mla-c01');
const c02 = getExam('mla-c02');

/** MLA domains side by side: C01 and C02 names and weights (from src/data/exams/). */
export const MLA_DOMAINS = c02.domains.map((d, i) => ({ number: d.number, c01: c01.domains[i]!.name, c01Weight: c01.domains[i]!.weight, c02: d.name, c02Weight: d.weight }));

/** MLA tasks side by side: C02 keeps C01's numbering. */
export const MLA_TASKS: readonly SuccessorTask[] = examTasks(c02).map((t) => ({ id: t.id, c01: examTasks(c01).find((x) => x.id === t.id)?.title ?? '', c02: t.title }));

/** Every MLS-C01 task → the MLA tasks that cover it, and how well. */
export const CROSSWALK: Record<string, { mla: string[]; coverage: 'full' | 'partial' | 'light'; note: string }> = {
  '1.1': { mla: ['1.1'], coverage: 'full', note: 'Choosing storage (S3, EFS, FSx, databases) and data formats is MLA task 1.1.' },
  '1.2': { mla: ['1.1', '3.3'], coverage: 'full', note: 'Streaming and batch ingestion is in MLA 1.1; scheduling and orchestration of pipelines moves to 3.3.' },
  '1.3': { mla: ['1.2'], coverage: 'full', note: 'ETL with Glue, EMR and Spark is part of MLA 1.2.' },
  '2.1': { mla: ['1.2', '1.3'], coverage: 'full', note: 'Cleaning, scaling and labeling are MLA 1.2; data integrity, bias and splitting are 1.3.' },
  '2.2': { mla: ['1.2'], coverage: 'full', note: 'Encoding, binning, dimensionality reduction and text features are MLA 1.2.' },
  '2.3': { mla: ['1.3', '2.3'], coverage: 'light', note: 'MLA tests data quality and bias checks (1.3) and model analysis (2.3); charts and descriptive statistics are tested far less than on MLS.' },
  '3.1': { mla: ['2.1'], coverage: 'full', note: 'Framing the problem and choosing ML versus AI services is MLA 2.1.' },
  '3.2': { mla: ['2.1'], coverage: 'full', note: 'Choosing algorithms, built-in algorithms and foundation models is MLA 2.1.' },
  '3.3': { mla: ['2.2'], coverage: 'full', note: 'Training jobs, compute and distributed training are MLA 2.2.' },
  '3.4': { mla: ['2.2'], coverage: 'partial', note: 'Hyperparameter tuning and regularisation are in MLA 2.2, with less depth on the underlying mathematics.' },
  '3.5': { mla: ['2.3'], coverage: 'full', note: 'Metrics, confusion matrices, bias and variance, A/B testing are MLA 2.3.' },
  '4.1': { mla: ['3.1', '3.2', '4.2'], coverage: 'full', note: 'Scalable, resilient deployment is MLA 3.1 and 3.2; rightsizing and cost are 4.2.' },
  '4.2': { mla: ['2.1', '4.2'], coverage: 'partial', note: 'Choosing AI services versus custom models is MLA 2.1; quotas and cost are 4.2. Several MLS-era AI services have since closed to new customers.' },
  '4.3': { mla: ['4.3'], coverage: 'full', note: 'IAM, encryption, VPC isolation and data protection are MLA 4.3.' },
  '4.4': { mla: ['3.1', '3.3', '4.1'], coverage: 'full', note: 'Endpoints and variants are MLA 3.1, retraining pipelines 3.3, and monitoring and drift 4.1.' },
};

/** Problems with the crosswalk: an MLS task without a row, or a row pointing at an MLA task that does not exist. */
export function crosswalkProblems(): string[] {
  const mla = new Set(MLA_TASKS.map((t) => t.id));
  const problems = TASK_IDS.filter((id) => !CROSSWALK[id]).map((id) => `MLS-C01 task ${id} has no crosswalk row`);
  for (const [id, row] of Object.entries(CROSSWALK)) {
    for (const m of row.mla) if (!mla.has(m)) problems.push(`MLS-C01 task ${id} maps to unknown MLA task ${m}`);
  }
  return problems;
}
