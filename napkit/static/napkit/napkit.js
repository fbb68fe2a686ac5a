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

// A table wider than a phone scrolls inside its own box: make such a box reachable with the
// keyboard (and named, from its caption) so it can be scrolled without a pointer.
function focusableScrollers(root) {
  for (const box of root.querySelectorAll("table.grid, .table-scroll, .heatmap-wrap, .scroll")) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "0");
      box.dataset.scrollFocus = "1";
      const caption = box.querySelector("caption");
      if (caption && !box.hasAttribute("aria-label")) {
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", caption.textContent.trim());
      }
    } else if (!scrolls && box.dataset.scrollFocus) {
      box.removeAttribute("tabindex");
      delete box.dataset.scrollFocus;
    }
  }
}
document.addEventListener("DOMContentLoaded", () => focusableScrollers(document));
window.addEventListener("resize", () => focusableScrollers(document));
document.addEventListener("htmx:afterSwap", (event) => focusableScrollers(event.detail.target));
