/** /data/practice/<set>.json: one practice set's questions, fetched by its page (src/components/study/Practice.astro). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPracticeSets, json, practiceQuestion } from '../../../study-data.ts';

export const getStaticPaths = (async () => (await allPracticeSets()).map((s) => ({ params: { set: s.path }, props: { questions: s.questions } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ questions: Awaited<ReturnType<typeof allPracticeSets>>[number]['questions'] }> = async ({ props }) =>
  json(await Promise.all(props.questions.map(practiceQuestion)));
