// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    // Close the language menu when a click or Escape happens outside it.
    document.addEventListener("click", function (event) {
        document.querySelectorAll(".language-switcher details[open]").forEach(function (menu) {
            if (!menu.contains(event.target)) { menu.removeAttribute("open"); }
        });
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        document.querySelectorAll(".language-switcher details[open]").forEach(function (menu) {
            menu.removeAttribute("open");
            menu.querySelector("summary").focus();
        });
    });
})();
