import { describe, expect, test } from 'vitest';
import { verificationText, verificationTotals } from '../../src/lib/verification.ts';

describe('verificationText', () => {
  test('says what was checked and leaves out zero counts', () => {
    expect(verificationText({ claims: 42, fixed: 3, labelled: 1 })).toBe('42 claims checked, 3 corrected, 1 labelled unconfirmed');
    expect(verificationText({ claims: 1, fixed: 0, labelled: 0 })).toBe('1 claim checked');
    expect(verificationText({ claims: 1200, fixed: 0, labelled: 2 })).toBe('1,200 claims checked, 2 labelled unconfirmed');
  });
});

describe('verificationTotals', () => {
  test('adds up per group and overall, counting pages without a record', () => {
    const totals = verificationTotals([
      { group: 'Data Engineering', verification: { claims: 10, fixed: 1, labelled: 0 } },
      { group: 'Modeling', verification: { claims: 5, fixed: 0, labelled: 2 } },
      { group: 'Data Engineering', verification: { claims: 20, fixed: 2, labelled: 1 } },
      { group: 'Modeling' },
    ]);
    expect(totals).toEqual([
      { group: 'Data Engineering', pages: 2, recorded: 2, claims: 30, fixed: 3, labelled: 1 },
      { group: 'Modeling', pages: 2, recorded: 1, claims: 5, fixed: 0, labelled: 2 },
      { group: 'All', pages: 4, recorded: 3, claims: 35, fixed: 3, labelled: 3 },
    ]);
  });
});
