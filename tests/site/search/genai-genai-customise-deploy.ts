/** Search expectations for the Generative AI pages on customisation and FM deployment: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['Custom Model Import', '/generative-ai/customising-models/'],
  ['CreateModelImportJob', '/generative-ai/customising-models/'],
  ['inference components', '/generative-ai/fm-deployment/'],
  ['ConcurrentRequestsPerCopy', '/generative-ai/fm-deployment/'],
  ['adapter inference component', '/generative-ai/fm-deployment/'],
  ['LMI container', '/generative-ai/fm-deployment/'],
];
