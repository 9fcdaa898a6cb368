/**
 * Content schemas: the frontmatter every study page carries, the services data collection and the
 * questions data collection. Pure Zod (no Astro runtime), so unit tests can parse them directly;
 * src/content.config.ts wires them to Astro's loaders.
 */
import { z } from 'astro/zod';
import { CHAPTERS, CHAPTER_SLUGS, TASK_IDS, domainOfTask, getChapter } from './domains.ts';
import { getExam, TAGGED_EXAM_IDS } from './exams.ts';
import { parseTag } from './exam-tags.ts';

for (const c of CHAPTERS) {
  if (c.exam && !(TAGGED_EXAM_IDS as readonly string[]).includes(c.exam)) {
    throw new Error(`src/data/chapters.json: chapter "${c.slug}" teaches for "${c.exam}", which is not a tagged exam (${TAGGED_EXAM_IDS.join(', ')})`);
  }
}

/** Hosts whose pages count as official AWS documentation. */
export const OFFICIAL_HOSTS = ['docs.aws.amazon.com', 'aws.amazon.com'] as const;

/** True when the URL is on an official AWS documentation host. */
export function isOfficialUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return OFFICIAL_HOSTS.some((h) => host === h);
}

const isoDate = z.coerce
  .date({ error: 'expected a date written as YYYY-MM-DD' })
  .refine((d) => d.getTime() <= Date.now() + 86_400_000, { error: 'date is in the future' });

/**
 * A date that may be known only to the month: `2024-07-25` or `2024-07` (AWS notices sometimes give
 * only a month). Parsed into the date and its precision.
 */
export const whenSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'expected YYYY-MM-DD, or YYYY-MM when AWS gives only the month' })])
  .transform((v) =>
    typeof v === 'string' ? { date: new Date(v.length === 7 ? `${v}-01` : v), precision: v.length === 7 ? ('month' as const) : ('day' as const) } : { date: v, precision: 'day' as const },
  );
export type When = z.infer<typeof whenSchema>;

/** A cited source: what it is and where it lives (HTTPS only). */
export const sourceSchema = z.strictObject({
  title: z.string().min(3).describe('What the reader will find there, e.g. "Amazon S3 User Guide: Storage classes".'),
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }).describe('Deep link to the page, not a site home page.'),
});
export type Source = z.infer<typeof sourceSchema>;

/** One skill ("1.2.4"), task ("1.2") or either with a section ("1.2.4#scaling") of an exam; see exam-tags.ts. */
const examTag = (examId: string) =>
  z.string().superRefine((tag, ctx) => {
    const parsed = parseTag(getExam(examId), tag);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  });

/** Tags for one exam: skills or tasks a page teaches; an empty list = not on that exam. */
const examTagList = (examId: string) => z.array(examTag(examId));

/** `exams:` frontmatter: per current exam besides the chapters' own, what the page teaches for it. */
export const examTagsSchema = z.strictObject(Object.fromEntries(TAGGED_EXAM_IDS.map((id) => [id, examTagList(id).optional()])) as Record<(typeof TAGGED_EXAM_IDS)[number], z.ZodOptional<ReturnType<typeof examTagList>>>);

/**
 * The record of a page's last fact check (on its `lastVerified` date): how many checkable claims
 * (facts, numbers, limits, dates, names) were checked against AWS documentation, how many of them
 * had to be corrected, and how many are left on the page labelled as not confirmed by AWS.
 */
export const verificationSchema = z
  .strictObject({
    claims: z.int().min(1, { error: 'a check covers at least one claim' }).describe('Checkable claims checked against current AWS documentation.'),
    fixed: z.int().min(0).describe('Claims corrected (wrong, outdated or misleading) in that check.'),
    labelled: z.int().min(0).describe('Claims left on the page labelled as not confirmed by AWS documentation.'),
  })
  .refine((v) => v.fixed + v.labelled <= v.claims, { error: 'fixed + labelled cannot exceed the claims checked' });
export type Verification = z.infer<typeof verificationSchema>;

/**
 * Fields every docs page adds to Starlight's frontmatter. `services` is passed in so Astro can
 * make it a `reference('services')` (a typo then fails the build) while tests use plain strings.
 */
export function studyPageFields<S extends z.ZodType>(service: S) {
  return z.object({
    description: z
      .string({ error: 'every page needs a one-sentence "description"' })
      .min(30, { error: 'write a full sentence (at least 30 characters)' })
      .max(200, { error: 'keep it to one sentence (200 characters at most)' })
      .refine((s) => !s.includes('\n'), { error: 'one sentence, no line breaks' })
      .describe('One sentence: shown under the title, in search results and link previews.'),
    domain: z.enum(CHAPTER_SLUGS).optional().describe('The chapter (an MLS-C01 domain or a chapter of src/data/chapters.json); must match the folder the page is in.'),
    tasks: z.array(z.enum(TASK_IDS)).default([]).describe('Exam task statements the page teaches, e.g. ["1.2"].'),
    services: z.array(service).default([]).describe('Ids from src/content/services/ of the AWS services the page covers.'),
    sources: z.array(sourceSchema).min(1, { error: 'list at least one source' }).describe('Official documentation the page was checked against.'),
    lastVerified: isoDate.describe('When the page was last checked against its sources (YYYY-MM-DD).'),
    exams: examTagsSchema.optional().describe('What the page teaches for other exams, e.g. { mla-c02: ["1.2.4#scaling", "3.3"] }; [] = not on that exam.'),
    verification: verificationSchema.optional().describe('What the check on lastVerified found; see verificationSchema.'),
    searchTerms: z
      .array(z.string().min(2).max(60))
      .default([])
      .describe('Words learners search with that the page does not use: other names, symptoms, API and metric names ("speech to text", "autoscaling"). Indexed by search, not shown.'),
  });
}

