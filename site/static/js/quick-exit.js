// Quick exit, for pages about reporting and support. The link works without this script;
// the script makes it replace the current history entry (so Back does not return here)
// and adds Shift pressed three times in a row as a shortcut.
(function () {
    "use strict";
    var link = document.querySelector("[data-quick-exit]");
    if (!link) { return; }
    var target = link.getAttribute("href");
    function leave(event) {
        if (event) { event.preventDefault(); }
        document.body.style.display = "none";
        window.location.replace(target);
    }
    link.addEventListener("click", leave);
    var presses = 0;
    var timer = null;
    document.addEventListener("keyup", function (event) {
        if (event.key !== "Shift") { presses = 0; return; }
        presses += 1;
        clearTimeout(timer);
        timer = setTimeout(function () { presses = 0; }, 1500);
        if (presses >= 3) { leave(); }
    });
}());
