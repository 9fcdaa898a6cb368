import { describe, expect, test } from 'vitest';
import { withHighlight } from '../../src/lib/highlight.ts';

describe('withHighlight', () => {
  test('adds one highlight parameter per word, before the anchor', () => {
    expect(withHighlight('/data-engineering/glue/#crawlers', ' job  bookmarks ')).toBe('/data-engineering/glue/?highlight=job&highlight=bookmarks#crawlers');
  });

  test('replaces earlier terms and leaves links alone for an empty query', () => {
    expect(withHighlight('/x/?highlight=old&a=1', 'new')).toBe('/x/?a=1&highlight=new');
    expect(withHighlight('/x/', '  ')).toBe('/x/');
  });
});
