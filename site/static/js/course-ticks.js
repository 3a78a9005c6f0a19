// Course ticks on the onboarding page. They live in this browser's localStorage only and are
// never sent to the server. Without JavaScript the checkboxes stay hidden and nothing is lost.
(function () {
    "use strict";
    var key = "seash-course-ticks";
    var store;
    try { store = window.localStorage; } catch (e) { return; }
    var ticks = {};
    try { ticks = JSON.parse(store.getItem(key) || "{}"); } catch (e) { ticks = {}; }
    var boxes = document.querySelectorAll("input[data-course]");
    if (!boxes.length) { return; }
    document.querySelectorAll(".ticks-note").forEach(function (note) { note.hidden = false; });
    boxes.forEach(function (box) {
        box.hidden = false;
        box.checked = Boolean(ticks[box.dataset.course]);
        box.addEventListener("change", function () {
            if (box.checked) { ticks[box.dataset.course] = true; } else { delete ticks[box.dataset.course]; }
            store.setItem(key, JSON.stringify(ticks));
        });
    });
}());
