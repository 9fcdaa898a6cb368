/**
 * The MLS-C01 exam blueprint: domains, weights and the 15 task statements. This is the one place
 * they are written down; the sidebar, the domain index pages and every schema read them from here.
 * Source: the AWS exam guide (https://docs.aws.amazon.com/aws-certification/latest/machine-learning-specialty-01/machine-learning-specialty-01.html).
 */

export interface TaskStatement {
  /** "1.2" — domain number, dot, task number. */
  id: string;
  /** The task statement as the exam guide words it. */
  title: string;
  /** The knowledge and skills the guide lists under the task (abridged). */
  skills: readonly string[];
}

export interface Domain {
  /** URL slug and content folder name. */
  slug: string;
  /** Domain number in the exam guide. */
  number: number;
  name: string;
  /** Share of scored content, in percent. */
  weight: number;
  tasks: readonly TaskStatement[];
}

export const DOMAINS = [
  {
    slug: 'data-engineering',
    number: 1,
    name: 'Data Engineering',
    weight: 20,
    tasks: [
      {
        id: '1.1',
        title: 'Create data repositories for ML',
        skills: [
          'Identify data sources (for example, content and location, primary sources such as user data)',
          'Determine storage mediums (for example, databases, Amazon S3, Amazon EFS, Amazon EBS)',
        ],
      },
      {
        id: '1.2',
        title: 'Identify and implement a data ingestion solution',
        skills: [
          'Identify data job styles and job types (for example, batch load, streaming)',
          'Orchestrate data ingestion pipelines (batch-based and streaming-based ML workloads): Amazon Kinesis, Amazon Data Firehose, Amazon EMR, AWS Glue, Amazon Managed Service for Apache Flink',
          'Schedule jobs',
        ],
      },
      {
        id: '1.3',
        title: 'Identify and implement a data transformation solution',
        skills: [
          'Transform data in transit (ETL, AWS Glue, Amazon EMR, AWS Batch)',
          'Handle ML-specific data by using MapReduce (for example, Apache Hadoop, Apache Spark, Apache Hive)',
        ],
      },
    ],
  },
  {
    slug: 'exploratory-data-analysis',
    number: 2,
    name: 'Exploratory Data Analysis',
    weight: 24,
    tasks: [
      {
        id: '2.1',
        title: 'Sanitize and prepare data for modeling',
        skills: [
          'Identify and handle missing data, corrupt data, and stop words',
          'Format, normalize, augment, and scale data',
          'Determine whether there is sufficient labeled data; identify mitigation strategies; use data labeling tools (for example, Amazon Mechanical Turk)',
        ],
      },
      {
        id: '2.2',
        title: 'Perform feature engineering',
        skills: [
          'Identify and extract features from datasets, including from data sources such as text, speech, images, and public datasets',
          'Analyze and evaluate feature engineering concepts (for example, binning, tokenization, outliers, synthetic features, one-hot encoding, reducing dimensionality of data)',
        ],
      },
      {
        id: '2.3',
        title: 'Analyze and visualize data for ML',
        skills: [
          'Create graphs (for example, scatter plots, time series, histograms, box plots)',
          'Interpret descriptive statistics (for example, correlation, summary statistics, p-value)',
          'Perform cluster analysis (for example, hierarchical, diagnosis, elbow plot, cluster size)',
        ],
      },
    ],
  },
  {
    slug: 'modeling',
    number: 3,
    name: 'Modeling',
    weight: 36,
    tasks: [
      {
        id: '3.1',
        title: 'Frame business problems as ML problems',
        skills: [
          'Determine when to use and when not to use ML',
          'Know the difference between supervised and unsupervised learning',
          'Select from among classification, regression, forecasting, clustering, recommendation, and foundation models',
        ],
      },
      {
        id: '3.2',
        title: 'Select the appropriate model(s) for a given ML problem',
        skills: [
          'XGBoost, logistic regression, k-means, linear regression, decision trees, random forests, RNN, CNN, ensemble, transfer learning, and large language models (LLMs)',
          'Express the intuition behind models',
        ],
      },
      {
        id: '3.3',
        title: 'Train ML models',
        skills: [
          'Split data between training and validation (for example, cross validation)',
          'Understand optimization techniques for ML training (for example, gradient descent, loss functions, convergence)',
          'Choose appropriate compute resources (for example, GPU or CPU, distributed or non-distributed; Spark or non-Spark)',
          'Update and retrain models (batch or real-time/online)',
        ],
      },
      {
        id: '3.4',
        title: 'Perform hyperparameter optimization',
        skills: [
          'Perform regularization (dropout, L1/L2)',
          'Perform cross-validation',
          'Initialize models',
          'Understand neural network architecture (layers and nodes), learning rate, and activation functions',
          'Understand tree-based models (number of trees, number of levels)',
          'Understand linear models (learning rate)',
        ],
      },
      {
        id: '3.5',
        title: 'Evaluate ML models',
        skills: [
          'Avoid overfitting or underfitting (detect and handle bias and variance)',
          'Evaluate metrics (for example, area under curve-receiver operating characteristics [AUC-ROC], accuracy, precision, recall, root mean square error [RMSE], F1 score)',
          'Interpret confusion matrices',
          'Perform offline and online model evaluation (A/B testing)',
          'Compare models by using metrics (for example, time to train a model, quality of model, engineering costs)',
          'Perform cross validation',
        ],
      },
    ],
  },
  {
    slug: 'ml-implementation-operations',
    number: 4,
    name: 'Machine Learning Implementation and Operations',
    weight: 20,
    tasks: [
      {
        id: '4.1',
        title: 'Build ML solutions for performance, availability, scalability, resiliency, and fault tolerance',
        skills: [
          'Log and monitor AWS environments (AWS CloudTrail and Amazon CloudWatch; build error monitoring solutions)',
          'Deploy to multiple AWS Regions and multiple Availability Zones',
          'Create AMIs and golden images; create Docker containers',
          'Deploy Auto Scaling groups; rightsize resources (for example, instances, Provisioned IOPS, volumes); perform load balancing',
          'Follow AWS best practices',
        ],
      },
      {
        id: '4.2',
        title: 'Recommend and implement the appropriate ML services and features for a given problem',
        skills: [
          'ML on AWS (application services), for example, Amazon Polly, Amazon Lex, Amazon Transcribe, Amazon Q',
          'Understand AWS service quotas',
          'Determine when to build custom models and when to use Amazon SageMaker built-in algorithms',
          'Understand AWS infrastructure (for example, instance types) and cost considerations (use Spot Instances to train deep learning models by using AWS Batch)',
        ],
      },
      {
        id: '4.3',
        title: 'Apply basic AWS security practices to ML solutions',
        skills: ['AWS Identity and Access Management (IAM)', 'S3 bucket policies', 'Security groups', 'VPCs', 'Encryption and anonymization'],
      },
      {
        id: '4.4',
        title: 'Deploy and operationalize ML solutions',
        skills: [
          'Expose endpoints and interact with them',
          'Understand ML models',
          'Perform A/B testing',
          'Retrain pipelines',
          'Debug and troubleshoot ML models (detect and mitigate drops in performance; monitor performance of the model)',
        ],
      },
    ],
  },
] as const satisfies readonly Domain[];

