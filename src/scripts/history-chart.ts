/**
 * The progress page's scores over time: one small line chart per domain of the learner's exam (each
 * point labelled with its percentage and shaped by kind, a circle for a mock exam and a square for a
 * practice session, so it reads without colour) and a table with the same numbers for screen readers
 * and print. Data and geometry come from src/lib/study/history.ts.
 */
import { el } from './dom.ts';
import { attemptHistory, domainSeries, polyline, scoreCell } from '../lib/study/history.ts';
import type { StudyState } from '../lib/study/state.ts';
import type { Exam } from '../lib/exams.ts';
import { formatDate } from '../lib/dates.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 120;
/** Room on the left for the 0 % and 100 % scale. */
const MARGIN = 36;
/** Points per chart (the table keeps them all). */
const MAX_POINTS = 12;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

export function renderHistory(root: HTMLElement, state: StudyState, exam: Pick<Exam, 'id' | 'code' | 'domains'>): void {
  const points = attemptHistory(state, exam.id);
  const charts = root.querySelector<HTMLElement>('.history-charts')!;
  const table = root.querySelector<HTMLTableElement>('.history-table')!;
  const empty = root.querySelector<HTMLElement>('.history-empty')!;
  const enough = points.length >= 2;
  charts.hidden = table.hidden = !enough;
  empty.hidden = enough;
  if (!enough) {
    charts.replaceChildren();
    return;
  }
  const recent = points.slice(-MAX_POINTS);
  charts.replaceChildren(
    el('p', { className: 'history-key' }, `Your latest ${recent.length} attempts per ${exam.code} domain, oldest on the left: a circle is a mock exam, a square a practice session, each labelled with its score.`),
    ...exam.domains.map((d) => {
      const series = domainSeries(recent, d.slug, W - MARGIN, H, 20);
      const caption = `${d.number}. ${d.name}: ${series.length ? `${series.length} ${series.length === 1 ? 'attempt' : 'attempts'}, latest ${series.at(-1)!.label}` : 'not asked yet'}`;
      if (!series.length) return el('p', { className: 'history-chart' }, caption);
      const chart = svg(
        'svg',
        { viewBox: `0 0 ${W} ${H}`, width: W, height: H, 'aria-hidden': 'true', focusable: 'false' },
        svg('line', { x1: 0, y1: H - 20, x2: W, y2: H - 20, class: 'axis' }),
        svg('line', { x1: 0, y1: 20, x2: W, y2: 20, class: 'grid' }),
        svg('text', { x: 2, y: 24, class: 'scale' }, '100 %'),
        svg('text', { x: 2, y: H - 16, class: 'scale' }, '0 %'),
        svg(
          'g',
          { transform: `translate(${MARGIN} 0)` },
          svg('polyline', { points: polyline(series), class: 'line' }),
          ...series.flatMap((p) => [
            p.kind === 'mock exam' ? svg('circle', { cx: p.x, cy: p.y, r: 4, class: 'point' }) : svg('rect', { x: p.x - 4, y: p.y - 4, width: 8, height: 8, class: 'point' }),
            svg('text', { x: p.x, y: p.y - 8, 'text-anchor': 'middle', class: 'label' }, p.label),
          ]),
        ),
      );
      return el('figure', { className: 'history-chart' }, chart, el('figcaption', {}, caption));
    }),
  );
  table.querySelector('caption')!.textContent = `${exam.code} scores by domain, oldest first (circle: mock exam; square: practice)`;
  table.querySelector('thead')!.replaceChildren(
    el('tr', {}, el('th', { scope: 'col' }, 'Date'), el('th', { scope: 'col' }, 'Kind'), ...exam.domains.map((d) => el('th', { scope: 'col' }, `Domain ${d.number}`))),
  );
  table.querySelector('tbody')!.replaceChildren(
    ...points.map((p) => el('tr', {}, el('td', {}, formatDate(new Date(p.at))), el('td', {}, p.kind), ...exam.domains.map((d) => el('td', {}, scoreCell(p.byDomain[d.slug]))))),
  );
}
