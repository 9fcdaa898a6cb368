/**
 * The study state in this browser: loads it once per page (dropping bad data, see
 * src/lib/study/state.ts), saves every change, and tells the page when something went wrong.
 * Nothing is sent anywhere; there are no cookies.
 */
import { CORRUPT_KEY, STORAGE_KEY, emptyState, parseState, serializeState, withSeed, type StudyState } from '../lib/study/state.ts';

let current: StudyState | undefined;
let loadProblem: string | undefined;
/** True while the option-order seed was picked on this load and not saved yet. */
let seedUnsaved = false;
const listeners = new Set<(state: StudyState) => void>();

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The current state (loaded on first use). */
export function getState(): StudyState {
  if (!current) {
    const store = storage();
    const raw = store?.getItem(STORAGE_KEY);
    const result = parseState(raw);
    current = withSeed(result.state);
    seedUnsaved = current.seed !== result.state.seed;
    loadProblem = store ? result.problem : 'This browser does not allow saving data for this site, so progress will not be kept after you leave the page.';
    if (result.problem && store && raw != null) {
      // Keep the unreadable data aside (not lost: it can be recovered by hand) and start afresh.
      try {
        store.setItem(CORRUPT_KEY, raw);
        store.removeItem(STORAGE_KEY);
        loadProblem += ` A copy was kept in this browser under the key "${CORRUPT_KEY}".`;
      } catch {
        // No room for the copy: the original stays where it is until the next save.
      }
    }
  }
  return current;
}

/** Saves the option-order seed if it was picked on this load, so shuffled options keep their order across reloads. */
export function keepSeed(): void {
  if (getState() && seedUnsaved) update((s) => s);
}

/** Why saved data had to be discarded on this page load (shown once to the learner), if it was. */
export function takeLoadProblem(): string | undefined {
  getState();
  const problem = loadProblem;
  loadProblem = undefined;
  return problem;
}

/** Applies a change, saves it and notifies listeners. Returns an error message if saving failed. */
export function update(change: (state: StudyState) => StudyState): string | undefined {
  current = change(getState());
  seedUnsaved = false;
  let problem: string | undefined;
  try {
    storage()?.setItem(STORAGE_KEY, serializeState(current));
  } catch (e) {
    problem = `Your progress could not be saved: ${(e as Error).message}`;
  }
  for (const listener of listeners) listener(current);
  return problem;
}

/** Replaces everything (import) or clears it (reset). */
export function replace(state: StudyState = emptyState()): string | undefined {
  return update(() => state);
}

/** Calls `listener` with the state after every change on this page. */
export function subscribe(listener: (state: StudyState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows a short message in a page's notice area (role=status; role=alert for warnings), or clears it. */
export function showNotice(region: HTMLElement | null, message: string | undefined, tone: 'info' | 'warning' = 'warning'): void {
  if (!region) return;
  region.setAttribute('role', tone === 'warning' && message ? 'alert' : 'status');
  region.textContent = message ?? '';
  region.hidden = !message;
  region.dataset.tone = tone;
}
