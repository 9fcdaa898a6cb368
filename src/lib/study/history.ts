/**
 * Attempt history over time: every finished mock exam and every practice session, as one score per
 * domain of the learner's exam, and the small line charts the progress page draws from it (one per
 * domain, each point labelled with its percentage, so it reads without colour; a table holds the same
 * numbers for screen readers and print).
 */
import type { StudyState } from './state.ts';

export interface HistoryPoint {
  at: number;
  kind: 'mock exam' | 'practice';
  /** Domain slug → score in that attempt (only domains it asked). */
  byDomain: Record<string, { right: number; total: number }>;
}

/** Mock exams and practice sessions of one exam, oldest first. `fallbackExam` is the exam of records saved without one. */
export function attemptHistory(state: StudyState, examId: string, fallbackExam = 'mls-c01'): HistoryPoint[] {
  const exams = state.history
    .filter((r) => (r.examId ?? fallbackExam) === examId)
    .map((r): HistoryPoint => ({ at: r.at, kind: 'mock exam', byDomain: r.byDomain }));
  const practice = state.sessions.filter((s) => s.examId === examId).map((s): HistoryPoint => ({ at: s.at, kind: 'practice', byDomain: s.byDomain }));
  return [...exams, ...practice].sort((a, b) => a.at - b.at);
}

export interface ChartPoint {
  x: number;
  y: number;
  /** "67 %" */
  label: string;
  at: number;
  kind: HistoryPoint['kind'];
}

/** One domain's points in a chart of `width` × `height` (y = 0 % at the bottom); attempts without the domain are skipped. */
export function domainSeries(points: readonly HistoryPoint[], domain: string, width = 300, height = 100, pad = 16): ChartPoint[] {
  const withDomain = points.filter((p) => (p.byDomain[domain]?.total ?? 0) > 0);
  const n = withDomain.length;
  return withDomain.map((p, i) => {
    const { right, total } = p.byDomain[domain]!;
    const share = right / total;
    return {
      x: Math.round(n === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1)),
      y: Math.round(height - pad - share * (height - 2 * pad)),
      label: `${Math.round(share * 100)} %`,
      at: p.at,
      kind: p.kind,
    };
  });
}

/** An SVG polyline's `points` attribute. */
export const polyline = (series: readonly ChartPoint[]): string => series.map((p) => `${p.x},${p.y}`).join(' ');

/** "3 of 5 (60 %)" or "–" when the attempt did not ask the domain. */
export function scoreCell(score: { right: number; total: number } | undefined): string {
  return score && score.total ? `${score.right} of ${score.total} (${Math.round((score.right / score.total) * 100)} %)` : '–';
}
