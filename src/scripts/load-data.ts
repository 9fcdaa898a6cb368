/**
 * Fetches a study tool's data file (src/pages/data/) after first paint. While it loads, a status line
 * says so; if it cannot load, an alert says what failed and offers to try again. Resolves with the
 * parsed JSON once it has loaded (after however many retries the learner needed).
 */
import { el } from './dom.ts';
import { href } from '../lib/href.ts';

/** Loads `path` (a site path such as "/data/progress.json") for `host`; `what` names it for the learner ("the flashcards"). */
export async function loadData<T>(host: HTMLElement, path: string, what: string): Promise<T> {
  return (await loadAll<[T]>(host, [path], what))[0];
}

/** Loads several files for `host` at once, as one: resolves with all of them in order, or shows one alert. */
export function loadAll<T extends unknown[]>(host: HTMLElement, paths: readonly string[], what: string): Promise<T> {
  // The page's own loading line (server-rendered, so it shows at first paint), or a new one.
  const status = host.querySelector<HTMLElement>('.data-loading') ?? host.appendChild(el('p', { className: 'data-loading' }, `Loading ${what}…`));
  status.setAttribute('role', 'status');
  const alert = el('div', { className: 'data-error' });
  alert.setAttribute('role', 'alert');
  status.after(alert);
  // Start after the first paint, so that the page's own content paints first.
  // (A background tab runs no animation frames: there the timeout starts it.)
  const painted = new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
  return new Promise<T>((resolve) => {
    const attempt = async (retried = false) => {
      status.hidden = false;
      alert.replaceChildren();
      try {
        await painted;
        const data = (await Promise.all(
          paths.map(async (path) => {
            const response = await fetch(href(path));
            if (!response.ok) throw new Error(`the server answered ${response.status}`);
            return response.json() as unknown;
          }),
        )) as T;
        status.remove();
        alert.remove();
        resolve(data);
      } catch (e) {
        status.hidden = true;
        const retry = el('button', { type: 'button', className: 'guide-button', textContent: 'Try again' });
        retry.addEventListener('click', () => void attempt(true));
        const reason = e instanceof Error && e.message.startsWith('the server') ? ` (${e.message})` : '';
        alert.replaceChildren(el('p', {}, `Sorry, ${what} could not be loaded${reason}. Check your connection, then try again.`), retry);
        if (retried) retry.focus();
      }
    };
    void attempt();
  });
}
