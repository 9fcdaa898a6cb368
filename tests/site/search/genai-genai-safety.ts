/** Search expectations for the genai-safety pages: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['ApplyGuardrail', '/generative-ai/guardrails-and-security/'],
  ['contextual grounding check', '/generative-ai/guardrails-and-security/'],
  ['denied topics', '/generative-ai/guardrails-and-security/'],
  ['prompt injection', '/generative-ai/guardrails-and-security/'],
  ['Automated Reasoning checks', '/generative-ai/guardrails-and-security/'],
  ['Inspector SBOM Generator', '/ml-implementation-operations/mlops-pipelines/'],
];
