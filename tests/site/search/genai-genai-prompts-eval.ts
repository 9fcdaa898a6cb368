/** Search expectations for the prompts and evaluation pages of the Generative AI chapter: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['Prompt Management', '/generative-ai/prompts/'],
  ['CreatePromptVersion', '/generative-ai/prompts/'],
  ['golden dataset', '/generative-ai/prompts/'],
  ['BERTScore', '/generative-ai/evaluation/'],
  ['LLM-as-a-judge', '/generative-ai/evaluation/'],
  ['BLEU', '/generative-ai/evaluation/'],
  ['ROUGE', '/generative-ai/evaluation/'],
  ['Advanced Prompt Optimization', '/generative-ai/prompts/'],
];
