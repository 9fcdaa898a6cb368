import { describe, expect, test } from 'vitest';
import { bullets, cardsFromPage, firstTable, numberCard, plainText, section, termCard } from '../../../src/lib/study/cards.ts';

const body = `Intro.

## Key facts

- A stream is made of **shards**; each takes :num[kds.write]
  of writes.
- Records stay **24 hours** by default.
- No bold here, so no card.

## When to choose it

| Need | Choose | Why not the others |
| --- | --- | --- |
| Replay for a week | **Kinesis Data Streams** | [Firehose](/x/) has no replay. |

## Later
- **Ignored**: not in key facts.
`;
const page = { id: 'data-engineering/kinesis-data-streams', title: 'Amazon Kinesis Data Streams', domain: 'data-engineering', tasks: ['1.2'], body };

describe('markdown helpers', () => {
  test('plainText strips markup and resolves numbers', () => {
    expect(plainText('See **[the docs](https://x)** and `code`, :num[a.b]. <span>x</span>', () => '5 MB')).toBe('See the docs and code, 5 MB. x');
  });

  test('section, bullets and firstTable read the structure', () => {
    expect(bullets(section(body, 'Key facts'))).toHaveLength(3);
    expect(bullets(section(body, 'Key facts'))[0]).toBe('A stream is made of **shards**; each takes :num[kds.write] of writes.');
    expect(firstTable(section(body, 'When to choose it'))).toEqual([
      ['Need', 'Choose', 'Why not the others'],
      ['Replay for a week', '**Kinesis Data Streams**', '[Firehose](/x/) has no replay.'],
    ]);
    expect(section(body, 'Missing')).toEqual([]);
  });
});

describe('cardsFromPage', () => {
  const cards = cardsFromPage(page, () => '1 MB/s');

  test('makes a fill-in-the-blank card per bolded key fact', () => {
    const facts = cards.filter((c) => c.kind === 'fact');
    expect(facts.map((c) => [c.front, c.back])).toEqual([
      ['A stream is made of […]; each takes 1 MB/s of writes.', 'shards'],
      ['Records stay […] by default.', '24 hours'],
    ]);
    expect(facts[0]).toMatchObject({ domain: 'data-engineering', tasks: ['1.2'], href: '/data-engineering/kinesis-data-streams/#key-facts', source: 'Amazon Kinesis Data Streams' });
  });

  test('makes a situation → choice card per comparison row', () => {
    expect(cards.filter((c) => c.kind === 'comparison').map((c) => [c.front, c.back, c.href])).toEqual([
      ['Need: Replay for a week. Choose?', 'Kinesis Data Streams. Firehose has no replay.', '/data-engineering/kinesis-data-streams/#when-to-choose-it'],
    ]);
  });

  test('ids are stable for the same text and change when it changes', () => {
    expect(cardsFromPage(page, () => '1 MB/s').map((c) => c.id)).toEqual(cards.map((c) => c.id));
    expect(cardsFromPage({ ...page, body: body.replace('24 hours', '48 hours') }, () => '1 MB/s')[1]!.id).not.toBe(cards[1]!.id);
  });

  test('pages outside a chapter give no cards', () => {
    expect(cardsFromPage({ ...page, domain: undefined })).toEqual([]);
  });
});

describe('termCard / numberCard', () => {
  test('term cards show the expansion and link to the teaching section', () => {
    const card = termCard(
      { id: 'kcl', term: 'KCL', expansion: 'Kinesis Client Library', definition: 'A consumer library.', page: 'data-engineering/kinesis-data-streams#reading' },
      { title: 'KDS', domain: 'data-engineering', tasks: ['1.2'] },
    );
    expect(card).toMatchObject({ kind: 'term', front: 'KCL (Kinesis Client Library)', back: 'A consumer library.', href: '/data-engineering/kinesis-data-streams/#reading' });
  });

  test('number cards ask for the value, keeping acronyms intact', () => {
    const used = { id: 'data-engineering/kinesis-data-streams', title: 'KDS', domain: 'data-engineering', tasks: ['1.2'] };
    expect(numberCard('kds.retention-max', { label: 'Maximum retention period', text: '365 days', group: 'Amazon Kinesis Data Streams' }, used)?.front).toBe(
      'Amazon Kinesis Data Streams: maximum retention period?',
    );
    expect(numberCard('kds.calls', { label: 'GetRecords calls per second', text: '5', group: 'KDS' }, used)?.front).toBe('KDS: GetRecords calls per second?');
    expect(numberCard('x', { label: 'X', text: '1', group: 'G' }, undefined)).toBeUndefined();
  });
});
