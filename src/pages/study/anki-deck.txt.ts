/**
 * /study/anki-deck.txt: the flashcard deck as a file Anki imports (src/lib/study/anki.ts), one note per
 * card, each with an absolute link back to the section it comes from.
 */
import type { APIRoute } from 'astro';
import { flashcards } from '../../study-data.ts';
import { ankiDeck } from '../../lib/study/anki.ts';
import { DEFAULT_SITE_URL } from '../../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const text = ankiDeck(await flashcards(), (site ?? new URL(DEFAULT_SITE_URL)).origin);
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