export type DomainSlug = (typeof DOMAINS)[number]['slug'];
export type TaskId = (typeof DOMAINS)[number]['tasks'][number]['id'];

/** The four domain slugs, in exam order (a non-empty tuple, as `z.enum` wants). */
export const DOMAIN_SLUGS = DOMAINS.map((d) => d.slug) as [DomainSlug, ...DomainSlug[]];

/** The 15 task statement ids, in exam order. */
export const TASK_IDS = DOMAINS.flatMap((d) => d.tasks.map((t) => t.id)) as [TaskId, ...TaskId[]];

/** Returns the domain with this slug, or throws naming the valid slugs. */
export function getDomain(slug: string): Domain {
  const domain = DOMAINS.find((d) => d.slug === slug);
  if (!domain) throw new Error(`Unknown domain "${slug}". Valid domains: ${DOMAIN_SLUGS.join(', ')}`);
  return domain;
}

/** Returns the task statement with this id ("3.2"), or throws naming the valid ids. */
export function getTask(id: string): TaskStatement & { domain: Domain } {
  for (const domain of DOMAINS) {
    const task = domain.tasks.find((t) => t.id === id);
    if (task) return { ...task, domain };
  }
  throw new Error(`Unknown task statement "${id}". Valid ids: ${TASK_IDS.join(', ')}`);
}

/** The domain slug a task id belongs to ("2.3" → "exploratory-data-analysis"). */
export function domainOfTask(id: string): DomainSlug {
  return getTask(id).domain.slug as DomainSlug;
}

/** The domain a docs entry id belongs to, from its first path segment, or undefined. */
export function domainOfEntry(entryId: string): DomainSlug | undefined {
  const first = entryId.split('/')[0];
  return DOMAIN_SLUGS.find((slug) => slug === first);
}

/** The anchor of a task statement on its domain's index page: "1.2" → "task-1-2". */
export function taskAnchor(taskId: string): string {
  return `task-${taskId.replace('.', '-')}`;
}
