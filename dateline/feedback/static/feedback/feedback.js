/* Dateline readers' feedback: sends the form in place, and offers feedback
   on a passage selected in the story. Without this script the form still
   works as a plain POST. */
(function () {
  "use strict";
  var root = document.getElementById("feedback");
  var form = document.getElementById("feedback-form");
  if (!root || !form || !window.fetch || !window.FormData) { return; }

  var details = root.querySelector("details");
  var statusEl = document.getElementById("feedback-status");
  var again = document.getElementById("feedback-again");
  var problem = document.getElementById("feedback-problem");
  var passage = document.getElementById("feedback-passage");
  var passageQuote = document.getElementById("feedback-quote");
  var passageNumber = passage.querySelector(".feedback-passage-number");
  var passageClear = document.getElementById("feedback-passage-clear");
  var sendButton = form.querySelector(".feedback-send");
  var storyBody = document.querySelector(".story-body");
  var busy = false;

  var THANKS = "Thanks for your feedback!";
  var NETWORK = "Your feedback could not be sent because the connection failed. Your text is kept: please try again.";
  var STALE = "Your feedback could not be sent because this page is out of date. Your text is kept: please copy it, reload the page and send it again.";

  // A fresh token per form: a retried send is stored once, and a page served
  // from a cache never shares its token with another reader.
  function newToken() {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    var text = "";
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  if (window.crypto && window.crypto.getRandomValues && !form.elements.token.value) {
    form.elements.token.value = newToken();
  }

  // The article page is the same for every reader (a cache serves it), so
  // the form has no CSRF token until it opens: ask for one then, once.
  var tokensAsked = null;
  function ensureTokens() {
    if (form.elements.csrfmiddlewaretoken) { return Promise.resolve(); }
    if (!tokensAsked) {
      tokensAsked = fetch(form.getAttribute("data-token-url"), {
        headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store"
      }).then(function (response) {
        if (!response.ok) { throw new Error("tokens " + response.status); }
        return response.json();
      }).then(function (data) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "csrfmiddlewaretoken";
        input.value = data.csrf;
        form.insertBefore(input, form.firstChild);
        if (!form.elements.token.value) { form.elements.token.value = data.token; }
      }).catch(function (error) {
        tokensAsked = null;  // ask again on the next try
        throw error;
      });
    }
    return tokensAsked;
  }
  if (details) {
    details.addEventListener("toggle", function () { if (details.open) { ensureTokens().catch(function () {}); } });
    if (details.open) { ensureTokens().catch(function () {}); }
  }

  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = false;
    problem.setAttribute("role", "alert");
    problem.focus();
  }

  function clearErrors() {
    problem.hidden = true;
    problem.textContent = "";
    ["message", "email"].forEach(function (name) {
      var error = document.getElementById("fb-" + name + "-error");
      error.hidden = true;
      error.textContent = "";
      form.elements[name].removeAttribute("aria-invalid");
    });
  }

  function showErrors(data, status) {
    var errors = (data && data.errors) || {};
    var first = null;
    ["message", "email"].forEach(function (name) {
      if (!errors[name]) { return; }
      var error = document.getElementById("fb-" + name + "-error");
      error.textContent = errors[name].join(" ");
      error.hidden = false;
      form.elements[name].setAttribute("aria-invalid", "true");
      first = first || form.elements[name];
    });
    if (first && status === 400) {
      first.focus();
      return;
    }
    showProblem((data && data.error) || (status === 403 ? STALE : NETWORK));
  }

  function setPassage(quote, paragraph) {
    form.elements.quote.value = quote || "";
    form.elements.paragraph.value = paragraph || "";
    passageQuote.textContent = quote || "";
    passageNumber.textContent = paragraph ? "(paragraph " + paragraph + ")" : "";
    passage.hidden = !quote;
    passageClear.hidden = !quote;
  }
  // The server-rendered passage label already has the number in it.
  if (form.elements.quote.value) {
    setPassage(form.elements.quote.value, form.elements.paragraph.value);
  }
  passageClear.addEventListener("click", function () {
    setPassage("", "");
    form.elements.message.focus();
  });

  function showForm() {
    form.hidden = false;
    again.hidden = true;
    statusEl.textContent = "";
    if (details) { details.open = true; }
  }
  again.addEventListener("click", function (event) {
    event.preventDefault();
    showForm();
    form.elements.message.focus();
  });

  function succeeded(data) {
    form.reset();
    setPassage("", "");
    form.elements.token.value = (data && data.token) || newToken();
    form.hidden = true;
    again.hidden = false;
    statusEl.textContent = THANKS;
    statusEl.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    sendButton.setAttribute("aria-disabled", "true");
    clearErrors();
    ensureTokens().then(function () {
      return fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json" },
        credentials: "same-origin"
      });
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.ok && data && data.ok) { succeeded(data); } else { showErrors(data, response.status); }
      });
    }).catch(function () {
      showProblem(NETWORK);  // the token is kept, so sending again cannot duplicate
    }).then(function () {
      busy = false;
      sendButton.removeAttribute("aria-disabled");
    });
  });

  // Report a passage: a "Send Feedback" button appears after the paragraph
  // where a selection inside the story ends.
  if (!storyBody || !window.getSelection) { return; }
  var passageButton = document.createElement("button");
  passageButton.type = "button";
  passageButton.className = "secondary feedback-passage-button";
  passageButton.id = "feedback-passage-button";
  passageButton.appendChild(document.createTextNode("Send Feedback"));
  var hint = document.createElement("span");
  hint.className = "visually-hidden";
  hint.textContent = " about the selected passage";
  passageButton.appendChild(hint);
  passageButton.hidden = true;
  var pending = null;

  function paragraphOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    var p = el && el.closest("p[id]");
    return p && storyBody.contains(p) && /^p\d+$/.test(p.id) ? p : null;
  }

  function selectionEnded() {
    if (document.activeElement === passageButton) { return; }
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) { passageButton.hidden = true; return; }
    var range = selection.getRangeAt(0);
    var start = paragraphOf(range.startContainer);
    var text = selection.toString().replace(/\s+/g, " ").trim();
    if (!start || !text || !storyBody.contains(range.endContainer)) { passageButton.hidden = true; return; }
    pending = { quote: text.slice(0, 500), paragraph: parseInt(start.id.slice(1), 10) };
    var end = paragraphOf(range.endContainer) || start;
    if (passageButton.previousElementSibling !== end) { end.after(passageButton); }
    passageButton.hidden = false;
  }
  document.addEventListener("mouseup", function () { window.setTimeout(selectionEnded, 0); });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Tab") { selectionEnded(); }
  });
  // Keep the selection when the button is pressed with a mouse.
  passageButton.addEventListener("mousedown", function (event) { event.preventDefault(); });
  passageButton.addEventListener("click", function () {
    if (!pending) { return; }
    showForm();
    setPassage(pending.quote, pending.paragraph);
    passageButton.hidden = true;
    form.elements.message.focus();
  });
})();
