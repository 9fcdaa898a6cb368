/** /data/flashcards/<chapter>.json: the text of one chapter's flashcards, by card id, fetched when a card of that chapter comes up. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHAPTER_SLUGS } from '../../../lib/domains.ts';
import { PRIMARY_EXAM_ID } from '../../../lib/exams.ts';
import { clientCard, flashcardChapters } from '../../../lib/study/payloads.ts';
import { flashcards, json } from '../../../study-data.ts';

export const getStaticPaths = (() => CHAPTER_SLUGS.map((chapter) => ({ params: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json(flashcardChapters((await flashcards()).map((c) => clientCard(c, PRIMARY_EXAM_ID))).get(params.chapter!) ?? {});
