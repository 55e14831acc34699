/* Reference docs: theme toggle, menu, deep links into collapsed attributes, copy buttons, search.
   No framework; the search index (assets/search-index.js) is loaded on first use. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;

  function byId(id) { return doc.getElementById(id); }

  byId("theme").addEventListener("click", function () {
    var current = root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    var next = current === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("docs-theme", next); } catch (e) {}
  });

  /* The sidebar's resource list comes from assets/nav.js; the page itself only lists its own
     operations. Built after the first frame, so it never delays the page's first paint. */
  function buildNav() {
    var nav = byId("nav"), entries = window.DOCS_NAV || [];
    if (!nav || !entries.length) return;
    var current = nav.querySelector("li.cur"), list = doc.createDocumentFragment();
    entries.forEach(function (entry) {
      if (current && current.getAttribute("data-page") === entry[0]) {
        list.appendChild(current);
        return;
      }
      var item = doc.createElement("li"), link = doc.createElement("a");
      link.href = entry[0] + ".html";
      link.textContent = entry[1];
      item.appendChild(link);
      list.appendChild(item);
    });
    nav.appendChild(list);
    if (current) byId("side").scrollTop = current.offsetTop - 80;
  }
  requestAnimationFrame(function () { setTimeout(buildNav, 0); });

  var menu = byId("menu");
  menu.addEventListener("click", function () {
    menu.setAttribute("aria-expanded", String(doc.body.classList.toggle("nav-open")));
  });

  /* A link to a field inside collapsed <details> opens them, then scrolls the field into view. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && byId(id);
    if (!target) return;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    var previous = doc.querySelector(".hit");
    if (previous) previous.classList.remove("hit");
    target.classList.add("hit");
    target.scrollIntoView();
    doc.body.classList.remove("nav-open");
  }
  window.addEventListener("hashchange", reveal);
  reveal();

  function fallbackCopy(text) {
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    doc.body.appendChild(area);
    area.select();
    try { doc.execCommand("copy"); } catch (e) {}
    doc.body.removeChild(area);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { fallbackCopy(text); });
    }
    fallbackCopy(text);
    return Promise.resolve();
  }

  /* Each code block's copy button (made here: 2,000 of them in the pages of a big API). */
  Array.prototype.forEach.call(doc.querySelectorAll(".code > .ch"), function (head) {
    var button = doc.createElement("button");
    button.className = "copy";
    button.type = "button";
    button.textContent = "Copy";
    head.appendChild(button);
  });

  doc.addEventListener("click", function (event) {
    var name = event.target.closest && event.target.closest(".fn");
    if (name) {
      location.hash = name.parentNode.id;
      return;
    }
    var button = event.target.closest && event.target.closest("button.copy");
    if (!button) return;
    copy(button.parentNode.nextElementSibling.textContent).then(function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    });
  });

  /* Search: [label, kind, page, anchor, text] items; every word must match the label or the text. */
  var input = byId("q"), results = byId("results"), index = null, loading = false;
  var KINDS = ["resource", "object", "operation", "attribute", "parameter"];

  function load() {
    if (index || loading) return;
    loading = true;
    var script = doc.createElement("script");
    script.src = "assets/search-index.js";
    script.onload = function () {
      var data = window.DOCS_SEARCH;
      index = data.items.map(function (item) {
        var text = data.texts[item[4]];
        return { item: item, label: item[0].toLowerCase(), text: text.toLowerCase(), shown: text, pages: data.pages };
      });
      search();
    };
    doc.head.appendChild(script);
  }

  /* Attribute and parameter anchors follow from their labels unless stored (search.py: derived_anchor). */
  function anchorOf(item, page) {
    if (item[3] || item[1] < 3) return item[3];
    if (item[1] === 3) return item[0].replace(/\./g, "-");
    var split = item[0].indexOf(": ");
    return page + "." + item[0].slice(0, split) + "-" + item[0].slice(split + 2).replace(/\./g, "-");
  }

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var word = words[i], label = entry.label;
      if (label === word) total += 100;
      else if (label.lastIndexOf(word, 0) === 0) total += 60;
      else if (label.indexOf(word) >= 0) total += 40 - Math.min(label.length, 30) / 3;
      else if (entry.text.indexOf(word) >= 0) total += 5;
      else return 0;
    }
    return total + (entry.item[1] < 3 ? 8 : 0);
  }

  function search() {
    if (!index) return;
    var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    results.textContent = "";
    results.hidden = !words.length;
    if (!words.length) return;
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var value = score(index[i], words);
      if (value > 0) hits.push([value, i]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    if (!hits.length) {
      var none = doc.createElement("li");
      none.className = "none";
      none.textContent = "No results";
      results.appendChild(none);
      return;
    }
    hits.slice(0, 40).forEach(function (hit) {
      var entry = index[hit[1]], item = entry.item;
      var li = doc.createElement("li"), link = doc.createElement("a"), kind = doc.createElement("span");
      var label = doc.createElement("code"), text = doc.createElement("span");
      var anchor = anchorOf(item, entry.pages[item[2]]);
      link.href = entry.pages[item[2]] + ".html" + (anchor ? "#" + anchor : "");
      kind.className = "k";
      kind.textContent = KINDS[item[1]];
      label.textContent = item[0];
      text.className = "x";
      text.textContent = entry.shown;
      link.appendChild(label);
      link.appendChild(kind);
      link.appendChild(text);
      li.appendChild(link);
      results.appendChild(li);
    });
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); search(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = results.querySelector("a");
      if (first) first.click();
    } else if (event.key === "Escape") {
      input.value = "";
      search();
    }
  });
  results.addEventListener("click", function () { results.hidden = true; });
  doc.addEventListener("keydown", function (event) {
    if (event.key === "/" && doc.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
})();
