// Progressive enhancement for the review pages: every page works without this file.
(function () {
  "use strict";
  // Filter forms marked data-autosubmit apply a choice as soon as it is made; the button stays for
  // keyboard and no-script users.
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // A rejection needs a reason: the reason list is required once "Reject" is the chosen button.
  document.querySelectorAll("form.review-decision").forEach(function (form) {
    var reason = form.querySelector("select[name=reason]");
    form.querySelectorAll("button[name=decision]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (reason) { reason.required = button.value === "rejected"; }
      });
    });
  });
})();
