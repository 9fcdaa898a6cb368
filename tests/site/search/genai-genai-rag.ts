/** Search expectations for the RAG pages of the Generative AI chapter: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['RetrieveAndGenerate', '/generative-ai/rag-knowledge-bases/'],
  ['StartIngestionJob', '/generative-ai/rag-knowledge-bases/'],
  ['query decomposition', '/generative-ai/rag-knowledge-bases/'],
  ['semantic chunking', '/generative-ai/embeddings-and-vector-stores/'],
  ['S3 Vectors', '/generative-ai/embeddings-and-vector-stores/'],
  ['Titan Text Embeddings', '/generative-ai/embeddings-and-vector-stores/'],
];
