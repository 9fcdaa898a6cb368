import { describe, expect, test } from 'vitest';
import { serviceHistory } from '../../src/lib/service-history.ts';
import { changeSchema, serviceSchema } from '../../src/lib/schema.ts';

const source = { title: 'AWS docs page', url: 'https://docs.aws.amazon.com/x.html' };
const service = (id: string, data: object) => ({ id, data: serviceSchema.parse({ docsUrl: 'https://docs.aws.amazon.com/x.html', status: 'available', ...data }) });

describe('serviceHistory', () => {
  const rows = serviceHistory(
    [
      service('opensearch', { name: 'Amazon OpenSearch Service', formerNames: [{ name: 'Amazon Elasticsearch Service', until: '2021-09-08', source }] }),
      service('forecast', { name: 'Amazon Forecast', status: 'closed-to-new-customers', statusDate: '2024-07', statusNote: 'Use SageMaker Canvas.', statusSource: source }),
      service('lambda', { name: 'AWS Lambda' }),
      service('gt', { name: 'Ground Truth', status: 'closed-to-new-customers', statusNote: 'No date given.', statusSource: source }),
    ],
    [{ id: 'sse', data: changeSchema.parse({ title: 'SSE-C off by default', when: '2026-04', change: 'Blocked by default on new buckets.', page: 'data-engineering/s3-data-lake#key-facts', source }) }],
  );

  test('lists renames, closures and changes, newest first, undated last', () => {
    expect(rows.map((r) => [r.before, r.kind])).toEqual([
      ['SSE-C off by default', 'changed'],
      ['Amazon Forecast', 'closed-to-new-customers'],
      ['Amazon Elasticsearch Service', 'renamed'],
      ['Ground Truth', 'closed-to-new-customers'],
    ]);
  });

  test('a rename points from the old name to the current one', () => {
    expect(rows.find((r) => r.kind === 'renamed')).toMatchObject({ now: 'Amazon OpenSearch Service', service: 'opensearch' });
    expect(rows.find((r) => r.kind === 'changed')).toMatchObject({ page: 'data-engineering/s3-data-lake' });
  });
});
