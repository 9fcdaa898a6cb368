/** /data/flashcards/index.json: which flashcards there are and their decks (no text), fetched by /study/flashcards/. */
import type { APIRoute } from 'astro';
import { PRIMARY_EXAM_ID } from '../../../lib/exams.ts';
import { clientCard, flashcardIndex } from '../../../lib/study/payloads.ts';
import { flashcards, json } from '../../../study-data.ts';

export const GET: APIRoute = async () => json(flashcardIndex((await flashcards()).map((c) => clientCard(c, PRIMARY_EXAM_ID))));
