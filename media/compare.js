// Compare webview script (loaded with the page's nonce). Only asks the extension to open a span; the
// extension checks every field against the corpus.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.open') : null;
    if (!target) return;
    event.preventDefault();
    vscode.postMessage({
      type: 'open',
      doc: target.getAttribute('data-doc'),
      start: Number(target.getAttribute('data-start')),
      end: Number(target.getAttribute('data-end')),
    });
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.open') : null;
    if (target && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      /** @type {HTMLElement} */ (target).click();
    }
  });
})();
