import { describe, expect, test } from 'vitest';
import { fixSearchButton } from '../../src/lib/search-button.ts';

// The markup Starlight 0.42 renders (scoped classes included).
const starlight =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-b5"><svg aria-hidden="true"></svg>' +
  '<span class="sl-hidden md:sl-block astro-b5" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex astro-b5" style="display: none;">' +
  '<kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Search"></dialog></site-search>';

describe('fixSearchButton', () => {
  const fixed = fixSearchButton(starlight);

  test('names the button by its visible text and hides the shortcut hint', () => {
    expect(fixed).toContain('<button data-open-modal disabled aria-keyshortcuts="Control+K" class="astro-b5">');
    expect(fixed).toContain('<span class="guide-search-label astro-b5">Search</span>');
    expect(fixed).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex astro-b5"');
  });

  test('leaves the dialog label alone', () => {
    expect(fixed).toContain('<dialog aria-label="Search">');
  });

  test('fails loudly when Starlight changes the markup', () => {
    expect(() => fixSearchButton('<button data-open-modal aria-label="Search">Search</button>')).toThrow(/markup changed/);
    expect(() => fixSearchButton('<div></div>')).toThrow(/markup changed/);
  });
});
