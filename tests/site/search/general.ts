/** Search expectations for the start pages and the reference layer: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['MLS-C01 retired', '/reference/exam-status/'],
  ['exam at a glance', '/'],
  ['crosswalk', '/reference/exam-status/'],
  ['MLA-C02', '/mla-c02/'],
  ['renamed retired', '/reference/service-changes/'],
];
