/* The story editor: autosave (new stories too), presence heartbeat, live
   preview and the composed dateline. Everything here is an extra; the form
   works without it. */
(function () {
  "use strict";
  var form = document.getElementById("story-form");
  if (!form || !form.elements.headline) { return; }
  var status = form.querySelector("[data-autosave-status]");
  var revisionField = form.elements.base_revision;
  var revisionLabel = document.querySelector("[data-revision-label]");
  var presence = document.querySelector("[data-presence]");
  var dirty = false, saving = false, conflicted = false, pending = null;
  var AUTOSAVE_MS = parseInt(form.dataset.autosaveMs, 10) || 20000, HEARTBEAT_MS = 45000;

  function say(text) { if (status) { status.textContent = text; } }

  function post(url) {
    return fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin",
                        headers: { "X-Requested-With": "fetch" } });
  }

  // The first autosave of a new story creates the draft; from then on the
  // page is that story's editor: the form saves to it and autosaves there.
  function becomeStory(data) {
    form.action = data.edit;
    form.dataset.autosave = data.autosave;
    form.dataset.heartbeat = data.heartbeat;
    delete form.dataset.newStory;
    revisionField = document.createElement("input");
    revisionField.type = "hidden";
    revisionField.name = "base_revision";
    form.appendChild(revisionField);
    var create = form.querySelector("button[type=submit]");
    if (create) { create.textContent = "Save"; }
    if (window.history && window.history.replaceState) { window.history.replaceState(null, "", data.edit); }
  }

  function autosave() {
    if (saving) { return pending; }
    if (!dirty || conflicted) { return Promise.resolve(true); }
    saving = true;
    dirty = false;
    say("Saving…");
    pending = post(form.dataset.autosave).then(function (response) {
      return response.json().then(function (data) {
        saving = false;
        if (data.ok) {
          if (data.created) { becomeStory(data); }
          revisionField.value = data.revision;
          if (revisionLabel) { revisionLabel.textContent = data.revision; }
          say("Saved at " + data.saved_at + " (revision " + data.revision + ").");
          return true;
        }
        dirty = true;
        if (data.conflict) {
          conflicted = true;
          say("Someone else saved this story. Press Save to compare both texts and merge them.");
        } else {
          say(data.error || "Not saved.");
        }
        return false;
      });
    }).catch(function () {
      saving = false;
      dirty = true;
      say("Not saved: the newsroom could not be reached. Your text is still here; try Save.");
      return false;
    });
    return pending;
  }

  function heartbeat() {
    if (!form.dataset.heartbeat) { return; }
    post(form.dataset.heartbeat).then(function (r) { return r.json(); }).then(function (data) {
      if (presence) {
        presence.textContent = data.others && data.others.length
          ? "Also editing now: " + data.others.join(", ") + ". Saves are checked, so neither of you can overwrite the other."
          : "";
      }
    }).catch(function () {});
  }

  // Dateline in house style, e.g. "SEOUL, Oct. 28 (Yonhap) --".
  var composed = document.querySelector("[data-composed-dateline]");
  var MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
  function compose() {
    if (!composed) { return; }
    var city = form.elements.dateline_city.value.trim().toUpperCase();
    var country = form.elements.dateline_country.value.trim();
    if (!city) { composed.textContent = "(no dateline)"; return; }
    var now = new Date();
    var parts = [city];
    if (country) { parts.push(country); }
    parts.push(composed.dataset.date || (MONTHS[now.getMonth()] + " " + now.getDate()));
    composed.textContent = parts.join(", ") + " (" + composed.dataset.agency + ") --";
  }

  var previewBox = document.querySelector("[data-live-preview]");
  var frame = document.querySelector("[data-preview-frame]");
  var previewTimer = null;
  function preview() {
    if (!frame) { return; }
    post(form.dataset.preview).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (html !== null) { frame.srcdoc = html; }
    }).catch(function () {});
  }
  if (previewBox) { previewBox.hidden = false; preview(); }

  form.addEventListener("input", function () {
    dirty = true;
    say("Unsaved changes.");
    compose();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 800);
  });
  form.addEventListener("submit", function (event) {
    // A new story's first autosave is still creating the draft: wait for it,
    // then save to that draft, so one story is never created twice.
    if (saving && form.dataset.newStory !== undefined) {
      event.preventDefault();
      var submitter = event.submitter;
      pending.then(function () { form.requestSubmit(submitter && submitter.form === form ? submitter : undefined); });
      return;
    }
    // The preview opens in a new tab and saves nothing; only Save clears "unsaved".
    if (!(event.submitter && event.submitter.formTarget === "_blank")) { dirty = false; }
  });
  // Workflow actions publish the saved text: save pending changes first.
  document.querySelectorAll("form.wf").forEach(function (wf) {
    wf.addEventListener("submit", function (event) {
      if (!dirty) { return; }
      event.preventDefault();
      autosave().then(function (ok) { if (ok) { wf.submit(); } });
    });
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  compose();
  form.dataset.ready = "1";
  setInterval(autosave, AUTOSAVE_MS);
  setInterval(heartbeat, HEARTBEAT_MS);
})();
