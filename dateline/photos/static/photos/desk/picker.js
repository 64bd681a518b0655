/* A story's photos in the editor, with scripts: finding, adding, moving and
   removing photos change the list in place (saved with the story by Save or
   autosave) instead of saving the story at each button. Without this script
   every button posts the story form, which does the same on the server. */
(function () {
  "use strict";
  var box = document.querySelector("[data-story-photos]");
  if (!box || !window.fetch) return;
  var field = box.querySelector("[data-photo-ids]");
  var chosen = box.querySelector("[data-chosen-photos]");
  var results = box.querySelector("[data-photo-results]");
  var query = box.querySelector("[data-photo-q]");
  var queryShown = box.querySelector("input[name=photo_q_shown]");
  var title = box.querySelector("#photo-results-title");
  var announce = box.querySelector("[data-photo-announce]");
  var empty = box.querySelector("[data-no-photos]");
  var pickUrl = box.getAttribute("data-pick-url");
  box.querySelectorAll("[data-saves-note], [data-photo-buttons-note]").forEach(function (el) { el.hidden = true; });

  function say(text) {
    announce.textContent = "";
    window.setTimeout(function () { announce.textContent = text; }, 50);
  }

  function ids() {
    return field.value.split(/[\s,;]+/).filter(function (v, i, all) { return v && all.indexOf(v) === i; });
  }

  function button(text, op, id) {
    var b = document.createElement("button");
    b.type = "submit";
    b.className = "secondary";
    b.name = "photo_op";
    b.value = op + ":" + id;
    b.appendChild(document.createTextNode(text));
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " " + id;
    b.appendChild(hidden);
    return b;
  }

  // The chosen list's labels and buttons, and the field, from the list's order.
  function refresh() {
    var items = Array.prototype.slice.call(chosen.children);
    items.forEach(function (li, i) {
      var id = li.getAttribute("data-photo-id");
      var strong = li.querySelector(".chosen-text strong");
      if (!strong) {
        strong = document.createElement("strong");
        var text = li.querySelector(".chosen-text");
        text.insertBefore(document.createTextNode(" "), text.firstChild);
        text.insertBefore(strong, text.firstChild);
      }
      strong.textContent = i === 0 ? "Lead photo" : "Gallery";
      var old = li.querySelector(".chosen-buttons, button");
      var buttons = document.createElement("span");
      buttons.className = "chosen-buttons";
      if (i > 0) { buttons.appendChild(button("Make lead", "lead", id)); buttons.appendChild(button("Move up", "up", id)); }
      if (i < items.length - 1) buttons.appendChild(button("Move down", "down", id));
      buttons.appendChild(button("Remove", "remove", id));
      if (old) old.replaceWith(buttons); else li.appendChild(buttons);
    });
    field.value = items.map(function (li) { return li.getAttribute("data-photo-id"); }).join(" ");
    if (empty) empty.hidden = items.length > 0;
    field.dispatchEvent(new Event("input", { bubbles: true }));  // the editor's autosave sees the change
  }

  function focusButton(li, verb) {
    if (!li) return;
    var target = li.querySelector("button[value^='" + verb + ":']") || li.querySelector("button");
    if (target) target.focus();
  }

  function act(op) {
    var parts = op.split(":");
    var verb = parts[0], id = parts.slice(1).join(":");
    var li = chosen.querySelector("li[data-photo-id='" + CSS.escape(id) + "']");
    if (verb === "add") {
      var found = results.querySelector("li[data-photo-id='" + CSS.escape(id) + "']");
      if (!found || li) return;
      var add = found.querySelector("button");
      if (add) add.remove();
      chosen.appendChild(found);
      refresh();
      say(id + " added as " + (chosen.children.length === 1 ? "the lead photo." : "photo " + chosen.children.length + "."));
      focusButton(found, "remove");
      return;
    }
    if (!li) return;
    if (verb === "remove") {
      var after = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      refresh();
      say(id + " removed from the story.");
      if (after) focusButton(after, "remove"); else field.focus();
      return;
    }
    if (verb === "lead") chosen.insertBefore(li, chosen.firstElementChild);
    if (verb === "up" && li.previousElementSibling) chosen.insertBefore(li, li.previousElementSibling);
    if (verb === "down" && li.nextElementSibling) chosen.insertBefore(li.nextElementSibling, li);
    refresh();
    var place = Array.prototype.indexOf.call(chosen.children, li) + 1;
    say(id + (place === 1 ? " is now the lead photo." : " is now photo " + place + " of " + chosen.children.length + "."));
    focusButton(li, verb === "lead" ? "remove" : verb);
  }

  function show(found, q) {
    results.textContent = "";
    var taken = ids();
    var shown = 0;
    found.forEach(function (p) {
      if (taken.indexOf(p.public_id) !== -1) return;
      shown += 1;
      var li = document.createElement("li");
      li.setAttribute("data-photo-id", p.public_id);
      if (p.thumb) {
        var img = document.createElement("img");
        img.src = p.thumb.url; img.width = p.thumb.width; img.height = p.thumb.height;
        img.alt = p.alt; img.className = "photo-mini"; img.loading = "lazy";
        li.appendChild(img);
      } else {
        var pending = document.createElement("span");
        pending.className = "photo-mini photo-pending"; pending.textContent = "Being prepared";
        li.appendChild(pending);
      }
      var text = document.createElement("span");
      text.className = "chosen-text";
      text.appendChild(document.createTextNode(p.public_id + " "));
      var status = document.createElement("span");
      status.className = "status status-" + p.status; status.textContent = p.status_label;
      text.appendChild(status);
      if (!p.alt_text) {
        var needs = document.createElement("span");
        needs.className = "needs-alt"; needs.textContent = " needs alt text";
        text.appendChild(needs);
      }
      text.appendChild(document.createElement("br"));
      var label = document.createElement("span");
      label.className = "muted"; label.textContent = p.label;
      text.appendChild(label);
      li.appendChild(text);
      li.appendChild(button("Add", "add", p.public_id));
      results.appendChild(li);
    });
    if (!shown) {
      var none = document.createElement("li");
      none.className = "muted"; none.textContent = "No photos found.";
      results.appendChild(none);
    }
    title.textContent = q ? "Photos matching “" + q + "”" : "Newest photos";
    // The results on screen are this query's: a later Save is a plain save.
    if (queryShown) queryShown.value = q;
    say(shown === 1 ? "1 photo found." : shown + " photos found.");
  }

  function search() {
    var q = query.value.trim();
    fetch(pickUrl + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(function (body) { show(body.photos, q); })
      .catch(function () { say("The photo search did not answer; try again."); });
  }

  box.addEventListener("click", function (event) {
    var b = event.target.closest("button[name=photo_op]");
    if (!b || !box.contains(b)) return;
    event.preventDefault();
    if (b.value === "search") search(); else act(b.value);
  });
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); search(); }
  });
})();