/** Plain version (services as strings) for unit tests and tooling. */
export const studyPageSchema = studyPageFields(z.string());

const SERVICE_STATUSES = ['available', 'closed-to-new-customers', 'retired'] as const;

/** One AWS service: its current official name, earlier names and availability. */
export const serviceSchema = z
  .strictObject({
    name: z.string().min(3).describe('Official current name, as AWS writes it.'),
    short: z.string().optional().describe('Common short form, e.g. "KDS".'),
    formerNames: z
      .array(
        z.strictObject({
          name: z.string(),
          until: whenSchema.describe('When the new name took effect.'),
          source: sourceSchema,
        }),
      )
      .default([]),
    status: z.enum(SERVICE_STATUSES),
    statusDate: whenSchema.optional().describe('When the status took effect; leave out only when AWS publishes no date.'),
    statusNote: z.string().optional().describe('One sentence on what the status means and the suggested alternative.'),
    statusSource: sourceSchema.optional(),
    docsUrl: z.url({ protocol: /^https$/ }).refine(isOfficialUrl, { error: 'docsUrl must be on docs.aws.amazon.com or aws.amazon.com' }),
    featureChanges: z
      .array(
        z.strictObject({
          feature: z.string().min(3).describe('The feature, e.g. "Topic modeling".'),
          status: z.enum(['closed-to-new-customers', 'retired']),
          when: whenSchema.optional(),
          note: z.string().min(10).describe('What to use instead.'),
          source: sourceSchema,
        }),
      )
      .default([])
      .describe('Features of an available service that closed or ended.'),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'available') return;
    for (const field of ['statusSource', 'statusNote'] as const) {
      if (!s[field]) ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" is required when status is "${s.status}"` });
    }
  });
export type Service = z.infer<typeof serviceSchema>;

/** "domain/page#anchor": a section of a docs page that teaches the answer. */
export const refSchema = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*#[a-z0-9-]+$/, { error: 'expected "folder/page#heading-anchor", e.g. "data-engineering/kinesis-data-streams#retention"' });

/** One scenario question with an explanation for every option. */
export const questionSchema = z
  .strictObject({
    domain: z.enum(CHAPTER_SLUGS),
    task: z.enum(TASK_IDS).optional().describe('The MLS-C01 task; required in the MLS-C01 domain chapters, absent in the others.'),
    stem: z.string().min(40, { error: 'a scenario stem needs at least 40 characters' }),
    options: z
      .array(
        z.strictObject({
          text: z.string().min(1),
          correct: z.boolean().default(false),
          explanation: z.string().min(20, { error: 'explain why this option is right or wrong (20+ characters)' }),
        }),
      )
      .min(4, { error: 'a question needs at least 4 options' }),
    refs: z.array(refSchema).min(1, { error: 'link at least one section that teaches the answer' }),
    exams: z
      .strictObject(
        Object.fromEntries(
          TAGGED_EXAM_IDS.map((id) => [
            id,
            z.union([examTag(id), z.null()]).optional(),
          ]),
        ) as Record<(typeof TAGGED_EXAM_IDS)[number], z.ZodOptional<z.ZodUnion<[z.ZodString, z.ZodNull]>>>,
      )
      .optional()
      .describe('The skill ("2.2.3") or task ("2.2") the question exercises on each other current exam; null = that exam does not ask it.'),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'mark at least one option "correct: true"' });
    if (correct > 1 && q.options.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-response question needs at least 5 options (as on the exam)' });
    }
    if (correct > 0 && correct === q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be wrong' });
    const chapter = getChapter(q.domain);
    if (chapter.domain) {
      if (!q.task) ctx.addIssue({ code: 'custom', path: ['task'], message: `a question in the ${chapter.name} chapter needs its MLS-C01 "task" (one of ${chapter.domain.tasks.map((t) => t.id).join(', ')})` });
      else if (domainOfTask(q.task) !== q.domain) ctx.addIssue({ code: 'custom', path: ['task'], message: `task ${q.task} belongs to ${domainOfTask(q.task)}, not ${q.domain}` });
    } else {
      if (q.task) ctx.addIssue({ code: 'custom', path: ['task'], message: `the ${chapter.name} chapter is not on MLS-C01: leave out "task" and tag the ${chapter.exam} skill in "exams"` });
      if (!q.exams?.[chapter.exam as (typeof TAGGED_EXAM_IDS)[number]]) {
        ctx.addIssue({ code: 'custom', path: ['exams', chapter.exam!], message: `a question in the ${chapter.name} chapter must name the ${chapter.exam} skill it exercises, e.g. exams: { ${chapter.exam}: '3.2.7' }` });
      }
    }
  });
export type Question = z.infer<typeof questionSchema>;

/** A change to a default or feature (not a rename or closure of a whole service). */
export const changeSchema = z.strictObject({
  title: z.string().min(10),
  when: whenSchema,
  change: z.string().min(20).describe('One or two sentences: what changed and what it means.'),
  page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/).describe('The page that teaches the topic.'),
  source: sourceSchema,
});
