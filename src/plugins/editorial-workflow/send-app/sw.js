/* The shell of "Gửi tin", kept for offline use. Data (the admin API) is never cached here: the
   app keeps the author's drafts in IndexedDB and says what is on the phone and what on the server. */
var SHELL = 'gui-tin-shell-v1';
var FILES = ['./', 'index.html', 'app.js', 'app.css', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== SHELL; }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

/* The cached shell at once (a weak connection does not delay the start), refreshed behind it for the next visit. */
self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/gui-tin/') !== 0) return;
  var fresh = fetch(event.request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(SHELL).then(function (cache) { cache.put(event.request, copy); });
    }
    return response;
  });
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then(function (hit) {
    if (hit) { fresh.catch(function () {}); return hit; }
    return fresh.catch(function () { return caches.match('index.html'); });
  }));
});
