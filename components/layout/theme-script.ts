export const THEME_STORAGE_KEY = 'mlprep-theme';

// Runs inline in <head>: a stored choice wins, otherwise follow the system setting.
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;
