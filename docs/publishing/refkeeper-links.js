/*
 * refkeeper-links.js: puts "(archived 2026-11-29)" after every link whose source has vanished or is blocked,
 * linking to the archived copy. For any static site; no dependencies. Add to a page:
 *
 *   <script src="/assets/refkeeper-links.js" data-src="/refkeeper.json" defer></script>
 *
 * data-src     where the links file is (refkeeper publish --to SITE --base-url URL --data FILE); default /refkeeper.json
 * data-states  which states get a link; default "vanished,blocked"
 *
 * A link is matched by its href as written and as the browser resolves it, against the URLs as the notes cite them
 * and in canonical form. Readers without scripts simply see the page as it is.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var src = (script && script.getAttribute('data-src')) || '/refkeeper.json';
  var states = ((script && script.getAttribute('data-states')) || 'vanished,blocked').split(',');

  function day(iso) {
    return typeof iso === 'string' ? iso.slice(0, 10) : '';
  }

  function archivedLink(entry) {
    var span = document.createElement('span');
    span.className = 'refkeeper-archived';
    var a = document.createElement('a');
    a.href = entry.archivedUrl;
    a.rel = 'nofollow';
    a.title = entry.state + (entry.since ? ' since ' + day(entry.since) : '');
    a.textContent = '(archived ' + day(entry.capturedAt) + ')';
    span.appendChild(document.createTextNode(' '));
    span.appendChild(a);
    return span;
  }

  function decorate(data) {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (link.closest('.refkeeper-archived')) continue;
      var next = link.nextSibling;
      if (next && next.nodeType === 1 && next.classList.contains('refkeeper-archived')) continue;
      var entry = Object.prototype.hasOwnProperty.call(data, link.getAttribute('href')) ? data[link.getAttribute('href')]
        : Object.prototype.hasOwnProperty.call(data, link.href) ? data[link.href] : null;
      // only a web or file address: a links file is data, never a way to run script in the reader's page
      if (!entry || typeof entry.archivedUrl !== 'string' || !/^(https?|file):/i.test(entry.archivedUrl)) continue;
      if (states.indexOf(entry.state) < 0) continue;
      link.parentNode.insertBefore(archivedLink(entry), link.nextSibling);
    }
  }

  function start() {
    fetch(src, {credentials: 'omit'})
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(decorate)
      .catch(function () { /* no links file, no decoration: the page stays as it was */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
