/*
 * "Gửi tin": the authors' phone app (issue 20 item 1). Plain JS, no build step. Signs in through
 * Strapi's own admin authentication (/admin/login, /admin/access-token); every datum goes through
 * the plugin's admin API (/editorial-workflow/send/...), whose rules are the admin panel's. What
 * the author writes is kept on the phone (IndexedDB) first, then sent; each draft carries a client
 * key so that a draft sent twice (a connection that came back twice) makes one item.
 */
(function () {
  'use strict';

  var API = '/editorial-workflow/send';
  var TUS = '/editorial-workflow/uploads/tus';
  var MAX_SIDE = 2560;
  var CHUNK = 1024 * 1024;
  var main = document.getElementById('main');
  var net = document.getElementById('net');
  var token = null;
  var options = null;
  var current = null;
  var syncing = {};
  var saveTimer = null;
  // Each screen takes a ticket: a screen still loading when the author has moved on does not draw over the new one.
  var screenId = 0;

  /* ---------- small helpers ---------- */

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
      else if (key === 'text') el.textContent = value;
      else if (key === 'value') el.value = value;
      else el.setAttribute(key, value === true ? '' : value);
    });
    for (var i = 2; i < arguments.length; i += 1) {
      [].concat(arguments[i]).forEach(function (kid) {
        if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
      });
    }
    return el;
  }

  /** Vietnam time, whatever the phone's zone. */
  function when(at) {
    return new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });
  }

  /** A random key per draft (crypto.randomUUID needs HTTPS; this works over plain HTTP too). */
  function newKey() {
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  /** A new screen takes the focus to its heading; a screen redrawn in place (after a send) keeps the author's field and caret. */
  function show(screen, title, inPlace) {
    var active = document.activeElement;
    var focused = inPlace && active && active.id ? { id: active.id, start: active.selectionStart, end: active.selectionEnd } : null;
    // replaceChildren would write a null as the text "null": the screens' optional parts are left out.
    main.replaceChildren.apply(main, [].concat.apply([], screen).filter(function (part) { return part !== null && part !== undefined && part !== false; }));
    document.title = title + ' · Gửi tin';
    var again = focused && document.getElementById(focused.id);
    if (again) {
      again.focus();
      if (typeof focused.start === 'number' && again.setSelectionRange) again.setSelectionRange(focused.start, focused.end);
      return;
    }
    var heading = main.querySelector('h2');
    if (heading && !inPlace) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
  }

  function Offline() {}
  function AuthLost() {}

  /* ---------- the phone's store (IndexedDB) ---------- */

  var opened = null;
  function db() {
    opened = opened || new Promise(function (resolve, reject) {
      var request = indexedDB.open('gui-tin', 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('drafts', { keyPath: 'clientKey' });
        request.result.createObjectStore('kv');
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
    return opened;
  }
  function store(name, mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var tx = database.transaction(name, mode);
        var request = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(request && request.result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  var drafts = {
    put: function (draft) { return store('drafts', 'readwrite', function (s) { return s.put(draft); }); },
    all: function () { return store('drafts', 'readonly', function (s) { return s.getAll(); }); },
    drop: function (key) { return store('drafts', 'readwrite', function (s) { return s.delete(key); }); },
  };
  var kv = {
    get: function (key) { return store('kv', 'readonly', function (s) { return s.get(key); }); },
    set: function (key, value) { return store('kv', 'readwrite', function (s) { return s.put(value, key); }); },
  };

  /* ---------- the server ---------- */

  function online() { return navigator.onLine; }

  function paintNet() {
    net.textContent = online() ? 'Có mạng' : 'Ngoại tuyến: lưu trên điện thoại';
    net.className = online() ? 'net' : 'net off';
  }

  async function send(path, init) {
    try {
      return await fetch(path, Object.assign({ credentials: 'same-origin' }, init));
    } catch (error) {
      throw new Offline();
    }
  }

  /** A new access token from the refresh cookie Strapi set at sign-in (rotated on each use). */
  async function refresh() {
    try {
      var res = await send('/admin/access-token', { method: 'POST' });
      if (!res.ok) return false;
      token = (await res.json()).data.token;
      return true;
    } catch (error) {
      return false;
    }
  }

  /** The admin API with the access token, renewed once on a 401. Answers { status, ok, body, headers }. */
  async function api(path, init) {
    init = init || {};
    for (var attempt = 0; attempt < 2; attempt += 1) {
      var headers = Object.assign({}, init.headers, token ? { Authorization: 'Bearer ' + token } : {});
      var body = init.body;
      if (init.json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(init.json); }
      var res = await send(path, { method: init.method || 'GET', headers: headers, body: body });
      if (res.status === 401 && attempt === 0 && (await refresh())) continue;
      if (res.status === 401) { token = null; throw new AuthLost(); }
      var parsed = null;
      try { parsed = await res.json(); } catch (error) { parsed = null; }
      return { status: res.status, ok: res.ok, body: parsed, headers: res.headers };
    }
  }

  function messageOf(res) {
    var error = res.body && res.body.error;
    return (error && error.message) || 'Máy chủ trả lỗi ' + res.status + '.';
  }

  /* ---------- sign-in ---------- */

  function loginScreen(note) {
    var email = h('input', { id: 'email', type: 'email', autocomplete: 'username', required: true });
    var password = h('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
    var status = h('p', { role: 'status', 'aria-live': 'polite', class: note ? 'alert' : 'muted', text: note || 'Dùng tài khoản của trang quản trị tin bài.' });
    var form = h('form', {
      onsubmit: async function (event) {
        event.preventDefault();
        status.className = 'muted';
        status.textContent = 'Đang đăng nhập…';
        try {
          var res = await send('/admin/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: email.value.trim(), password: password.value, rememberMe: true }),
          });
          var body = await res.json().catch(function () { return null; });
          if (!res.ok) {
            status.className = 'alert';
            status.textContent = res.status === 400 || res.status === 401 ? 'Sai thư điện tử hoặc mật khẩu.' : messageOf({ status: res.status, body: body });
            return;
          }
          token = body.data.token;
          await start();
        } catch (error) {
          status.className = 'alert';
          status.textContent = 'Không có mạng: cần có mạng để đăng nhập.';
        }
      },
    },
    h('label', { for: 'email', text: 'Thư điện tử' }), email,
    h('label', { for: 'password', text: 'Mật khẩu' }), password,
    h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', text: 'Đăng nhập' })),
    status);
    show([h('h2', { text: 'Đăng nhập' }), form], 'Đăng nhập');
  }

  /* ---------- the list ---------- */

  function stateBadge(state, label) {
    return h('span', { class: 'state ' + state, text: label });
  }

  async function listScreen() {
    var ticket = ++screenId;
    current = null;
    var local = (await drafts.all()).filter(function (draft) { return draft.dirty; });
    var rows = null;
    var listedAt = null;
    var problem = null;
    if (online() && token) {
      try {
        var res = await api(API + '/items');
        if (res.ok) {
          rows = res.body.data;
          listedAt = Date.now();
          await kv.set('list', { rows: rows, at: listedAt });
        } else problem = messageOf(res);
      } catch (error) {
        if (error instanceof AuthLost) return loginScreen('Phiên đăng nhập đã hết; hãy đăng nhập lại. Bản nháp trên điện thoại vẫn còn.');
      }
    }
    if (!rows) {
      var cached = await kv.get('list');
      rows = cached ? cached.rows : [];
      listedAt = cached ? cached.at : null;
    }
    if (ticket !== screenId) return;
    var localKeys = {};
    local.forEach(function (draft) { if (draft.documentId) localKeys[draft.documentId] = true; });

    var mine = local.length === 0
      ? h('p', { class: 'muted', text: 'Không có bản nào chỉ nằm trên điện thoại.' })
      : h('ul', { class: 'items' }, local.map(function (draft) {
        return h('li', {}, h('button', { type: 'button', onclick: function () { editScreen(draft); } },
          h('span', { class: 'title', text: draft.title || '(Chưa có tiêu đề)' }),
          h('span', { class: 'muted', text: 'Lưu trên điện thoại lúc ' + when(draft.savedAt) + (draft.documentId ? ' · có thay đổi chưa gửi' : ' · chưa gửi lên máy chủ') })));
      }));
    var list = rows.length === 0
      ? h('p', { class: 'muted', text: 'Đơn vị chưa có tin bài nào.' })
      : h('ul', { class: 'items' }, rows.map(function (row) {
        var reason = row.lastReason && row.lastReason.current ? row.lastReason : null;
        return h('li', {}, h('button', { type: 'button', onclick: function () { openItem(row.documentId); } },
          h('span', { class: 'title', text: row.title }),
          stateBadge(row.state, row.stateLabel),
          h('span', { class: 'muted', text: row.next ? 'Chờ: ' + row.next.roleLabel + (row.next.people.length ? ' (' + row.next.people.join(', ') + ')' : '') : 'Đã xong' }),
          localKeys[row.documentId] ? h('span', { class: 'reason', text: 'Có thay đổi chưa gửi trên điện thoại' }) : null,
          reason ? h('span', { class: 'reason', text: 'Lý do trả lại: ' + (reason.comment || '') + ' (' + reason.actorName + ')' }) : null));
      }));
    show([
      h('div', { class: 'row' },
        h('button', { class: 'primary', type: 'button', onclick: function () { editScreen(newDraft()); }, text: '+ Viết tin mới' }),
        h('button', { type: 'button', onclick: logout, text: 'Đăng xuất' })),
      h('h2', { text: 'Trên điện thoại' }), mine,
      h('h2', { text: 'Tin bài của đơn vị' }),
      problem ? h('p', { class: 'alert', text: problem }) : null,
      listedAt && !(online() && token) ? h('p', { class: 'muted', text: 'Danh sách lúc ' + when(listedAt) + ' (ngoại tuyến).' }) : null,
      list,
    ], 'Danh sách');
  }

  async function logout() {
    try { await api('/admin/logout', { method: 'POST' }); } catch (error) { /* signed out on this phone either way */ }
    token = null;
    loginScreen('Đã đăng xuất. Bản nháp chưa gửi vẫn nằm trên điện thoại.');
  }

  /* ---------- a draft ---------- */

  function newDraft() {
    var units = options ? options.units : [];
    return {
      clientKey: newKey(), documentId: null, rev: 0, dirty: false, savedAt: null, sentAt: null,
      title: '', summary: '', text: '', kind: 'news', topic: null, unit: units.length === 1 ? units[0].id : null,
      photos: [], video: null, state: 'draft', stateLabel: 'Nháp', version: null, allowedActions: ['submit'], editable: true,
      lastReason: null, next: null, error: null,
    };
  }

  /** The server's item as the draft the form edits (the text: one paragraph a line). */
  function fromServer(view, draft) {
    return Object.assign(draft || newDraft(), {
      documentId: view.documentId, title: view.title, summary: view.summary, text: view.paragraphs.join('\n'),
      kind: view.kind, topic: view.topic, unit: view.unit && view.unit.id, unitName: view.unit && view.unit.name,
      photos: view.photos.map(function (file) { return { id: file.id, url: file.url }; }),
      video: view.video ? { id: view.video.id, url: view.video.url, name: 'video' } : null,
    }, facts(view));
  }

  function facts(view) {
    return {
      documentId: view.documentId, unit: view.unit && view.unit.id, unitName: view.unit && view.unit.name, state: view.state, stateLabel: view.stateLabel, version: view.version,
      allowedActions: view.allowedActions, editable: view.editable, lastReason: view.lastReason, next: view.next,
    };
  }

  async function openItem(documentId) {
    var ticket = ++screenId;
    var local = (await drafts.all()).find(function (draft) { return draft.documentId === documentId && draft.dirty; });
    if (local) return editScreen(local);
    try {
      var res = await api(API + '/items/' + encodeURIComponent(documentId));
      if (ticket !== screenId) return;
      if (!res.ok) return alertScreen(messageOf(res));
      editScreen(fromServer(res.body.data));
    } catch (error) {
      if (error instanceof AuthLost) return loginScreen('Phiên đăng nhập đã hết; hãy đăng nhập lại.');
      alertScreen('Không có mạng: tin bài này chưa có bản trên điện thoại.');
    }
  }

  function alertScreen(message) {
    show([h('h2', { text: 'Không mở được' }), h('p', { class: 'alert', text: message }), h('button', { type: 'button', onclick: listScreen, text: '← Danh sách' })], 'Lỗi');
  }

  function paragraphs(text) {
    return text.split('\n').map(function (line) { return line.trim(); }).filter(Boolean);
  }

  /** Keeps the draft on the phone: every change, at once (the browser may be closed any time). */
  async function keep(draft) {
    draft.savedAt = Date.now();
    await drafts.put(draft);
    paintWhere(draft);
  }

  function changed(draft) {
    draft.rev += 1;
    draft.dirty = true;
    draft.error = null;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () { keep(draft); }, 300);
  }

  /** What is saved where: on the phone, on the server, or neither yet. */
  function paintWhere(draft) {
    var box = document.getElementById('where');
    if (!box || draft !== current) return;
    var text;
    var kind;
    if (draft.error) {
      kind = 'error';
      text = 'Chưa gửi được: ' + draft.error + (draft.savedAt ? ' Bản nháp vẫn lưu trên điện thoại (lúc ' + when(draft.savedAt) + ').' : '');
    } else if (syncing[draft.clientKey]) {
      kind = 'phone';
      text = 'Đang gửi lên máy chủ…' + (draft.progress ? ' ' + draft.progress : '');
    } else if (draft.dirty) {
      kind = 'phone';
      text = (draft.savedAt ? 'Đã lưu trên điện thoại lúc ' + when(draft.savedAt) + '. ' : 'Chưa lưu. ') +
        (draft.documentId ? 'Thay đổi này chưa gửi lên máy chủ' : 'Chưa gửi lên máy chủ') + (online() ? ': bấm “Lưu” để gửi.' : ': sẽ tự gửi khi có mạng.');
    } else if (draft.documentId) {
      kind = 'server';
      text = 'Đã gửi lên máy chủ' + (draft.sentAt ? ' lúc ' + when(draft.sentAt) : '') + '. Không còn thay đổi nào chỉ nằm trên điện thoại.';
    } else {
      kind = 'phone';
      text = 'Bản mới: chưa có gì được lưu.';
    }
    box.className = 'where ' + kind;
    box.textContent = text;
  }

  /** Sends a draft: its photos (shrunk), its video (tus), then the item once per client key, then the submission asked for. */
  async function sync(draft) {
    if (syncing[draft.clientKey] || !draft.dirty) return;
    if (!online()) return paintWhere(draft);
    if (!token && !(await refresh())) { draft.error = 'cần đăng nhập lại.'; return paintWhere(draft); }
    syncing[draft.clientKey] = true;
    var rev = draft.rev;
    paintWhere(draft);
    try {
      for (var i = 0; i < draft.photos.length; i += 1) {
        var photo = draft.photos[i];
        if (photo.id) continue;
        draft.progress = 'Ảnh ' + (i + 1) + '/' + draft.photos.length;
        paintWhere(draft);
        var form = new FormData();
        form.append('files', photo.blob, photo.name);
        var up = await api('/upload', { method: 'POST', body: form });
        if (!up.ok) throw new Error(messageOf(up));
        photo.id = up.body[0].id;
        photo.url = up.body[0].url;
        await drafts.put(draft);
      }
      if (draft.video && !draft.video.id) Object.assign(draft.video, await tusUpload(draft));
      draft.progress = null;
      var body = {
        title: draft.title.trim(), summary: draft.summary.trim(), paragraphs: paragraphs(draft.text), kind: draft.kind,
        topic: draft.topic || null, photos: draft.photos.map(function (p) { return p.id; }), video: draft.video ? draft.video.id : null,
      };
      var res;
      if (!draft.documentId) {
        res = await api(API + '/items', { method: 'POST', json: Object.assign({ clientKey: draft.clientKey }, body, draft.unit ? { unit: draft.unit } : {}) });
        var replay = res.status === 409 && res.body.error.details && res.body.error.details.documentId;
        // Sent before (the answer was lost): the item exists; this draft's latest text goes onto it.
        if (replay) { draft.documentId = replay; res = null; }
      }
      if (!res) res = await api(API + '/items/' + draft.documentId, { method: 'PUT', json: body });
      if (!res.ok) throw new Error(messageOf(res));
      Object.assign(draft, facts(res.body.data));
      draft.sentAt = Date.now();
      draft.dirty = draft.rev !== rev;
      if (draft.wantSubmit && !draft.dirty) {
        var submitted = await api(API + '/items/' + draft.documentId + '/submit', { method: 'POST', json: { expectedVersion: draft.version } });
        draft.wantSubmit = false;
        if (!submitted.ok) throw new Error(messageOf(submitted));
        Object.assign(draft, facts(submitted.body.data));
      }
      draft.error = null;
      if (draft.dirty) await drafts.put(draft); else await drafts.drop(draft.clientKey);
    } catch (error) {
      if (error instanceof Offline) draft.error = null;
      else if (error instanceof AuthLost) draft.error = 'phiên đăng nhập đã hết; hãy đăng nhập lại.';
      else draft.error = error.message;
      await drafts.put(draft);
    } finally {
      syncing[draft.clientKey] = false;
      draft.progress = null;
    }
    if (draft === current) editScreen(draft, true);
  }

  async function syncAll() {
    paintNet();
    if (!online()) return;
    var pending = (await drafts.all()).filter(function (draft) { return draft.dirty; });
    for (var i = 0; i < pending.length; i += 1) {
      var draft = current && current.clientKey === pending[i].clientKey ? current : pending[i];
      await sync(draft);
    }
    if (pending.length > 0 && !current && token) listScreen();
  }

  /* ---------- photos and video ---------- */

  /** Longest side ≤ 2560 px, JPEG: a 4 MB photo costs the author about 0.5–1 MB. What the browser cannot decode goes as it is. */
  async function shrink(file) {
    var bitmap;
    try { bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }); } catch (error) { return file; }
    var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    var canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    if (bitmap.close) bitmap.close();
    var blob = await new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.85); });
    return blob || file;
  }

  function b64(text) {
    return btoa(unescape(encodeURIComponent(text)));
  }

  /** The core of tus 1.0: create, ask the offset (HEAD), send the rest in chunks (PATCH); a dropped link resumes where it stopped. */
  async function tusUpload(draft) {
    var video = draft.video;
    var file = video.blob;
    var tus = { 'Tus-Resumable': '1.0.0' };
    if (!video.tusUrl) {
      var created = await api(TUS, {
        method: 'POST',
        headers: Object.assign({ 'Upload-Length': String(file.size), 'Upload-Metadata': 'filename ' + b64(video.name) + ',filetype ' + b64(file.type || 'video/mp4') }, tus),
      });
      if (created.status !== 201) throw new Error(messageOf(created));
      video.tusUrl = new URL(created.headers.get('Location'), location.href).pathname;
      await drafts.put(draft);
    }
    var head = await api(video.tusUrl, { method: 'HEAD', headers: tus });
    if (!head.ok) throw new Error('Không tiếp tục được lần tải video trước; hãy chọn lại video.');
    var offset = Number(head.headers.get('Upload-Offset'));
    var done = null;
    while (offset < file.size) {
      draft.progress = 'Video ' + Math.floor((offset / file.size) * 100) + '%';
      paintWhere(draft);
      var sent = await api(video.tusUrl, {
        method: 'PATCH',
        headers: Object.assign({ 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(offset) }, tus),
        body: file.slice(offset, offset + CHUNK),
      });
      if (!sent.ok) throw new Error(messageOf(sent));
      offset = Number(sent.headers.get('Upload-Offset'));
      if (sent.headers.get('X-Media-File-Id')) done = { id: Number(sent.headers.get('X-Media-File-Id')), url: sent.headers.get('X-Media-File-Url') };
    }
    if (!done) {
      var file2 = await api(video.tusUrl + '/file');
      if (!file2.ok) throw new Error(messageOf(file2));
      var found = file2.body.data || {};
      done = { id: found.id, url: found.url };
    }
    return { id: done.id, url: done.url, blob: null, tusUrl: null };
  }

  /* ---------- the form ---------- */

  function field(id, label, control, hint) {
    return [h('label', { for: id, text: label }), hint ? h('p', { class: 'muted', id: id + '-hint', text: hint }) : null, control];
  }

  function select(id, value, choices, empty, onchange, disabled) {
    return h('select', { id: id, disabled: disabled, onchange: onchange },
      empty ? h('option', { value: '', text: empty }) : null,
      choices.map(function (choice) {
        return h('option', { value: String(choice.value), selected: String(choice.value) === String(value), text: choice.label });
      }));
  }

  function editScreen(draft, inPlace) {
    screenId += 1;
    current = draft;
    var locked = !draft.editable;
    var submitting = draft.allowedActions.indexOf('submit') >= 0;
    var set = function (key) {
      return function (event) { draft[key] = event.target.value; changed(draft); };
    };
    var units = options ? options.units : [];
    var unitControl = draft.documentId
      ? h('p', { id: 'unit', text: draft.unitName || '' })
      : select('unit', draft.unit, units.map(function (u) { return { value: u.id, label: u.name }; }), units.length > 1 ? 'Chọn đơn vị' : null, function (event) {
        draft.unit = Number(event.target.value) || null; changed(draft);
      });
    var photoList = h('div', { class: 'photos' }, draft.photos.map(function (photo, index) {
      var src = photo.blob ? URL.createObjectURL(photo.blob) : photo.url;
      return h('figure', {},
        h('img', { src: src, alt: 'Ảnh ' + (index + 1) + (index === 0 ? ' (ảnh đại diện)' : '') }),
        h('figcaption', { text: photo.id ? 'Đã gửi' : 'Trên điện thoại' }),
        locked ? null : h('button', { type: 'button', 'aria-label': 'Bỏ ảnh ' + (index + 1), text: 'Bỏ', onclick: function () {
          draft.photos.splice(index, 1); changed(draft); editScreen(draft);
        } }));
    }));
    var addPhotos = async function (event) {
      var files = Array.prototype.slice.call(event.target.files || []);
      for (var i = 0; i < files.length; i += 1) {
        var shrunk = await shrink(files[i]);
        draft.photos.push({ blob: shrunk, name: files[i].name.replace(/\.[^.]*$/, '') + (shrunk.type === 'image/jpeg' ? '.jpg' : '') });
      }
      changed(draft);
      await keep(draft);
      editScreen(draft);
    };
    var pickVideo = async function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) return;
      draft.video = { blob: file, name: file.name };
      changed(draft);
      await keep(draft);
      editScreen(draft);
    };
    var reason = draft.lastReason && draft.lastReason.current ? draft.lastReason : null;
    var topics = options ? options.topics.map(function (t) { return { value: t.id, label: t.code + ' ' + t.title }; }) : [];
    var kinds = options ? options.kinds : [{ value: 'news', label: 'Tin' }];

    show([
      h('button', { type: 'button', onclick: function () { clearTimeout(saveTimer); (draft.dirty ? keep(draft) : Promise.resolve()).then(listScreen); }, text: '← Danh sách' }),
      h('h2', { text: draft.documentId ? 'Sửa tin bài' : 'Viết tin mới' }),
      h('p', {}, stateBadge(draft.state, draft.stateLabel), draft.next ? h('span', { class: 'muted', text: 'Chờ: ' + draft.next.roleLabel }) : null),
      reason ? h('p', { class: 'alert', role: 'note', text: 'Bị trả lại: ' + (reason.comment || '(không ghi lý do)') + ' (' + reason.actorName + ', ' + when(reason.at) + '). Sửa theo góp ý rồi bấm “Gửi lại”.' }) : null,
      locked ? h('p', { class: 'muted', text: 'Tin bài đang ở bước “' + draft.stateLabel + '”: bạn chưa sửa được lúc này.' }) : null,
      h('p', { id: 'where', role: 'status', 'aria-live': 'polite', class: 'where' }),
      h('form', { onsubmit: function (event) { event.preventDefault(); } },
        field('unit', 'Đơn vị', unitControl),
        field('kind', 'Thể loại', select('kind', draft.kind, kinds, null, set('kind'), locked)),
        field('topic', 'Lĩnh vực', select('topic', draft.topic, topics, 'Chưa chọn', function (event) { draft.topic = Number(event.target.value) || null; changed(draft); }, locked)),
        field('title', 'Tiêu đề', h('input', { id: 'title', type: 'text', value: draft.title, maxlength: 300, required: true, disabled: locked, oninput: set('title') })),
        field('summary', 'Sapo (tóm tắt)', h('textarea', { id: 'summary', rows: 3, maxlength: 1000, disabled: locked, oninput: set('summary'), style: 'min-height:5rem' }, draft.summary)),
        field('text', 'Nội dung', h('textarea', { id: 'text', disabled: locked, oninput: set('text'), 'aria-describedby': 'text-hint' }, draft.text), 'Mỗi dòng là một đoạn văn.'),
        h('h3', { text: 'Ảnh' }), photoList,
        locked ? null : [
          h('label', { class: 'file' }, h('input', { type: 'file', accept: 'image/*', capture: 'environment', onchange: addPhotos }), h('span', { text: 'Chụp ảnh' })),
          h('label', { class: 'file' }, h('input', { id: 'gallery', type: 'file', accept: 'image/*', multiple: true, onchange: addPhotos }), h('span', { text: 'Chọn ảnh từ thư viện' })),
        ],
        h('h3', { text: 'Video' }),
        draft.video ? h('p', { text: (draft.video.name || 'Video') + (draft.video.id ? ' (đã gửi)' : ' (trên điện thoại)') }) : h('p', { class: 'muted', text: 'Chưa có video.' }),
        locked ? null : h('label', { class: 'file' }, h('input', { type: 'file', accept: 'video/*', onchange: pickVideo }), h('span', { text: draft.video ? 'Đổi video' : 'Chọn video' })),
        locked ? null : h('div', { class: 'row' },
          h('button', { type: 'button', onclick: async function () { clearTimeout(saveTimer); draft.dirty = true; await keep(draft); sync(draft); }, text: 'Lưu' }),
          submitting ? h('button', { class: 'primary', type: 'button', onclick: async function () {
            clearTimeout(saveTimer); draft.wantSubmit = true; draft.dirty = true; await keep(draft); sync(draft);
          }, text: draft.state === 'returned' ? 'Gửi lại' : 'Gửi duyệt' }) : null)),
    ], draft.title || 'Tin mới', inPlace);
    paintWhere(draft);
  }

  /* ---------- start ---------- */

  async function start() {
    paintNet();
    if (!token && online()) await refresh();
    if (token) {
      try {
        var res = await api(API + '/options');
        if (res.ok) { options = res.body.data; await kv.set('options', options); }
      } catch (error) {
        if (error instanceof AuthLost) return loginScreen();
      }
    }
    options = options || (await kv.get('options')) || null;
    if (!token && !options) return loginScreen(online() ? null : 'Không có mạng: cần có mạng cho lần đăng nhập đầu tiên.');
    if (!token && online()) return loginScreen();
    await listScreen();
    syncAll();
  }

  window.addEventListener('online', syncAll);
  window.addEventListener('offline', function () { paintNet(); if (current) paintWhere(current); });
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js', { scope: './' }).catch(function () { /* no offline shell; the app still works online */ });
  start();
})();
