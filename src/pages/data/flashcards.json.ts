/** /data/flashcards.json: every flashcard, fetched by /study/flashcards/. */
import type { APIRoute } from 'astro';
import { PRIMARY_EXAM_ID } from '../../lib/exams.ts';
import { clientCard } from '../../lib/study/payloads.ts';
import { flashcards, json } from '../../study-data.ts';

export const GET: APIRoute = async () => json((await flashcards()).map((c) => clientCard(c, PRIMARY_EXAM_ID)));
