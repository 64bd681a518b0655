/* The focal point with scripts: click the picture (or focus it and use the
   arrow keys) to set the point; the 16:9, 4:3 and 1:1 previews follow at
   once, and "Save focal point" keeps it. Without this script the two number
   fields do the same and the previews are the crops as made. */
(function () {
  "use strict";
  var box = document.querySelector("[data-focal-picture]");
  var form = document.querySelector("[data-focal-form]");
  if (!box || !form) return;
  var image = box.querySelector("[data-focal-image]");
  var inputX = form.querySelector("input[name=x]");
  var inputY = form.querySelector("input[name=y]");
  var announce = document.querySelector("[data-focal-announce]");
  var jsHint = document.querySelector("[data-focal-js-hint]");
  var RATIOS = { "16x9": 16 / 9, "4x3": 4 / 3, "1x1": 1 };
  var crops = Array.prototype.slice.call(document.querySelectorAll("img[data-crop]"));
  var marker = document.createElement("span");
  marker.className = "focal-marker";
  marker.setAttribute("aria-hidden", "true");
  box.appendChild(marker);
  box.classList.add("is-interactive");
  box.tabIndex = 0;
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", "Focal point on the picture: arrow keys move it");
  box.setAttribute("aria-describedby", "focal-hint");
  if (jsHint) jsHint.hidden = false;

  // The previews show the whole picture, framed as the crop will be.
  crops.forEach(function (img) { img.src = img.getAttribute("data-full"); img.removeAttribute("width"); img.removeAttribute("height"); });

  function clamp(v, lo, hi) { return Math.min(hi, Math.max(lo, v)); }
  function round(v) { return Math.round(v * 10) / 10; }

  // The same rule as the renditions: the largest crop of the ratio that
  // keeps the point as central as the picture's edges allow.
  function position(ratio, fx, fy) {
    var w = image.naturalWidth || image.width;
    var h = image.naturalHeight || image.height;
    var cw = w, ch = h;
    if (w / h > ratio) { cw = h * ratio; } else { ch = w / ratio; }
    var left = clamp(fx * w - cw / 2, 0, w - cw);
    var top = clamp(fy * h - ch / 2, 0, h - ch);
    var px = w - cw > 0 ? (left / (w - cw)) * 100 : 50;
    var py = h - ch > 0 ? (top / (h - ch)) * 100 : 50;
    return px + "% " + py + "%";
  }

  function show(x, y, say) {
    x = round(clamp(x, 0, 100));
    y = round(clamp(y, 0, 100));
    inputX.value = x;
    inputY.value = y;
    marker.style.left = x + "%";
    marker.style.top = y + "%";
    crops.forEach(function (img) {
      img.style.objectPosition = position(RATIOS[img.getAttribute("data-crop")], x / 100, y / 100);
    });
    if (say && announce) announce.textContent = "Focal point " + x + " % across, " + y + " % down. Save to keep it.";
  }

  function fromInputs(say) {
    var x = parseFloat(inputX.value), y = parseFloat(inputY.value);
    if (!isNaN(x) && !isNaN(y)) show(x, y, say);
  }

  box.addEventListener("click", function (event) {
    var rect = image.getBoundingClientRect();
    show(((event.clientX - rect.left) / rect.width) * 100, ((event.clientY - rect.top) / rect.height) * 100, true);
    box.focus();
  });
  box.addEventListener("keydown", function (event) {
    var step = event.shiftKey ? 10 : 1;
    var x = parseFloat(inputX.value) || 0, y = parseFloat(inputY.value) || 0;
    var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    var move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    show(x + move[0], y + move[1], true);
  });
  inputX.addEventListener("input", function () { fromInputs(false); });
  inputY.addEventListener("input", function () { fromInputs(false); });

  function start() { fromInputs(false); }
  if (image.complete) start(); else image.addEventListener("load", start);
})();
