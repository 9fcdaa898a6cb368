/**
 * One list of everything that was renamed, closed or changed, newest first, for the Renamed and
 * retired page: built from the services collection (former names, statuses) and the changes list.
 */
import type { Service, Source, When } from './schema.ts';

export interface HistoryRow {
  /** What older material calls it. */
  before: string;
  /** What it is now (current name, or what to use instead). */
  now: string;
  kind: 'renamed' | 'closed-to-new-customers' | 'retired' | 'changed';
  when?: When;
  note?: string;
  source: Source;
  /** Service id, for linking to the page that teaches it. */
  service?: string;
  /** Page id that teaches it, when known. */
  page?: string;
}

export function serviceHistory(
  services: ReadonlyArray<{ id: string; data: Service }>,
  changes: ReadonlyArray<{ id: string; data: { title: string; when: When; change: string; page: string; source: Source } }>,
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const { id, data } of services) {
    for (const former of data.formerNames) {
      rows.push({ before: former.name, now: data.name, kind: 'renamed', when: former.until, source: former.source, service: id });
    }
    for (const f of data.featureChanges) {
      rows.push({ before: `${data.name}: ${f.feature}`, now: f.note, kind: f.status, when: f.when, source: f.source, service: id });
    }
    if (data.status !== 'available') {
      rows.push({ before: data.name, now: data.statusNote ?? '', kind: data.status, when: data.statusDate, source: data.statusSource!, service: id });
    }
  }
  for (const { data } of changes) {
    rows.push({ before: data.title, now: data.change, kind: 'changed', when: data.when, source: data.source, page: data.page.split('#')[0] });
  }
  return rows.sort((a, b) => (b.when?.date.getTime() ?? 0) - (a.when?.date.getTime() ?? 0) || a.before.localeCompare(b.before));
}
