/** Former service names must lead to the page that teaches the service under its current name. */
export const EXPECTED: Array<[string, string]> = [
  ['Kinesis Data Analytics', '/data-engineering/managed-flink/'],
  ['Kinesis Data Firehose', '/data-engineering/data-firehose/'],
  ['Elasticsearch', '/data-engineering/opensearch/'],
  ['Elasticsearch Service', '/data-engineering/opensearch/'],
  ['QuickSight', '/exploratory-data-analysis/quick-sight/'],
  ['CodeWhisperer', '/ml-implementation-operations/amazon-q/'],
];
