// The admin's small repairs to what it draws itself (loaded by portal/wagtail_hooks.py).
(function () {
    "use strict";
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

    label();
    new MutationObserver(label).observe(editor, { childList: true, subtree: true });
}());
