/** Search expectations for the Generative AI chapter, agent pages (branch genai-agents): [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['return of control', '/generative-ai/bedrock-agents/'],
  ['TSTALIASID', '/generative-ai/bedrock-agents/'],
  ['action group', '/generative-ai/bedrock-agents/'],
  ['AgentCore', '/generative-ai/agentcore/'],
  ['Agent Card', '/generative-ai/agentcore/'],
  ['idleRuntimeSessionTimeout', '/generative-ai/agentcore/'],
  ['memory strategy', '/generative-ai/agentcore/'],
];
