/**
 * The question bank read straight from src/content/questions/ (no build needed), each file parsed with
 * the collection's schema, so bank-wide tests see exactly what the build would accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { questionSchema, type Question } from '../../src/lib/schema.ts';

export const QUESTIONS_DIR = 'src/content/questions';

/** Every question with its collection id ("modeling/alg-ip-insights-login"), in file order. */
export function questionFiles(): Array<Question & { id: string }> {
  return readdirSync(QUESTIONS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...questionSchema.parse(parse(readFileSync(path.join(QUESTIONS_DIR, f), 'utf8'))) }));
}
