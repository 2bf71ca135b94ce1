/* global window, document */
// Sets the colour scheme before the page is painted: a page drawn by the server shows at once, before the
// app's scripts run, and must not flash light for someone who chose dark (or whose system is dark).
// The same choice as Mantine's own (the key its colour scheme manager keeps in localStorage, then the system).
(function () {
  var scheme = 'light';
  try {
    var kept = window.localStorage.getItem('mantine-color-scheme-value');
    if (kept === 'light' || kept === 'dark') scheme = kept;
    else if (window.matchMedia('(prefers-color-scheme: dark)').matches) scheme = 'dark';
  } catch {
    // Storage refused (a private window's settings): the system's choice, or light.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
