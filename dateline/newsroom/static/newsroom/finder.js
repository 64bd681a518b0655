/* Keyboard moves on the "All stories" desk: "/" focuses the search, j/k or
   the arrow keys move between stories, Enter opens the focused one (it is a
   link). Tab reaches all of it without this script. */
(function () {
  "use strict";
  var search = document.getElementById("id_q");
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-finder-row]"));

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function move(step) {
    if (!rows.length) { return; }
    var at = rows.indexOf(document.activeElement);
    var next = at === -1 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
    rows[next].focus();
    rows[next].closest("tr").scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (typing(event.target)) {
      // Down from the search box goes to the first story.
      if (event.target === search && event.key === "ArrowDown" && rows.length) {
        event.preventDefault();
        move(1);
      }
      return;
    }
    if (event.key === "/" && search) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "j" || event.key === "ArrowDown") {
      event.preventDefault();
      move(1);
    } else if (event.key === "k" || event.key === "ArrowUp") {
      event.preventDefault();
      move(-1);
    }
  });
})();
