// The report's only script: filtering, opening the article a link points to, expanding and collapsing, and
// switching a type's highlight off. The page reads fine without it.
(function () {
  "use strict";
  var articles = Array.prototype.slice.call(document.querySelectorAll("section.article"));
  var filter = document.getElementById("filter");
  var shown = document.getElementById("shown");
  function apply() {
    var wanted = filter.value.trim().toLowerCase(), count = 0;
    articles.forEach(function (a) {
      var show = !wanted || a.getAttribute("data-search").indexOf(wanted) >= 0;
      a.hidden = !show;
      if (show) count++;
    });
    shown.textContent = String(count);
  }
  filter.addEventListener("input", apply);
  document.querySelectorAll("[data-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      filter.value = b.getAttribute("data-filter");
      apply();
      document.getElementById("articles").scrollIntoView();
    });
  });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var section = target.closest("section.article");
    if (section) { section.hidden = false; section.querySelector("details").open = true; }
    target.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  function setAll(open) { articles.forEach(function (a) { if (!a.hidden) a.querySelector("details").open = open; }); }
  document.getElementById("expand").addEventListener("click", function () { setAll(true); });
  document.getElementById("collapse").addEventListener("click", function () { setAll(false); });
  document.querySelectorAll(".legend button").forEach(function (b) {
    b.addEventListener("click", function () {
      var off = document.body.classList.toggle("off-" + b.getAttribute("data-type"));
      b.classList.toggle("off", off);
    });
  });
  apply();
  document.documentElement.setAttribute("data-ready", "1");
})();
