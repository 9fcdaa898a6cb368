/** Search expectations for the Exploratory Data Analysis chapter: [query, URL of the first result]. */
export const EXPECTED: Array<[string, string]> = [
  ['partition projection', '/exploratory-data-analysis/athena/'],
  ['CTAS', '/exploratory-data-analysis/athena/'],
  ['workgroup', '/exploratory-data-analysis/athena/'],
];
