// The admin's small repairs to what it draws itself (loaded by portal/wagtail_hooks.py).
(function () {
    "use strict";
    var script = document.currentScript;
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) { return; }

    // wagtail-localize's translation editor draws fields without a name for screen readers: the
    // PO upload (a button opening a file field) and the box where a segment is translated. Each
    // takes the words already shown beside it: the button's, the field's heading.
    function nameOf(field) {
        if (field.type === "file") {
            return field.form.parentElement.querySelector("button");
        }
        var segments = field.closest("ul");
        return segments && segments.parentElement.querySelector("h3, h4");
    }

    function label() {
        var fields = editor.querySelectorAll(
            "input[type=file]:not([aria-label]), textarea:not([aria-label])"
        );
        fields.forEach(function (field) {
            var words = nameOf(field);
            if (words && words.textContent.trim()) {
                field.setAttribute("aria-label", words.textContent.trim());
            }
        });
    }

    // The editor titles its list of segments "<source> to <target> translation" in English
    // whatever the admin's language: the title is said again in the admin's language, from the
    // words the site gave this script (portal/wagtail_hooks.py). Only the text is changed, in the
    // node the editor drew, so that it keeps its own drawing.
    var heading = script && script.dataset.translationHeading;
    var props = {};
    try {
        props = JSON.parse(editor.dataset.props || "{}");
    } catch (error) {
        props = {};
    }
    var source = props.sourceLocale && props.sourceLocale.displayName;
    var target = props.locale && props.locale.displayName;
    var english = source + " to " + target + " translation";

    function retitle() {
        if (!heading || !source || !target) { return; }
        editor.querySelectorAll("section h3").forEach(function (title) {
            var text = title.firstChild;
            if (text && text.nodeType === Node.TEXT_NODE && text.nodeValue === english) {
                text.nodeValue = heading.replace("%(source)s", source).replace("%(target)s", target);
            }
        });
    }

    function repair() {
        label();
        retitle();
    }

    repair();
    new MutationObserver(repair).observe(editor, { childList: true, subtree: true });
}());
