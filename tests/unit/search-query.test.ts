import { describe, expect, test } from 'vitest';
import { learnerQuery } from '../../src/lib/search-query.ts';

describe('learnerQuery', () => {
  test('keeps the words of a question that carry its topic', () => {
    expect(learnerQuery('Which service converts speech to text?')).toBe('converts speech text');
    expect(learnerQuery('how do I encrypt training data with my own key')).toBe('encrypt training data own key');
    expect(learnerQuery('Amazon SageMaker AI endpoint autoscaling')).toBe('sagemaker ai endpoint autoscaling');
  });

  test('leaves a query of names alone, and never empties one', () => {
    expect(learnerQuery('InvocationsPerInstance')).toBe('invocationsperinstance');
    expect(learnerQuery('what is it')).toBe('what is it');
    expect(learnerQuery('  ')).toBe('');
  });
});
