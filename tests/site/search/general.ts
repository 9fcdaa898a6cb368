/** Search expectations for the start pages and the reference layer: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['MLS-C01 retired', '/'],
  ['numbers to know', '/reference/numbers/'],
];
