// Keyboard keys for foi review: one key per decision. Without JavaScript every key has a button or a link.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function byKey(key) { return document.querySelector('[data-key="' + key + '"]'); }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var form = document.getElementById("decision-form");
    var active = document.activeElement;
    if (typing(active)) {
      // Enter in a field of the decision form is "correct"; Escape leaves the field for the keys
      if (e.key === "Enter" && form && form.contains(active) && active.tagName !== "TEXTAREA") {
        e.preventDefault();
        document.getElementById("correct").click();
      } else if (e.key === "Escape") {
        active.blur();
      }
      return;
    }
    if (e.key === "c" && form) {
      e.preventDefault();
      var value = document.getElementById("field-value");
      value.focus();
      value.select();
      return;
    }
    var target = byKey(e.key);
    if (!target) return;
    e.preventDefault();
    target.click();
  });
  // The reply's text scrolls to the highlighted words
  var words = document.getElementById("words");
  var text = document.getElementById("source-text");
  if (words && text) {
    text.scrollTop = Math.max(0, words.offsetTop - text.clientHeight / 3);  // offsetTop: within the pre (position: relative)
  }
  // After a failed decision, put the cursor in the field at fault
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) { bad.focus(); if (bad.select) bad.select(); }
})();
