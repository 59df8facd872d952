// The page works without this script (a plain form). With it: drop files anywhere on the page,
// the chosen files listed, the limits checked before sending, and downloads of any size.
(function () {
  "use strict";
  var form = document.querySelector("form.upload");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector(".drop");
  var list = form.querySelector(".chosen");
  var status = form.querySelector(".status");
  var button = form.querySelector("button[type=submit]");
  var maxFiles = Number(form.dataset.maxFiles);
  var maxBytes = Number(form.dataset.maxBytes);

  function say(text, bad) {
    status.textContent = text;
    status.className = bad ? "status bad" : "status";
  }

  function show(files) {
    list.textContent = "";
    for (var i = 0; i < files.length; i++) {
      var li = document.createElement("li");
      li.textContent = files[i].name;
      list.appendChild(li);
    }
  }

  // ready says whether the chosen files may be sent, and says why not.
  function ready() {
    var files = input.files;
    var total = 0;
    for (var i = 0; i < files.length; i++) {
      total += files[i].size;
    }
    if (files.length > maxFiles) {
      say(form.dataset.tooMany, true);
      return false;
    }
    if (total > maxBytes) {
      say(form.dataset.tooBig, true);
      return false;
    }
    if (files.length === 0) {
      return false;
    }
    say(form.dataset.checking, false);
    button.disabled = true;
    return true;
  }

  form.addEventListener("submit", function (e) {
    if (!ready()) {
      e.preventDefault();
    }
  });
  input.addEventListener("change", function () {
    say("", false);
    show(input.files);
  });

  // A file dropped anywhere on the page is sent, never opened by the browser in its place.
  var depth = 0;
  document.addEventListener("dragenter", function (e) {
    e.preventDefault();
    depth++;
    zone.classList.add("over");
  });
  document.addEventListener("dragleave", function () {
    if (--depth <= 0) {
      depth = 0;
      zone.classList.remove("over");
    }
  });
  document.addEventListener("dragover", function (e) {
    e.preventDefault();
  });
  document.addEventListener("drop", function (e) {
    e.preventDefault();
    depth = 0;
    zone.classList.remove("over");
    if (!e.dataTransfer || !e.dataTransfer.files.length) {
      return;
    }
    input.files = e.dataTransfer.files;
    show(input.files);
    if (ready()) {
      form.submit();
    }
  });

  // The downloads come inside the answer as data: URIs, which browsers refuse beyond a few
  // MB; a blob: URL of the same bytes has no such limit.
  var links = document.querySelectorAll("a.download[href^='data:']");
  for (var i = 0; i < links.length; i++) {
    var href = links[i].getAttribute("href");
    var comma = href.indexOf(",");
    var type = href.slice(5, href.indexOf(";"));
    var bin = atob(href.slice(comma + 1));
    var bytes = new Uint8Array(bin.length);
    for (var j = 0; j < bin.length; j++) {
      bytes[j] = bin.charCodeAt(j);
    }
    links[i].href = URL.createObjectURL(new Blob([bytes], { type: type }));
  }
})();
