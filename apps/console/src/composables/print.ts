// Prints one slip on its own: a copy of it goes to #print-root, the print CSS hides the rest.
// QR codes are <img> data URLs, so the copy carries them.
export function printSlip(element: HTMLElement | null | undefined): void {
  const root = document.getElementById('print-root');
  if (!element || !root) return;
  root.replaceChildren(element.cloneNode(true));
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    root.replaceChildren();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // some browsers return from print() only when the dialog closes and send no afterprint
  setTimeout(done, 1000);
}
