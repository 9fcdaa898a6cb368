/** Search expectations for the AI services pages of the ML Implementation and Operations chapter: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['text to speech', '/ml-implementation-operations/polly/'],
  ['speech to text', '/ml-implementation-operations/transcribe/'],
  ['scanned documents', '/ml-implementation-operations/textract/'],
  ['chatbot', '/ml-implementation-operations/lex/'],
  ['human review', '/ml-implementation-operations/augmented-ai/'],
  ['recommendations', '/ml-implementation-operations/personalize/'],
  ['sentiment', '/ml-implementation-operations/comprehend/'],
  ['machine translation', '/ml-implementation-operations/translate/'],
  ['face collection', '/ml-implementation-operations/rekognition/'],
  ['enterprise search', '/ml-implementation-operations/kendra/'],
  ['time-series forecasting', '/ml-implementation-operations/forecast/'],
  ['fraud', '/ml-implementation-operations/fraud-detector/'],
  ['CodeWhisperer', '/ml-implementation-operations/amazon-q/'],
  ['InferICD10CM', '/ml-implementation-operations/medical-ai-pipeline/'],
  ['built-in algorithm or custom model', '/ml-implementation-operations/ai-services/'],
];
