// The portal's language toggle: switching <html lang> re-renders every widget in that language.
// The choice is kept in the address (?lang=en, ?lang=zh-CN), so a link or a reload keeps it; the
// hash is left alone, because the widgets' permalinks live there.
const toggle = document.getElementById('lang-toggle');
function apply(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-zh]')) el.textContent = el.dataset[lang === 'en' ? 'en' : 'zh'];
  toggle.textContent = lang === 'en' ? '中文' : 'English';
  toggle.lang = lang === 'en' ? 'zh-CN' : 'en';
  showSelection();
}
/** The language the address asks for: `zh…` is Chinese, `en…` English, anything else nothing. */
function askedLang() {
  const asked = new URLSearchParams(location.search).get('lang')?.trim() ?? '';
  if (/^zh\b/i.test(asked)) return 'zh-CN';
  if (/^en\b/i.test(asked)) return 'en';
  return null;
}
toggle.addEventListener('click', () => {
  const lang = document.documentElement.lang === 'en' ? 'zh-CN' : 'en';
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  apply(lang);
});

// The widgets talk through events: picking a unit in the scorecard shows that unit's PM2.5 chart,
// and a point picked in the chart (click, Enter or Space) is echoed under it.
const scorecard = document.querySelector('eco-scorecard');
const chart = document.querySelector('eco-progress-chart');
const selection = document.getElementById('chart-selection');
let picked = null;
function showSelection() {
  if (!picked) {
    selection.hidden = true;
    return;
  }
  const zh = document.documentElement.lang !== 'en';
  const value =
    typeof picked.value === 'number'
      ? new Intl.NumberFormat(zh ? 'zh-CN' : 'en').format(picked.value)
      : String(picked.value);
  const period = zh && /^\d{4}$/.test(picked.period) ? `${picked.period}年` : picked.period;
  selection.textContent = zh ? `已选中：${period}，${value}` : `Selected: ${period}, ${value}`;
  selection.hidden = false;
}
// One unit for the whole page: picking it in the scorecard or the ranking (or the weights'
// ranking) shows it in the scorecard, the chart, the breakdown and the ranking.
const unitViews = ['eco-scorecard', 'eco-progress-chart', 'eco-breakdown', 'eco-ranking', 'eco-weights'].map((tag) =>
  document.querySelector(tag),
);
// Why the unit shown is shown: the page opens on the lowest-ranked unit and says so; once the
// visitor picks one, the reason is their choice.
const why = document.getElementById('unit-why');
function selectUnit(unit) {
  for (const el of unitViews) if (el && el.unit !== unit) el.unit = unit;
  if (unit !== 'gangkou') {
    why.dataset.zh = '以下各部分显示您在排名或计分卡中选择的单位。';
    why.dataset.en = 'The parts below show the unit you picked in the ranking or the scorecard.';
    why.textContent = why.dataset[document.documentElement.lang === 'en' ? 'en' : 'zh'];
  }
  picked = null;
  showSelection();
}
scorecard.addEventListener('eco-select', (event) => selectUnit(event.detail.unit));
document.querySelector('eco-ranking').addEventListener('eco-select', (event) => selectUnit(event.detail.unit));
chart.addEventListener('eco-select', (event) => {
  picked = event.detail;
  showSelection();
});

const asked = askedLang();
if (asked) apply(asked);
