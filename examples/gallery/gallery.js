// Shows, under every widget, the snippet that embeds it: the element's own markup, as text.
// (The snippet is built from the element's tag and attributes, never from its rendered content.)
for (const el of document.querySelectorAll('.specimen > eco-scorecard, .specimen > eco-progress-chart, .specimen > .badges:first-of-type')) {
  const elements = el.matches('.badges') ? [...el.querySelectorAll('eco-status-badge')].slice(0, 2) : [el];
  const lines = elements.map((e) => `<${e.localName}${[...e.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}></${e.localName}>`);
  if (el.matches('.badges')) lines.push('…');
  const pre = document.createElement('pre');
  pre.tabIndex = 0; // it may scroll sideways: keyboard users must be able to reach it
  const code = document.createElement('code');
  code.textContent = lines.join('\n');
  pre.append(code);
  (el.matches('.badges') ? el.parentElement.querySelector('.badges:last-of-type') : el).after(pre);
}
