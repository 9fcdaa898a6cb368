/** /data/progress.json: what the progress page needs besides the flashcard index (exams, each question's tasks, page versions), fetched by /study/progress/. */
import type { APIRoute } from 'astro';
import { examForm, getExam, PRIMARY_EXAM_ID, TAGGED_EXAM_IDS } from '../../lib/exams.ts';
import { progressPayload } from '../../lib/study/payloads.ts';
import { allQuestions } from '../../site-data.ts';
import { json, questionTasks, studyPages } from '../../study-data.ts';

export const GET: APIRoute = async () =>
  json(
    progressPayload(
      [...TAGGED_EXAM_IDS, PRIMARY_EXAM_ID].map((id) => examForm(getExam(id))),
      (await allQuestions()).map((q) => ({ id: q.id, tasks: questionTasks(q.data) })),
      await studyPages(),
    ),
  );
