// Saves a form in the background while the person types, so that closing the tab loses nothing. The
// page works the same without it: every button press saves too. The form says what is being saved in
// its data-autosave-saved and data-autosave-failed ("Your answers were saved at", "The report was …").
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.getElementById("autosave-status");
  var saved = form.getAttribute("data-autosave-saved") || "Saved at";
  var failed = form.getAttribute("data-autosave-failed") || "This page could not be saved automatically.";
  var timer = null;
  var pending = false;

  function save() {
    timer = null;
    pending = false;
    var data = new FormData(form);
    fetch(form.getAttribute("data-autosave-url"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      // A refusal says why in JSON (an answer too long, or the nomination no longer a draft), as one
      // error or a list of them.
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var refused = new Error("Not saved");
          refused.reason = body.error || (body.errors && body.errors.join(" "));
          throw refused;
        }
        return body;
      });
    }).then(function (body) {
      if (status) { status.textContent = saved + " " + body.saved_at + "."; }
    }).catch(function (error) {
      if (status) { status.textContent = (error && error.reason) || failed; }
    });
  }

  function schedule() {
    pending = true;
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, 2000);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  window.addEventListener("pagehide", function () { if (pending) { save(); } });
})();
