/** /data/mock-exam.json: the mock exam's forms and question bank, fetched by /practice/mock-exam/. */
import type { APIRoute } from 'astro';
import { examForm, mockExams } from '../../lib/exams.ts';
import { mockExamPayload } from '../../lib/study/payloads.ts';
import { json, questionBank } from '../../study-data.ts';

export const GET: APIRoute = async () => json(mockExamPayload(mockExams().map(examForm), await questionBank()));
