/** Search expectations for the Generative AI chapter's Bedrock and cost pages: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['Bedrock API key', '/generative-ai/bedrock/'],
  ['cross-Region inference profile', '/generative-ai/bedrock/'],
  ['latency-optimized inference', '/generative-ai/bedrock/'],
  ['intelligent prompt routing', '/generative-ai/genai-cost/'],
  ['application inference profile', '/generative-ai/genai-cost/'],
  ['Provisioned Throughput break-even', '/generative-ai/genai-cost/'],
];
