/**
 * The successor exams and the crosswalk from every MLS-C01 task statement to the MLA exam. Task
 * titles are AWS's wording (exam guide domain pages); see the Exam status page for sources.
 * MLA-C02 replaced MLA-C01 on 29 September 2026 and keeps its task numbering, so a crosswalk to an
 * MLA-C01 task also names the MLA-C02 task with the same number.
 */
import { TASK_IDS } from './domains.ts';

export interface SuccessorTask {
  id: string;
  /** MLA-C01 title. */
  c01: string;
  /** MLA-C02 title of the same-numbered task. */
  c02: string;
}

export const MLA_DOMAINS = [
  { number: 1, c01: 'Data Preparation for Machine Learning (ML)', c01Weight: 28, c02: 'Data Preparation for ML and AI', c02Weight: 28 },
  { number: 2, c01: 'ML Model Development', c01Weight: 26, c02: 'ML Model and Foundation Model (FM) Development', c02Weight: 24 },
  { number: 3, c01: 'Deployment and Orchestration of ML Workflows', c01Weight: 22, c02: 'Deployment and Orchestration of ML and AI Workflows', c02Weight: 24 },
  { number: 4, c01: 'ML Solution Monitoring, Maintenance, and Security', c01Weight: 24, c02: 'Operating, Monitoring, and Securing ML and AI Solutions', c02Weight: 24 },
] as const;

export const MLA_TASKS: readonly SuccessorTask[] = [
  { id: '1.1', c01: 'Ingest and store data', c02: 'Collect and store data' },
  { id: '1.2', c01: 'Transform data and perform feature engineering', c02: 'Perform data transformation, feature engineering, and pre-processing' },
  { id: '1.3', c01: 'Ensure data integrity and prepare data for modeling', c02: 'Validate data quality and manage bias' },
  { id: '2.1', c01: 'Choose a modeling approach', c02: 'Choose appropriate modeling approaches for ML and AI solutions' },
  { id: '2.2', c01: 'Train and refine models', c02: 'Train, fine-tune, and customize models for ML and AI solutions' },
  { id: '2.3', c01: 'Analyze model performance', c02: 'Analyze and evaluate the performance of ML and AI systems' },
  { id: '3.1', c01: 'Select deployment infrastructure based on existing architecture and requirements', c02: 'Manage deployment infrastructure for ML and AI model types' },
  { id: '3.2', c01: 'Create and script infrastructure based on existing architecture and requirements', c02: 'Provision and configure resources for ML and AI workloads based on existing architecture and requirements' },
  { id: '3.3', c01: 'Use automated orchestration tools to set up continuous integration and continuous delivery (CI/CD) pipelines', c02: 'Implement automated orchestration and continuous integration and continuous delivery (CI/CD) pipelines for MLOps and AI workloads' },
  { id: '4.1', c01: 'Monitor model inference', c02: 'Monitor ML and AI model inference and performance' },
  { id: '4.2', c01: 'Monitor and optimize infrastructure and costs', c02: 'Optimize and manage ML and AI infrastructure costs and performance' },
  { id: '4.3', c01: 'Secure AWS resources', c02: 'Secure ML and AI workloads and model endpoints' },
];

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
