export const THEME_STORAGE_KEY = 'mlprep-theme';

// Runs inline in <head>: a stored choice wins, otherwise follow the system setting.
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;

// Chromium prerenders a note when the pointer rests on a link to it ("moderate"), so following the
// link shows the page at once; other browsers ignore this and load it on click.
export const SPECULATION_RULES = JSON.stringify({ prerender: [{ where: { href_matches: '/notes/*' }, eagerness: 'moderate' }] });
