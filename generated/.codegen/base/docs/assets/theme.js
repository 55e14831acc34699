/* Apply the saved theme before the first paint (the toggle lives in docs.js). */
try {
  var saved = localStorage.getItem("docs-theme");
  if (saved === "dark" || saved === "light") document.documentElement.dataset.theme = saved;
} catch (e) {}
