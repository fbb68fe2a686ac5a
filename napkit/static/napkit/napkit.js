// Progressive enhancements only: every page works without this file.
// Before printing, unfold every <details> so nothing folded is missing on paper.
window.addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll("details:not([open])")) {
    d.dataset.printOpened = "1";
    d.open = true;
  }
});
window.addEventListener("afterprint", () => {
  for (const d of document.querySelectorAll("details[data-print-opened]")) {
    d.open = false;
    delete d.dataset.printOpened;
  }
});

// After htmx swaps a form in, put the keyboard focus on its first field.
document.addEventListener("htmx:afterSwap", (event) => {
  const target = event.detail.target;
  const field = target && target.querySelector("input:not([type=hidden]), select, textarea");
  if (field) field.focus();
});
