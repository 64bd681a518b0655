/* The upload page with scripts: drop several files on the zone (or choose
   them), and each is sent on its own request with a progress bar, its result
   appearing as it finishes. Without this script the form posts every file at
   once and the page lists the outcome of each. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-upload-one]");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var endpoint = form.getAttribute("data-upload-one");
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector("[data-drop-zone]");
  var results = document.querySelector("[data-upload-results]");
  var list = document.querySelector("[data-upload-list]");
  var announce = document.querySelector("[data-upload-announce]");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var hint = document.getElementById("id_files-hint");
  var queue = [];
  var running = 0;
  var counter = 0;
  var PARALLEL = 2;

  if (hint) hint.textContent = "Choose several files at once, or drag them onto this box. Each uploads as soon as you drop or choose it.";
  input.removeAttribute("required");

  function say(text) {
    // Re-set the live region's text so repeated messages are announced too.
    announce.textContent = "";
    window.setTimeout(function () { announce.textContent = text; }, 50);
  }

  function item(file) {
    counter += 1;
    var li = document.createElement("li");
    li.className = "upload-item";
    var id = "upload-progress-" + counter;
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = file.name;
    var bar = document.createElement("progress");
    bar.id = id;
    bar.max = 100;
    bar.value = 0;
    var status = document.createElement("span");
    status.className = "upload-status";
    status.textContent = "Waiting";
    li.appendChild(label);
    li.appendChild(bar);
    li.appendChild(status);
    list.appendChild(li);
    results.hidden = false;
    return { li: li, bar: bar, status: status, file: file };
  }

  function finish(entry, result) {
    entry.bar.value = 100;
    entry.bar.remove();
    entry.status.textContent = "";
    if (result.ok) {
      entry.li.classList.add("upload-ok");
      entry.status.appendChild(document.createTextNode(": " + result.message + " "));
      var link = document.createElement("a");
      link.href = result.edit_url;
      link.textContent = "Describe " + result.public_id;
      entry.status.appendChild(link);
      say(entry.file.name + ": " + result.message);
    } else {
      entry.li.classList.add("upload-refused");
      var error = document.createElement("span");
      error.className = "error";
      error.textContent = ": Not added. " + result.error;
      entry.status.appendChild(error);
      say(entry.file.name + ": not added. " + result.error);
    }
    running -= 1;
    next();
  }

  function send(entry) {
    running += 1;
    entry.status.textContent = "Uploading";
    var data = new FormData();
    data.append("csrfmiddlewaretoken", token);
    data.append("file", entry.file, entry.file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", endpoint);
    xhr.setRequestHeader("X-CSRFToken", token);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) {
        entry.bar.value = Math.round((event.loaded / event.total) * 100);
        entry.status.textContent = "Uploading, " + entry.bar.value + " %";
      }
    });
    xhr.addEventListener("load", function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (body && body.results && body.results.length) {
        finish(entry, body.results[0]);
      } else if (body && body.error) {
        finish(entry, { ok: false, error: body.error });
      } else if (xhr.status === 403) {
        finish(entry, { ok: false, error: "The desk refused the upload: your session may have ended. Reload the page and sign in." });
      } else {
        finish(entry, { ok: false, error: "The server answered " + xhr.status + "; try this file again." });
      }
    });
    xhr.addEventListener("error", function () {
      finish(entry, { ok: false, error: "The upload was interrupted; check the connection and try again." });
    });
    xhr.send(data);
  }

  function next() {
    while (running < PARALLEL && queue.length) send(queue.shift());
    if (!running && !queue.length) say("All uploads finished.");
  }

  function add(files) {
    if (!files || !files.length) return;
    for (var i = 0; i < files.length; i += 1) queue.push(item(files[i]));
    say(files.length === 1 ? "Uploading 1 file." : "Uploading " + files.length + " files.");
    next();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    add(input.files);
    input.value = "";
  });
  input.addEventListener("change", function () {
    add(input.files);
    input.value = "";
  });
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("is-over");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("is-over"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    add(event.dataTransfer && event.dataTransfer.files);
  });
})();
