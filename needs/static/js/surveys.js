// Survey pages, enhanced: autosave with conflict display, live skip logic (the server evaluates it and
// answers with what is relevant), adding and removing repeat instances in place, and a courtesy check of
// required answers. Every page works without this file: the buttons post the form.
(function () {
  "use strict";
  var form = document.querySelector("form.survey-form[data-autosave]");
  if (!form) { return; }
  var revisionInput = form.querySelector("input[name=revision]");
  var statusBox = form.querySelector(".survey-status");
  var timer = null;
  var saving = false;
  var again = false;
  var stopped = false;

  function say(text) { if (statusBox) { statusBox.textContent = text; } }

  function applyRelevance(relevant) {
    form.querySelectorAll("[data-path]").forEach(function (el) {
      var path = el.getAttribute("data-path");
      if (Object.prototype.hasOwnProperty.call(relevant, path)) { el.hidden = !relevant[path]; }
    });
  }

  function clearConflicts() {
    form.querySelectorAll(".survey-conflict, .survey-conflict-box").forEach(function (el) { el.remove(); });
  }

  function showConflict(data) {
    clearConflicts();
    var box = document.createElement("div");
    box.className = "flash flash--warning survey-conflict-box";
    box.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = data.message || form.getAttribute("data-msg-conflict");
    box.appendChild(p);
    var keep = document.createElement("button");
    keep.type = "button";
    keep.className = "button button--small";
    keep.textContent = form.getAttribute("data-msg-keep");
    keep.addEventListener("click", function () {
      revisionInput.value = data.revision;  // deliberately save over the other version
      clearConflicts();
      save();
    });
    var reload = document.createElement("button");
    reload.type = "button";
    reload.className = "button button--small button--secondary";
    reload.textContent = form.getAttribute("data-msg-reload");
    reload.addEventListener("click", function () { window.location.reload(); });
    box.appendChild(keep);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(reload);
    statusBox.after(box);
    Object.keys(data.values || {}).forEach(function (path) {
      var holder = form.querySelector('[data-path="' + CSS.escape(path) + '"]');
      if (!holder) { return; }
      var note = document.createElement("p");
      note.className = "survey-conflict";
      note.textContent = form.getAttribute("data-msg-theirs") + " ";
      var strong = document.createElement("strong");
      strong.textContent = data.values[path].text || "—";
      note.appendChild(strong);
      holder.appendChild(note);
    });
  }

  function save() {
    if (stopped) { return; }
    if (saving) { again = true; return; }
    saving = true;
    say(form.getAttribute("data-msg-saving"));
    var body = new FormData(form);
    body.delete("action");
    fetch(form.getAttribute("data-autosave"), {
      method: "POST", body: body, credentials: "same-origin", headers: {"Accept": "application/json"}
    }).then(function (reply) {
      return reply.json().then(function (data) { return {status: reply.status, data: data}; });
    }).then(function (result) {
      if (result.status === 200) {
        revisionInput.value = result.data.revision;
        applyRelevance(result.data.relevant || {});
        say(form.getAttribute("data-msg-saved"));
      } else if (result.status === 409 && result.data.error === "conflict") {
        say("");
        showConflict(result.data);
      } else {
        stopped = true;
        say(result.data.message || form.getAttribute("data-msg-offline"));
      }
    }).catch(function () {
      say(form.getAttribute("data-msg-offline"));
    }).then(function () {
      saving = false;
      if (again) { again = false; save(); }
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 800);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);

  // Courtesy check in the browser; the server checks again and has the last word.
  form.addEventListener("focusout", function (event) {
    var el = event.target;
    if (!el.getAttribute || el.getAttribute("data-required") !== "1") { return; }
    var holder = el.closest("[data-path]");
    var note = holder.querySelector(".survey-js-error");
    if (el.value.trim() === "") {
      if (!note) {
        note = document.createElement("p");
        note.className = "field__errors survey-js-error";
        holder.appendChild(note);
      }
      note.textContent = el.getAttribute("data-msg-required");
    } else if (note) {
      note.remove();
    }
  });

  // Repeat instances: renumber names, ids and paths so the server reads them in order.
  function renumber(container, name) {
    container.querySelectorAll("fieldset[data-instance]").forEach(function (fieldset, index) {
      var old = fieldset.getAttribute("data-instance");
      var swaps = [
        ["a-" + name + "-" + old + "-", "a-" + name + "-" + index + "-"],
        [name + "[" + old + "]", name + "[" + index + "]"],
        ["remove:" + name + ":" + old, "remove:" + name + ":" + index]
      ];
      [fieldset].concat(Array.prototype.slice.call(fieldset.querySelectorAll("*"))).forEach(function (el) {
        ["name", "id", "for", "aria-describedby", "data-path", "value"].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value === null || (attr === "value" && el.tagName !== "BUTTON")) { return; }
          swaps.forEach(function (swap) { value = value.split(swap[0]).join(swap[1]); });
          el.setAttribute(attr, value);
        });
      });
      fieldset.id = name + "-" + index;
      fieldset.setAttribute("data-instance", String(index));
      var number = fieldset.querySelector("[data-number]");
      if (number) { number.textContent = String(index + 1); }
    });
  }

  form.querySelectorAll("[data-add-instance]").forEach(function (button) {
    var name = button.getAttribute("data-add-instance");
    var container = button.closest(".survey-repeat");
    var template = container.querySelector('template[data-instance-template="' + CSS.escape(name) + '"]');
    button.addEventListener("click", function (event) {
      var count = container.querySelectorAll("fieldset[data-instance]").length;  // before the new one
      var max = parseInt(button.getAttribute("data-max") || "0", 10);
      if (!template || (max && count >= max)) { return; }
      event.preventDefault();
      var fieldset = template.content.firstElementChild.cloneNode(true);
      fieldset.setAttribute("data-instance", "0");  // the template is instance 0; renumber puts it last
      button.before(fieldset);
      renumber(container, name);
      var first = fieldset.querySelector("input:not([type=hidden]), textarea, select");
      if (first) { first.focus(); }
      later();
    });
  });

  form.addEventListener("click", function (event) {
    var button = event.target.closest("[data-remove-instance]");
    if (!button) { return; }
    var fieldset = button.closest("fieldset[data-instance]");
    var container = button.closest(".survey-repeat");
    event.preventDefault();
    fieldset.remove();
    renumber(container, container.getAttribute("data-path"));
    later();
  });
})();
