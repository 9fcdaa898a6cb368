/**
 * Fetches a study tool's data file (src/pages/data/) after first paint. While it loads, a status line
 * says so; if it cannot load, an alert says what failed and offers to try again. Resolves with the
 * parsed JSON once it has loaded (after however many retries the learner needed).
 */
import { el } from './dom.ts';
import { href } from '../lib/href.ts';

/** Loads `path` (a site path such as "/data/flashcards.json") for `host`; `what` names it for the learner ("the flashcards"). */
export function loadData<T>(host: HTMLElement, path: string, what: string): Promise<T> {
  // The page's own loading line (server-rendered, so it shows at first paint), or a new one.
  const status = host.querySelector<HTMLElement>('.data-loading') ?? host.appendChild(el('p', { className: 'data-loading' }, `Loading ${what}…`));
  status.setAttribute('role', 'status');
  const alert = el('div', { className: 'data-error' });
  alert.setAttribute('role', 'alert');
  status.after(alert);
  return new Promise<T>((resolve) => {
    const attempt = async (retried = false) => {
      status.hidden = false;
      alert.replaceChildren();
      try {
        const response = await fetch(href(path));
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        const data = (await response.json()) as T;
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
