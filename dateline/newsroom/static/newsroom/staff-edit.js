/* "Edit" on public pages, for staff only. The page is the same for every
   reader; only a browser holding the hint cookie set at sign-in asks the
   newsroom (which checks the session and role) for the editor's address. */
(function () {
  "use strict";
  var holder = document.querySelector("[data-staff-edit]");
  if (!holder || !/(?:^|;\s*)dateline_staff=1(?:;|$)/.test(document.cookie)) { return; }
  fetch(holder.dataset.staffEdit, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) {
      if (response.status === 401) {
        // Signed out elsewhere or the session expired: stop asking.
        document.cookie = "dateline_staff=; Max-Age=0; path=/; SameSite=Lax";
        return null;
      }
      return response.ok ? response.json() : null;
    })
    .then(function (data) {
      if (!data || !data.url) { return; }
      var link = document.createElement("a");
      link.href = data.url;
      link.className = "staff-edit-link";
      link.textContent = "Edit this story";
      holder.appendChild(link);
      holder.hidden = false;
    })
    .catch(function () {});
})();
