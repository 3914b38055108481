// Keeps a progress bar (templates/includes/progress.html) up to date without reloading the page:
// asks the page's own address for ?progress=json every few seconds, updates the bar and its text,
// and says what changed in a polite live region. Focus and scroll position are never touched.
// When the answer carries "parts" (core.progress.progress_part and progress_rows: each part of the page
// as the page renders it, with an id: the heading and first paragraph, a table's rows), a part that now
// looks different is swapped for the new one, so the heading says the work has ended and a table shows
// each item's own state as the work goes. The live region still speaks only for the bar, and reads the
// end once; a swapped part keeps focus on the same link.
// Without JavaScript the page shows its own state and a "Check progress" button.
(function () {
  "use strict";
  if (!window.fetch) { return; }
  var INTERVAL = 2000;
  var ANNOUNCE_EVERY = 10000; // a screen reader hears a change at most this often, and the end at once

  function start(block) {
    var url = block.getAttribute("data-progress-url");
    var text = block.querySelector("[data-progress-text]");
    var bar = block.querySelector("[data-progress-bar]");
    var fill = bar.firstElementChild;
    var status = block.querySelector("[data-progress-status]");
    var button = block.querySelector("[data-progress-button]");
    var lastAnnounced = Date.now();
    var failures = 0;

    function show(progress) {
      text.textContent = progress.text;
      bar.setAttribute("aria-valuemax", progress.total);
      bar.setAttribute("aria-valuenow", progress.done);
      bar.setAttribute("aria-valuetext", progress.text);
      fill.className = fill.className.replace(/\bsl-w-\d+\b/, "sl-w-" + progress.percent);
      if (progress.finished) {
        status.textContent = progress.finished_text || progress.text;
        if (button) { button.textContent = "Show the results"; }
      } else if (Date.now() - lastAnnounced >= ANNOUNCE_EVERY && status.textContent !== progress.text) {
        status.textContent = progress.text;
        lastAnnounced = Date.now();
      }
    }

    function showParts(parts) {
      if (!parts) { return; }
      var holder = document.createElement("template");
      for (var i = 0; i < parts.length; i++) {
        holder.innerHTML = parts[i]; // rendered and escaped by the server's own template for that part
        var part = holder.content.firstElementChild;
        var current = part && part.id ? document.getElementById(part.id) : null;
        if (!current || current.outerHTML === part.outerHTML) { continue; }
        var active = current.contains(document.activeElement) ? document.activeElement : null;
        current.parentNode.replaceChild(part, current);
        if (active) { keepFocus(part, active); }
      }
    }

    // A reader whose focus was on a link in a swapped part keeps it on the same link in the new part.
    function keepFocus(part, active) {
      var href = active.getAttribute("href");
      var links = part.querySelectorAll("a[href]");
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute("href") === href) { links[i].focus({ preventScroll: true }); return; }
      }
    }

    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (progress) {
          failures = 0;
          showParts(progress.parts);
          show(progress);
          if (!progress.finished) { setTimeout(poll, INTERVAL); }
        })
        .catch(function () {
          failures += 1;
          if (failures < 5) { setTimeout(poll, INTERVAL * failures); return; }
          status.textContent = "Progress could not be checked automatically. Press ‘Check progress’ to see it.";
        });
    }

    block.setAttribute("data-progress-polling", "true");
    setTimeout(poll, INTERVAL);
  }

  var blocks = document.querySelectorAll('[data-module="sl-progress"]');
  for (var i = 0; i < blocks.length; i++) {
    if (!blocks[i].querySelector("[data-progress-button]")) { continue; } // finished when the page was made
    start(blocks[i]);
  }
})();
