/**
 * <guide-flashcards>: today's review queue for a deck (all cards, an exam or one of its domains, or a
 * chapter; see src/lib/study/decks.ts), scheduled with FSRS. The cards and their decks come from
 * /data/flashcards/index.json; a card's text from its chapter's file, loaded when a card of that chapter comes up.
 * Show the answer, then rate recall Again / Hard / Good / Easy (keys 1–4).
 */
import { getState, subscribe, takeLoadProblem, update, showNotice } from './study-store.ts';
import { GRADES, dailyQueue, previewIntervals, review } from '../lib/study/scheduler.ts';
import { formatDate } from '../lib/dates.ts';
import { inDeck } from '../lib/study/decks.ts';
import { DATA_PATHS, indexedCards, type CardText, type FlashcardChapter, type FlashcardIndex } from '../lib/study/payloads.ts';
import { loadData } from './load-data.ts';

type Card = ReturnType<typeof indexedCards>[number];

class GuideFlashcards extends HTMLElement {
  #cards: Card[] = [];
  #deck = 'all';
  #current: Card | undefined;
  /** Each chapter's card text, loading or loaded. */
  #chapters = new Map<string, Promise<FlashcardChapter>>();

  async connectedCallback() {
    // The loading line stays (keeping the tool's space) until the first card's text is in too.
    const loading = this.querySelector('.data-loading')?.cloneNode(true);
    this.#cards = indexedCards(await loadData<FlashcardIndex>(this, DATA_PATHS.flashcards, 'the flashcards'));
    if (loading) this.append(loading);
    // A learner who chose an exam starts on that exam's deck.
    const exam = getState().plan.exam;
    const own = exam && this.querySelector<HTMLInputElement>(`input[name="deck"][value="${exam}"]`);
    if (own) {
      own.checked = true;
      this.#deck = own.value;
    }
    showNotice(document.querySelector<HTMLElement>('.notice'), takeLoadProblem());
    this.querySelector('.decks')!.addEventListener('change', (e) => {
      this.#deck = (e.target as HTMLInputElement).value;
      void this.#next();
    });
    this.querySelector('[data-action="show"]')!.addEventListener('click', () => this.#reveal());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) button.addEventListener('click', () => this.#rate(Number(button.dataset.grade)));
    this.addEventListener('keydown', (e) => {
      const grade = GRADES.find((g) => g.key === e.key);
      if (grade && !this.querySelector<HTMLElement>('.card-back')!.hidden) {
        e.preventDefault();
        this.#rate(grade.grade);
      }
    });
    subscribe(() => this.#counts());
    // Show the tool once the first card's text is in, so that it appears whole.
    await this.#next();
    this.querySelector<HTMLElement>('.study')!.hidden = false;
  }

  #deckIds(deck: string) {
    return this.#cards.filter((c) => inDeck(c, deck)).map((c) => c.id);
  }

  #counts() {
    const now = new Date();
    for (const label of this.querySelectorAll<HTMLElement>('[data-deck-count]')) {
      const q = dailyQueue(getState(), this.#deckIds(label.dataset.deckCount!), now);
      label.textContent = `${q.due} due, ${q.fresh} new`;
    }
  }

  /** A card's text, from its chapter's file (loaded once). */
  async #text(card: Card): Promise<CardText | undefined> {
    let chapter = this.#chapters.get(card.domain);
    if (!chapter) {
      chapter = loadData<FlashcardChapter>(this, DATA_PATHS.flashcardChapter(card.domain), 'the cards');
      this.#chapters.set(card.domain, chapter);
    }
    return (await chapter)[card.id];
  }

  async #next() {
    this.#counts();
    const queue = dailyQueue(getState(), this.#deckIds(this.#deck), new Date());
    const current = this.#cards.find((c) => c.id === queue.ids[0]);
    this.#current = current;
    const card = this.querySelector<HTMLElement>('.card')!;
    const done = this.querySelector<HTMLElement>('.done')!;
    card.hidden = !this.#current;
    done.hidden = !!this.#current;
    if (!this.#current) {
      const upcoming = this.#deckIds(this.#deck)
        .map((id) => getState().cards[id]?.due)
        .filter((d): d is string => !!d)
        .sort()[0];
      done.textContent = `Nothing left to review in this deck today.${upcoming ? ` Next review: ${formatDate(new Date(upcoming))}.` : ''}`;
      return;
    }
    this.querySelector('.queue')!.textContent = `${queue.ids.length} left today in this deck (${queue.due} due, ${queue.fresh} new).`;
    const show = this.querySelector<HTMLButtonElement>('[data-action="show"]')!;
    this.querySelector<HTMLElement>('.card-back')!.hidden = true;
    show.hidden = false;
    show.disabled = true;
    const text = await this.#text(current!);
    if (this.#current !== current) return; // another card came up meanwhile
    show.disabled = false;
    this.querySelector('.card-source')!.textContent = current!.source;
    this.querySelector('.card-front')!.textContent = text?.front ?? '';
    this.querySelector('.card-answer')!.textContent = text?.back ?? '';
    this.querySelector<HTMLAnchorElement>('.card-link')!.href = text?.href ?? '';
  }

  #reveal() {
    if (!this.#current || this.querySelector<HTMLButtonElement>('[data-action="show"]')!.disabled) return;
    const intervals = previewIntervals(getState(), this.#current.id, new Date());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.querySelector('.interval')!.textContent = intervals[button.dataset.label!] ?? '';
    }
    this.querySelector<HTMLElement>('[data-action="show"]')!.hidden = true;
    this.querySelector<HTMLElement>('.card-back')!.hidden = false;
    this.querySelector<HTMLButtonElement>('[data-grade="3"]')!.focus();
  }

  async #rate(grade: number) {
    if (!this.#current) return;
    const id = this.#current.id;
    const problem = update((s) => review(s, id, grade as (typeof GRADES)[number]['grade'], new Date()));
    showNotice(document.querySelector<HTMLElement>('.notice'), problem);
    await this.#next();
    (this.querySelector<HTMLElement>('[data-action="show"]:not([hidden])') ?? this.querySelector<HTMLElement>('.done'))?.focus();
  }
}

customElements.define('guide-flashcards', GuideFlashcards);
