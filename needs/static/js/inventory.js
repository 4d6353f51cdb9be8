// Progressive enhancement for the catalogue: ticking a facet applies it at once. Without this file
// the "Apply filters" button does the same.
(function () {
  "use strict";
  document.querySelectorAll("input[data-autosubmit]").forEach(function (input) {
    input.addEventListener("change", function () {
      var form = input.form;
      var page = form.querySelector("input[name=page]");
      if (page) { page.remove(); }
      form.submit();
    });
  });
})();
