/** Search expectations for the Data Engineering chapter: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['shard', '/data-engineering/kinesis-data-streams/'],
  ['enhanced fan-out', '/data-engineering/kinesis-data-streams/'],
  ['partition key ordering', '/data-engineering/kinesis-data-streams/'],
  ['Kinesis Data Firehose', '/data-engineering/data-firehose/'],
  ['zero buffering', '/data-engineering/data-firehose/'],
  ['dynamic partitioning', '/data-engineering/data-firehose/'],
  ['multipart upload', '/data-engineering/s3-data-lake/'],
  ['object tags', '/data-engineering/s3-data-lake/'],
  ['crawler', '/data-engineering/glue/'],
  ['FindMatches', '/data-engineering/glue/'],
  ['job bookmarks', '/data-engineering/glue/'],
];
