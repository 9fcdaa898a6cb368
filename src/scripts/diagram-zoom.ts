/**
 * "Open full size" on a diagram (src/lib/diagrams.ts) opens it in a modal dialog at its own size, in the
 * current theme, scrollable both ways and pinch-zoomable, instead of leaving the page. Native <dialog>:
 * focus moves in and returns to the link, Escape and the Close button close it, so does a tap outside
 * the image. Without JavaScript the link still opens the SVG file itself.
 */
import { el } from './dom.ts';

let dialog: HTMLDialogElement | undefined;

function theDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  const close = el('button', { type: 'button', className: 'diagram-dialog-close', autofocus: true }, 'Close');
  dialog = el(
    'dialog',
    { className: 'diagram-dialog' },
    el('div', { className: 'diagram-dialog-bar' }, el('p', { id: 'diagram-dialog-title' }), el('a', { className: 'diagram-dialog-file' }, 'Open the image file'), close),
    el('div', { className: 'diagram-dialog-body', tabIndex: 0 }, el('img', { decoding: 'async' })),
  );
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  dialog.querySelector('.diagram-dialog-body')!.setAttribute('aria-label', 'Diagram, scrollable');
  close.addEventListener('click', () => dialog!.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog!.close();
  });
  document.body.append(dialog);
  return dialog;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('figure.diagram a.diagram-full');
  if (!(link instanceof HTMLAnchorElement) || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const figure = link.closest('figure')!;
  const light = figure.querySelector<HTMLImageElement>('img.diagram-light')!;
  const dark = document.documentElement.dataset.theme === 'dark';
  const shown = (dark && figure.querySelector<HTMLImageElement>('img.diagram-dark')) || light;
  event.preventDefault();
  const d = theDialog();
  d.querySelector('#diagram-dialog-title')!.textContent = figure.querySelector('figcaption')!.firstChild?.textContent?.trim() ?? '';
  d.querySelector<HTMLAnchorElement>('.diagram-dialog-file')!.href = shown.src;
  const img = d.querySelector('img')!;
  Object.assign(img, { src: shown.src, alt: light.alt, width: Number(light.getAttribute('width')), height: Number(light.getAttribute('height')) });
  d.showModal();
  d.querySelector<HTMLElement>('.diagram-dialog-body')!.scrollTo(0, 0);
});
