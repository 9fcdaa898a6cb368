import { mdxToJs, markdownToHtml, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { baseLinks } from '../../src/lib/base-links.ts';
import { DEFAULT_SITE_URL, siteSettings, withBase, withoutBase } from '../../src/lib/site-url.ts';

describe('siteSettings (SITE_URL)', () => {
  test('defaults to where npm start serves', () => {
    expect(DEFAULT_SITE_URL).toBe('http://127.0.0.1:4321/');
    expect(siteSettings(undefined)).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
    expect(siteSettings('  ')).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
  });

  test('takes the base from the URL path, with or without the final slash', () => {
    expect(siteSettings('https://example.github.io/aws-ml-study-guide/')).toEqual({ site: 'https://example.github.io', base: '/aws-ml-study-guide/' });
    expect(siteSettings('https://example.github.io/aws-ml-study-guide')).toEqual({ site: 'https://example.github.io', base: '/aws-ml-study-guide/' });
    expect(siteSettings('https://d111111abcdef8.cloudfront.net')).toEqual({ site: 'https://d111111abcdef8.cloudfront.net', base: '/' });
  });

  test('says what is wrong with a bad value', () => {
    expect(() => siteSettings('example.github.io/guide')).toThrow(/SITE_URL must be a full URL .*got "example.github.io\/guide"/);
    expect(() => siteSettings('ftp://example.com/')).toThrow(/must start with http:\/\/ or https:\/\//);
    expect(() => siteSettings('https://example.com/guide/#top')).toThrow(/no query or #fragment|must not have a query/);
  });
});

describe('withBase and withoutBase', () => {
  test('prefix site paths, and leave other links alone', () => {
    expect(withBase('/guide/', '/data-engineering/glue/#crawlers')).toBe('/guide/data-engineering/glue/#crawlers');
    expect(withBase('/guide', '/')).toBe('/guide/');
    expect(withBase('/', '/x/')).toBe('/x/');
    for (const other of ['https://aws.amazon.com/', '//cdn.example/x.js', '#key-facts', 'mailto:a@b.c', 'relative/']) expect(withBase('/guide/', other)).toBe(other);
  });

  test('never add the base twice', () => {
    expect(withBase('/guide/', '/guide/x/')).toBe('/guide/x/');
    expect(withBase('/guide/', withBase('/guide/', '/print/'))).toBe('/guide/print/');
  });

  test('withoutBase is the reverse', () => {
    expect(withoutBase('/guide/', '/guide/print/de/')).toBe('/print/de/');
    expect(withoutBase('/guide/', '/guide')).toBe('/');
    expect(withoutBase('/guide/', '/other/')).toBe('/other/');
    expect(withoutBase('/', '/print/')).toBe('/print/');
  });
});

const toHtml = (md: string, base?: string) => (markdownToHtml(md, base ? { mdastPlugins: [baseLinks(base)] } : {}) as MarkdownToHtmlResult).html;

describe('baseLinks (Markdown)', () => {
  test('puts the base on root-relative links, images and definitions only', () => {
    const md = 'See [Glue](/data-engineering/glue/#x), [AWS](https://aws.amazon.com/), [here](#y) and ![a diagram](/diagrams/a.svg). [Ref][r]\n\n[r]: /reference/numbers/\n';
    const html = toHtml(md, '/guide/');
    expect(html).toContain('href="/guide/data-engineering/glue/#x"');
    expect(html).toContain('href="https://aws.amazon.com/"');
    expect(html).toContain('href="#y"');
    expect(html).toContain('src="/guide/diagrams/a.svg"');
    expect(html).toContain('href="/guide/reference/numbers/"');
  });

  test('rewrites href of elements written in MDX, keeping their children', () => {
    const { code } = mdxToJs('<LinkCard title="Practice" href="/practice/" />\n\n<a href="/study/progress/">your <b>progress</b></a>\n', { mdastPlugins: [baseLinks('/guide/')] }) as MdxToJsResult;
    expect(code).toContain('"/guide/practice/"');
    expect(code).toContain('"/guide/study/progress/"');
    expect(code).toContain('"progress"');
    expect(code).not.toMatch(/"\/(practice|study)\//);
  });

  test('changes nothing at the root', () => {
    const md = '[Glue](/data-engineering/glue/)';
    expect(toHtml(md, '/')).toBe(toHtml(md));
  });
});
