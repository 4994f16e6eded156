// Progressive enhancement only: every feature works without this file.
(function () {
    "use strict";
    var MENUS = ".site-bar details";

    // One header menu open at a time; a click elsewhere or Escape closes them.
    document.addEventListener("toggle", function (event) {
        var opened = event.target;
        if (!opened.matches || !opened.matches(MENUS) || !opened.open) { return; }
        document.querySelectorAll(MENUS + "[open]").forEach(function (menu) {
            if (menu !== opened && !menu.contains(opened)) { menu.removeAttribute("open"); }
        });
    }, true);
    document.addEventListener("click", function (event) {
        document.querySelectorAll(MENUS + "[open]").forEach(function (menu) {
            if (!menu.contains(event.target)) { menu.removeAttribute("open"); }
        });
    });
    // Panels folded to save a phone's screen open by themselves where there is room.
    if (window.matchMedia && window.matchMedia("(min-width: 60em)").matches) {
        document.querySelectorAll("details[data-open-when-wide]").forEach(function (panel) {
            panel.open = true;
        });
    }
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        document.querySelectorAll(MENUS + "[open]").forEach(function (menu) {
            menu.removeAttribute("open");
            menu.querySelector("summary").focus();
        });
    });
})();
