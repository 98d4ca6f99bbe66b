// The portal's language toggle: switching <html lang> re-renders every widget in that language.
const toggle = document.getElementById('lang-toggle');
function apply(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-zh]')) el.textContent = el.dataset[lang === 'en' ? 'en' : 'zh'];
  toggle.textContent = lang === 'en' ? '中文' : 'English';
}
toggle.addEventListener('click', () => apply(document.documentElement.lang === 'en' ? 'zh-CN' : 'en'));
