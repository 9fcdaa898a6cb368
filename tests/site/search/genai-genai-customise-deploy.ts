/** Search expectations for the Generative AI pages on customisation and FM deployment: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['Custom Model Import', '/generative-ai/customising-models/'],
  ['continued pre-training', '/generative-ai/customising-models/'],
  ['reinforcement fine-tuning', '/generative-ai/customising-models/'],
  ['inference components', '/generative-ai/fm-deployment/'],
  ['ConcurrentRequestsPerCopy', '/generative-ai/fm-deployment/'],
  ['tensor parallelism', '/generative-ai/fm-deployment/'],
  ['large model inference', '/generative-ai/fm-deployment/'],
];
