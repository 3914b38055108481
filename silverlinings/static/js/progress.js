// Keeps a progress bar (templates/includes/progress.html) up to date without reloading the page:
// asks the page's own address for ?progress=json every few seconds, updates the bar and its text,
// and says what changed in a polite live region. Focus and scroll position are never touched.
// When the answer carries "rows" (core.progress.progress_rows: each row as the page renders it, with
// an id), a row of the page that now looks different is swapped for the new one, so a table shows each
// item's own state as the work goes; the live region still speaks only for the bar.
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

    function showRows(rows) {
      if (!rows) { return; }
      var holder = document.createElement("template");
      for (var i = 0; i < rows.length; i++) {
        holder.innerHTML = rows[i]; // rendered and escaped by the server's own row template
        var row = holder.content.firstElementChild;
        var current = row && row.id ? document.getElementById(row.id) : null;
        if (!current || current.outerHTML === row.outerHTML) { continue; }
        var active = current.contains(document.activeElement) ? document.activeElement : null;
        current.parentNode.replaceChild(row, current);
        if (active) { keepFocus(row, active); }
      }
    }

    // A reader whose focus was on a link in a swapped row keeps it on the same link in the new row.
    function keepFocus(row, active) {
      var href = active.getAttribute("href");
      var links = row.querySelectorAll("a[href]");
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
          showRows(progress.rows);
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
