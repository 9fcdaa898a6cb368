/**
 * Flashcard decks: all cards; one exam's scope ("mla-c02") or one of its domains ("mla-c02/2" for
 * domain 2); or one chapter (an MLS-C01 domain slug). A card belongs by its page's tasks.
 */
export interface DeckCard {
  domain: string;
  /** Tasks per other exam, from the card's page tags. */
  examTasks: Record<string, readonly string[]>;
}

export function inDeck(card: DeckCard, deck: string): boolean {
  if (deck === 'all') return true;
  const [examId, domainNumber] = deck.split('/');
  const tasks = card.examTasks[examId!];
  if (tasks) return domainNumber ? tasks.some((t) => t.startsWith(`${domainNumber}.`)) : tasks.length > 0;
  return card.domain === deck;
}
