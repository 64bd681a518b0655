/* The live desk: counts of what waits (submitted stories, incoming copy, new
   feedback) and what arrived since this page was opened, polled from a small
   JSON endpoint. It only writes inside its own box: it never reloads the page
   or touches a form, so nothing typed is lost. */
(function () {
  "use strict";
  var box = document.querySelector("[data-live]");
  if (!box || !window.fetch) { return; }
  var counts = box.querySelector("[data-live-counts]");
  var news = box.querySelector("[data-live-news]");
  var list = box.querySelector("[data-live-list]");
  var opened = null, every = 15000, failures = 0, timer = null, announced = {};

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function show(data) {
    every = (data.every || 15) * 1000;
    counts.textContent = "";
    var arrivals = [];
    data.feeds.forEach(function (feed) {
      var li = document.createElement("li");
      li.dataset.liveFeed = feed.key;
      var a = link(feed.url, feed.label + ": ");
      var n = document.createElement("strong");
      n.dataset.liveCount = feed.key;
      n.textContent = feed.count;
      a.appendChild(n);
      li.appendChild(a);
      counts.appendChild(li);
      feed["new"].forEach(function (item) { arrivals.push({ feed: feed.label, title: item.title, url: item.url }); });
    });
    box.hidden = false;
    var fresh = arrivals.filter(function (item) { return !announced[item.url]; });
    if (!arrivals.length) { return; }
    list.textContent = "";
    arrivals.forEach(function (item) {
      var li = document.createElement("li");
      li.appendChild(link(item.url, item.title));
      li.appendChild(document.createTextNode(" (" + item.feed + ")"));
      list.appendChild(li);
    });
    box.querySelector("[data-live-list-box]").hidden = false;
    if (fresh.length) {
      fresh.forEach(function (item) { announced[item.url] = true; });
      news.textContent = fresh.length === 1
        ? "New: " + fresh[0].title + " (" + fresh[0].feed + ")."
        : fresh.length + " new items arrived; they are listed under “Since you opened this page”.";
    }
  }

  function poll() {
    clearTimeout(timer);
    if (document.hidden) { return; }  // resumes when the tab is shown again
    var url = box.dataset.live + (opened ? "?since=" + encodeURIComponent(opened) : "");
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        failures = 0;
        if (!opened) { opened = data.now; }
        show(data);
        timer = setTimeout(poll, every);
      })
      .catch(function () {
        // Back off while the newsroom cannot be reached; the page stays as it is.
        failures += 1;
        timer = setTimeout(poll, Math.min(every * Math.pow(2, failures), 300000));
      });
  }

  document.addEventListener("visibilitychange", function () { if (!document.hidden) { poll(); } });
  poll();
})();
