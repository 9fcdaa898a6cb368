/**
 * The flashcard deck as a file Anki imports (File → Import, Anki 2.1.55 or later): plain text, one
 * note per line, fields separated by tabs, with header lines that tell Anki the separator, that the
 * fields hold HTML, and the column names (Front, Back, Link). The link is the absolute URL of the
 * section the card comes from.
 */
export interface AnkiCard {
  front: string;
  back: string;
  /** Root-relative link with the base, e.g. "/aws-ml-study-guide/data-engineering/glue/#key-facts". */
  href: string;
  source: string;
}

export const ANKI_HEADER = ['#separator:tab', '#html:true', '#columns:Front\tBack\tLink'];

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** One field: HTML-escaped, with tabs and line breaks (which would split the note) turned into spaces or <br>. */
export function ankiField(text: string): string {
  return escapeHtml(text).replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

/** The absolute URL of a root-relative link on the site at `siteOrigin` ("https://example.github.io"). */
export function absoluteUrl(siteOrigin: string, href: string): string {
  return new URL(href, siteOrigin.endsWith('/') ? siteOrigin : `${siteOrigin}/`).href;
}

/** The whole file: the header lines, then one line per card. */
export function ankiDeck(cards: readonly AnkiCard[], siteOrigin: string): string {
  const lines = cards.map((c) => {
    const url = absoluteUrl(siteOrigin, c.href);
    const link = `<a href="${escapeHtml(url)}">${ankiField(c.source)}</a>`;
    return [ankiField(c.front), ankiField(c.back), link].join('\t');
  });
  return `${[...ANKI_HEADER, ...lines].join('\n')}\n`;
}
