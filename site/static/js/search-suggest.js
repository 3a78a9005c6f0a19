// Suggestions as you type, for the search box. The form works without this script.
(function () {
    "use strict";
    var input = document.getElementById("search-q");
    var list = document.getElementById("search-suggestions");
    if (!input || !list || !window.fetch) { return; }
    var timer = null;
    input.addEventListener("input", function () {
        clearTimeout(timer);
        var text = input.value.trim();
        if (text.length < 2) { return; }
        timer = setTimeout(function () {
            fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (data) {
                    list.textContent = "";
                    data.suggestions.forEach(function (item) {
                        var option = document.createElement("option");
                        option.value = item.title;
                        list.appendChild(option);
                    });
                })
                .catch(function () { list.textContent = ""; });
        }, 200);
    });
}());
