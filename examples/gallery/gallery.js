// Shows, under every widget, the snippet that embeds it: the element's own markup (its outerHTML),
// set as text. This module runs before /cdn/eco-widgets.js (module scripts run in document order),
// so the markup is exactly what the page author wrote: no attributes reflected by the widgets yet,
// and nothing rendered (the widgets render into their shadow roots, which outerHTML never includes).
function snippet(elements) {
  const pre = document.createElement('pre');
  pre.tabIndex = 0; // it may scroll sideways: keyboard users must be able to reach it
  const code = document.createElement('code');
  code.textContent = elements.map((el) => el.outerHTML).join('\n');
  pre.append(code);
  return pre;
}

// The data widgets: each gets a snippet of its own, right after it.
const WIDGETS = [
  'eco-scorecard',
  'eco-progress-chart',
  'eco-ranking',
  'eco-breakdown',
  'eco-task-board',
  'eco-redline',
  'eco-weights',
  'eco-ledger',
]
  .map((tag) => `:scope > ${tag}`)
  .join(', ');

for (const section of document.querySelectorAll('.specimen')) {
  const lists = section.querySelectorAll(':scope > .badges');
  if (lists.length > 0) {
    // The status badges: one block with every badge of the section, after the last list.
    lists[lists.length - 1].after(snippet([...section.querySelectorAll(':scope > .badges eco-status-badge')]));
  } else {
    for (const el of section.querySelectorAll(WIDGETS)) el.after(snippet([el]));
  }
}
