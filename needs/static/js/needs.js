// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // The language switcher submits itself when a language is chosen; its button stays for keyboard
  // and no-script users.
  document.querySelectorAll("form.lang-switch select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // Buttons marked data-confirm ask before submitting their form.
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (event) {
      if (!window.confirm(el.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  // A form marked data-once disables its submit buttons after the first submission (double clicks);
  // the server is idempotent anyway.
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      window.setTimeout(function () {
        form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
})();
