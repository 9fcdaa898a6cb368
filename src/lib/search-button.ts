/**
 * Starlight's search button has aria-label="Search" but also shows "Ctrl K", which fails WCAG 2.5.3
 * Label in Name (axe: label-content-name-mismatch). Fix: drop the aria-label so the name comes from
 * the visible "Search" text, and hide the shortcut hint from assistive technology (aria-keyshortcuts
 * already announces it). On narrow screens the text is visually hidden but still names the button.
 */
export function fixSearchButton(html: string): string {
  const button = /<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/.exec(html);
  if (!button) throw new Error("fixSearchButton: Starlight's search button markup changed; update src/lib/search-button.ts");
  const fixed = button[0]
    .replace(/^(<button\b[^>]*?)\s+aria-label="[^"]*"/, '$1')
    .replace(/<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, '<span class="guide-search-label$1">')
    .replace(/<kbd class="sl-hidden md:sl-flex/, '<kbd aria-hidden="true" class="sl-hidden md:sl-flex');
  if (fixed.includes('aria-label=') || !fixed.includes('guide-search-label') || !fixed.includes('<kbd aria-hidden')) {
    throw new Error("fixSearchButton: Starlight's search button markup changed; update src/lib/search-button.ts");
  }
  return html.replace(button[0], fixed);
}

/**
 * Starlight's search creates its Pagefind UI in `#starlight__search` with options we cannot extend
 * (no `processTerm`). Give that instance an empty hidden element and put a `#guide-search` container,
 * which src/components/overrides/Search.astro fills with its own Pagefind UI, where the results go.
 */
export function ownSearchContainer(html: string): string {
  const container = /<div id="starlight__search"[^>]*><\/div>/.exec(html);
  if (!container) throw new Error("ownSearchContainer: Starlight's search container markup changed; update src/lib/search-button.ts");
  return html.replace(container[0], '<div id="guide-search"></div><div id="starlight__search" hidden></div>');
}
