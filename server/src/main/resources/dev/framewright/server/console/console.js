/*
 * Framewright web console (docs/console.md). The server renders each page's skeleton; this script
 * fills it from the /v1 REST API with the API key kept in sessionStorage (this tab only), follows
 * executions over their Server-Sent Events stream, uploads through the presigned flow and plays
 * media with the server's own copy of hls.js. No third-party code, no build step.
 */
(function () {
  'use strict';

  var KEY = 'framewright.console.key';
  var ME = 'framewright.console.me';
  var body = document.body;
  var pageName = body.getAttribute('data-page');
  var baseUrl = (body.getAttribute('data-base-url') || location.origin).replace(/\/$/, '');
  var TERMINAL = { succeeded: true, failed: true, cancelled: true };

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  function $(id) {
    return document.getElementById(id);
  }

  /** Builds an element; text children become text nodes (never HTML). */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) {
          return;
        }
        if (k === 'text') {
          e.textContent = v;
        } else if (k === 'className') {
          e.className = v;
        } else if (k.indexOf('on') === 0 && typeof v === 'function') {
          e.addEventListener(k.substring(2), v);
        } else {
          e.setAttribute(k, v === true ? '' : String(v));
        }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) {
        return;
      }
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function clear(node) {
    while (node && node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function apiKey() {
    return sessionStorage.getItem(KEY);
  }

  function ApiError(status, json) {
    this.status = status;
    this.code = (json && json.code) || 'error';
    this.message = (json && json.message) || 'The server answered ' + status;
  }

  /** Calls the API; resolves with the parsed JSON (null for 204), rejects with an ApiError. */
  function api(method, path, payload) {
    var headers = { Authorization: 'Bearer ' + apiKey() };
    var init = { method: method, headers: headers };
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    return fetch(path, init).then(function (res) {
      if (res.status === 204) {
        return null;
      }
      return res.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = { message: text };
        }
        if (res.status === 401 && pageName !== 'signin') {
          signOut('Your API key was not accepted (' + ((json && json.code) || 'invalid_api_key') + '). Sign in again.');
        }
        if (!res.ok) {
          throw new ApiError(res.status, json);
        }
        return json;
      });
    });
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      if (params[k] !== null && params[k] !== undefined && params[k] !== '') {
        parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
      }
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function notice(message, bad) {
    var n = $('notice');
    if (!n) {
      return;
    }
    n.textContent = message || '';
    n.className = 'notice' + (bad ? ' bad' : '');
  }

  function fail(err) {
    notice(err && err.message ? err.message : String(err), true);
  }

  function when(ts) {
    return ts ? new Date(ts * 1000).toLocaleString() : '—';
  }

  function seconds(s) {
    if (s === null || s === undefined) {
      return '—';
    }
    if (s < 60) {
      return (Math.round(s * 10) / 10) + ' s';
    }
    return Math.floor(s / 60) + ' min ' + Math.round(s % 60) + ' s';
  }

  function bytes(n) {
    if (n === null || n === undefined) {
      return '—';
    }
    var units = ['B', 'KiB', 'MiB', 'GiB'];
    var i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return (i === 0 ? n : n.toFixed(1)) + ' ' + units[i];
  }

  /** "Text to speech" for TEXT_TO_SPEECH. */
  function title(constant) {
    if (!constant) {
      return '—';
    }
    var s = constant.toLowerCase().replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.substring(1);
  }

  function badge(value) {
    return el('span', { className: 'badge ' + value, text: value });
  }

  function sleep(ms) {
    return new Promise(function (r) {
      setTimeout(r, ms);
    });
  }

  function copy(text, what) {
    var done = function () {
      notice(what + ' copied to the clipboard.');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        notice('Copy failed: select the text and copy it yourself.', true);
      });
    } else {
      notice('Select the text and copy it yourself.', true);
    }
  }

  function meta(dl, rows) {
    clear(dl);
    rows.forEach(function (r) {
      if (r[1] === null || r[1] === undefined) {
        return;
      }
      dl.appendChild(el('dt', { text: r[0] }));
      dl.appendChild(el('dd', null, [r[1]]));
    });
  }

  function table(id) {
    return document.querySelector('#' + id + ' tbody');
  }

  function cell(content, cls) {
    return el('td', { className: cls || null }, Array.isArray(content) ? content : [content]);
  }

  // ---------------------------------------------------------------------------------------------
  // Sign-in, sign-out and the header

  function safeNext(next) {
    return next && /^\/console\/[A-Za-z0-9\-_/?=&.%]*$/.test(next) && next.indexOf('//') < 0 ? next : null;
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(ME);
    var next = location.pathname + location.search;
    var url = '/console' + query({ next: pageName === 'signin' ? null : next, reason: message ? 'expired' : null });
    location.assign(url);
  }

  function showWho() {
    var who = $('who');
    var render = function (me) {
      clear(who);
      who.appendChild(
        el('span', null, ['Team ', el('strong', { text: me.teamName || me.teamId }), ' ', el('code', { text: me.teamId })])
      );
      who.appendChild(document.createTextNode(' · '));
      who.appendChild(
        el('span', null, [
          'Key ',
          el('strong', { text: me.apiKeyNickname || '(no name)' }),
          ' ',
          el('code', { text: me.apiKeyId })
        ])
      );
    };
    var cached = sessionStorage.getItem(ME);
    if (cached) {
      render(JSON.parse(cached));
    }
    api('GET', '/v1/me').then(function (me) {
      sessionStorage.setItem(ME, JSON.stringify(me));
      render(me);
    }, fail);
    $('sign-out').addEventListener('click', function () {
      sessionStorage.removeItem(KEY);
      sessionStorage.removeItem(ME);
      location.assign('/console');
    });
  }

  function initSignIn() {
    var form = $('sign-in');
    var input = $('api-key');
    var error = $('sign-in-error');
    var params = new URLSearchParams(location.search);
    if (params.get('reason') === 'expired') {
      error.textContent = 'Your API key was not accepted. Sign in again.';
    }
    var next = safeNext(params.get('next')) || '/console/playground';
    if (apiKey() && !params.get('reason')) {
      location.replace(next);
      return;
    }
    input.focus();
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var key = input.value.trim();
      error.textContent = '';
      if (!key) {
        error.textContent = 'Enter an API key.';
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      sessionStorage.setItem(KEY, key);
      api('GET', '/v1/me').then(
        function (me) {
          sessionStorage.setItem(ME, JSON.stringify(me));
          location.assign(next);
        },
        function (err) {
          sessionStorage.removeItem(KEY);
          input.setAttribute('aria-invalid', 'true');
          error.textContent = 'Sign-in failed: ' + err.message;
          input.focus();
        }
      );
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Media: a file shown inline with its actions (download, public preview, embed code)

  /** Plays an HLS playlist with hls.js (or native HLS), else the fallback file. */
  function attachMedia(media, hlsUrl, fallback) {
    var Hls = window.Hls;
    if (hlsUrl && Hls && Hls.isSupported()) {
      var hls = new Hls();
      hls.on(Hls.Events.ERROR, function (event, data) {
        if (data.fatal && fallback) {
          hls.destroy();
          media.src = fallback;
        }
      });
      hls.loadSource(hlsUrl);
      hls.attachMedia(media);
      media.setAttribute('data-player', 'hls.js');
    } else if (hlsUrl && media.canPlayType('application/vnd.apple.mpegurl')) {
      media.src = hlsUrl;
      media.setAttribute('data-player', 'native-hls');
    } else if (fallback) {
      media.src = fallback;
      media.setAttribute('data-player', 'file');
    }
  }

  function ready(source) {
    return source && source.status === 'ready' && source.url ? source.url : null;
  }

  function mediaElement(file) {
    var download = ready(file.downloadSource);
    var preview = ready(file.previewSource);
    var name = file.displayName;
    if (file.type === 'IMAGE') {
      // SVG outputs are shown as vectors; other images through their preview rendition
      var isSvg = download && /\.svg($|\?)/.test(download.split('?')[0]);
      var src = isSvg ? download : preview || download;
      return src ? el('img', { src: src, alt: name, 'data-role': 'result-image' }) : el('p', { text: 'No preview yet.' });
    }
    if (file.type === 'VIDEO' || file.type === 'AUDIO') {
      var media = el(file.type === 'VIDEO' ? 'video' : 'audio', {
        controls: true,
        playsinline: true,
        preload: 'metadata',
        poster: file.type === 'VIDEO' ? ready(file.thumbnailSource) : null,
        'aria-label': name
      });
      attachMedia(media, ready(file.hlsSource), preview || download);
      return media;
    }
    return el('p', { text: 'The type of this file is not known yet.' });
  }

  function embedCode(file) {
    var url = baseUrl + '/embed/' + file.publicPlaybackId;
    var height = file.type === 'AUDIO' ? 120 : 360;
    return (
      '<iframe src="' + url + '" width="640" height="' + height + '" style="border:0" ' +
      'allow="autoplay; fullscreen" allowfullscreen title="' +
      file.displayName.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;') +
      '"></iframe>'
    );
  }

  var cardCount = 0;

  /** A file card: media, caption, download link, public-preview toggle and embed code. */
  function fileCard(file, options) {
    options = options || {};
    var n = ++cardCount;
    var card = el('div', { className: 'file-card', 'data-file-id': file.fileId });
    var caption = [file.displayName];
    if (file.type) {
      caption.push(' · ' + file.type);
    }
    var d = file.downloadSource || {};
    if (d.width && d.height) {
      caption.push(' · ' + d.width + '×' + d.height);
    }
    if (file.durationSeconds) {
      caption.push(' · ' + seconds(file.durationSeconds));
    }
    card.appendChild(el('figure', null, [mediaElement(file), el('figcaption', null, caption)]));

    var actions = el('div', { className: 'actions' });
    var download = ready(file.downloadSource);
    if (download) {
      actions.appendChild(el('a', { className: 'button', href: download, download: '', text: 'Download' }));
    }
    var toggle = el('button', { type: 'button', className: 'secondary preview-toggle' });
    actions.appendChild(toggle);
    if (options.details !== false) {
      actions.appendChild(el('a', { href: '/console/files/' + encodeURIComponent(file.fileId), text: 'Details' }));
    }
    card.appendChild(actions);

    var codeId = 'embed-code-' + n;
    var code = el('textarea', { id: codeId, className: 'embed-code', readonly: true, rows: 3 });
    var open = el('a', { className: 'embed-open', target: '_blank', rel: 'noopener', text: 'Open the embed page' });
    var embed = el('div', { className: 'embed', hidden: true }, [
      el('label', { for: codeId, text: 'Embed code' }),
      code,
      el('div', { className: 'actions' }, [
        el('button', {
          type: 'button',
          className: 'secondary',
          text: 'Copy embed code',
          onclick: function () {
            copy(code.value, 'Embed code');
          }
        }),
        open
      ])
    ]);
    card.appendChild(embed);

    var state = file;
    function show() {
      var on = !!state.isPublicPreviewEnabled;
      toggle.textContent = on ? 'Disable public preview' : 'Enable public preview';
      toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
      embed.hidden = !on;
      if (on) {
        code.value = embedCode(state);
        open.href = baseUrl + '/embed/' + state.publicPlaybackId;
      }
    }
    toggle.addEventListener('click', function () {
      var action = state.isPublicPreviewEnabled ? 'disable' : 'enable';
      toggle.disabled = true;
      api('POST', '/v1/files/' + encodeURIComponent(state.fileId) + '/' + action + '-public-preview')
        .then(function (f) {
          state = f;
          show();
          notice(action === 'enable' ? 'Public preview enabled: the embed code is below.' : 'Public preview disabled; public URLs now answer 404.');
          if (options.onChange) {
            options.onChange(f);
          }
        }, fail)
        .then(function () {
          toggle.disabled = false;
        });
    });
    show();
    return card;
  }

  function renderResults(container, exec) {
    clear(container);
    (exec.results || []).forEach(function (r) {
      if (r.file) {
        container.appendChild(fileCard(r.file));
      } else {
        container.appendChild(el('p', null, [el('a', { href: '/console/files/' + r.fileId, text: r.fileId })]));
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Following an execution: SSE over fetch (EventSource cannot send the Authorization header),
  // with polling as the fallback

  function stream(path, onEvent, signal) {
    return fetch(path, {
      headers: { Authorization: 'Bearer ' + apiKey(), Accept: 'text/event-stream' },
      signal: signal
    }).then(function (res) {
      if (!res.ok || !res.body) {
        throw new ApiError(res.status, null);
      }
      var reader = res.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            return;
          }
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, '\n');
          var at;
          while ((at = buffer.indexOf('\n\n')) >= 0) {
            var block = buffer.substring(0, at);
            buffer = buffer.substring(at + 2);
            var type = 'message';
            var data = [];
            block.split('\n').forEach(function (line) {
              if (line.indexOf('event:') === 0) {
                type = line.substring(6).trim();
              } else if (line.indexOf('data:') === 0) {
                data.push(line.substring(5).replace(/^ /, ''));
              }
            });
            if (data.length) {
              onEvent(type, JSON.parse(data.join('\n')));
            }
          }
          return pump();
        });
      }
      return pump();
    });
  }

  /** Shows an execution's state in the run-* elements and keeps it live until it is terminal. */
  function follow(id, onUpdate) {
    var progress = $('run-progress');
    var percent = $('run-percent');
    var status = $('run-status');
    var cancel = $('run-cancel');
    var error = $('run-error');
    var results = $('run-results');
    var last = null;

    function update(exec) {
      last = exec;
      progress.value = exec.progressPercentage || 0;
      progress.setAttribute('aria-valuetext', (exec.progressPercentage || 0) + '%, ' + exec.status);
      percent.textContent = (exec.progressPercentage || 0) + '%';
      if (status) {
        clear(status);
        status.textContent = exec.status;
        status.className = 'badge ' + exec.status;
      }
      var terminal = TERMINAL[exec.status];
      if (cancel) {
        cancel.hidden = !!terminal;
      }
      error.textContent = exec.error ? exec.error.message + ' (' + exec.error.code + ')' : '';
      if (exec.status === 'succeeded') {
        renderResults(results, exec);
      }
      if (onUpdate) {
        onUpdate(exec);
      }
      if (terminal) {
        notice('Execution ' + exec.status + '.', exec.status === 'failed');
      }
    }

    if (cancel) {
      cancel.onclick = function () {
        cancel.disabled = true;
        api('POST', '/v1/tools/executions/' + encodeURIComponent(id) + '/cancel').then(
          function () {
            notice('Cancel requested.');
          },
          fail
        );
      };
      cancel.disabled = false;
    }

    function poll() {
      return api('GET', '/v1/tools/executions/' + encodeURIComponent(id)).then(function (exec) {
        update(exec);
        if (!TERMINAL[exec.status]) {
          return sleep(1500).then(poll);
        }
      });
    }

    return stream('/v1/tools/executions/' + encodeURIComponent(id) + '/events', function (type, exec) {
      update(exec);
    })
      .catch(function () {
        // the stream broke off: polling finishes the job
      })
      .then(function () {
        if (!last || !TERMINAL[last.status]) {
          return poll();
        }
      })
      .catch(fail);
  }

  // ---------------------------------------------------------------------------------------------
  // Uploads: POST /v1/files/upload, PUT the bytes to the presigned URL, wait until ready

  function upload(file, status) {
    status.textContent = 'Uploading ' + file.name + '…';
    var created;
    return api('POST', '/v1/files/upload', { displayName: file.name })
      .then(function (c) {
        created = c;
        return fetch(c.uploadUrl, { method: 'PUT', body: file });
      })
      .then(function (res) {
        if (!res.ok) {
          return res.json().then(function (j) {
            throw new ApiError(res.status, j);
          });
        }
        status.textContent = 'Processing ' + file.name + '…';
        var started = Date.now();
        function wait() {
          return api('GET', '/v1/files/' + created.fileId).then(function (f) {
            var s = f.downloadSource.status;
            if (s === 'ready') {
              return f;
            }
            if (s === 'failed') {
              throw new Error('The server could not use ' + file.name + ' (unsupported or mismatched content).');
            }
            if (Date.now() - started > 10 * 60 * 1000) {
              throw new Error('Processing ' + file.name + ' takes too long; look in Files later.');
            }
            return sleep(700).then(wait);
          });
        }
        return wait();
      })
      .then(
        function (f) {
          status.textContent = 'Uploaded ' + f.displayName + ' (' + f.type + ', ' + f.fileId + ').';
          return f;
        },
        function (err) {
          status.textContent = 'Upload failed: ' + err.message;
          throw err;
        }
      );
  }

  function initUploadZone(onUploaded) {
    var zone = $('upload-zone');
    if (!zone) {
      return;
    }
    var input = $('upload-input');
    var status = $('upload-status');
    function take(files) {
      if (!files || !files.length) {
        return;
      }
      Array.prototype.reduce.call(
        files,
        function (p, f) {
          return p.then(function () {
            return upload(f, status).then(onUploaded, function () {});
          });
        },
        Promise.resolve()
      );
    }
    input.addEventListener('change', function () {
      take(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (t) {
      zone.addEventListener(t, function (e) {
        e.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      zone.addEventListener(t, function (e) {
        e.preventDefault();
        zone.classList.remove('over');
      });
    });
    zone.addEventListener('drop', function (e) {
      take(e.dataTransfer && e.dataTransfer.files);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Playground

  function fileOption(f) {
    return el('option', { value: f.fileId, text: f.displayName + ' · ' + f.fileId.substring(8, 14) });
  }

  function addFileToPickers(f, select) {
    document.querySelectorAll('select[data-file-type="' + f.type + '"]').forEach(function (s) {
      var exists = Array.prototype.some.call(s.options, function (o) {
        return o.value === f.fileId;
      });
      var option = exists ? null : fileOption(f);
      if (option) {
        s.insertBefore(option, s.options[s.multiple ? 0 : 1] || null);
      }
      if (select) {
        Array.prototype.forEach.call(s.options, function (o) {
          if (o.value === f.fileId) {
            o.selected = true;
          }
        });
      }
    });
  }

  function fillPickers() {
    var pickers = document.querySelectorAll('select[data-file-type]');
    if (pickers.length) {
      api('GET', '/v1/files?limit=200').then(function (list) {
        list.files.forEach(function (f) {
          if (f.type && f.downloadSource.status === 'ready') {
            pickers.forEach(function (s) {
              if (s.getAttribute('data-file-type') === f.type) {
                s.appendChild(fileOption(f));
              }
            });
          }
        });
      }, fail);
    }
    var voices = document.querySelector('select[data-catalogue="voices"]');
    if (voices) {
      api('GET', '/v1/resources/tts-voices').then(function (list) {
        // grouped by language, in catalogue order within each
        var groups = {};
        list.ttsVoices.forEach(function (v) {
          if (v.supportsDirectToolExecution) {
            var label = v.displayName + ' (' + v.displayGender.toLowerCase() + (v.accent ? ', ' + v.accent : '') + ')';
            if (!groups[v.languageCode]) {
              groups[v.languageCode] = el('optgroup', { label: v.languageCode });
              voices.appendChild(groups[v.languageCode]);
            }
            groups[v.languageCode].appendChild(el('option', { value: v.voiceId, text: label }));
          }
        });
      }, fail);
    }
    var presenters = document.querySelector('select[data-catalogue="presenters"]');
    if (presenters) {
      var preview = $('presenter-preview');
      var thumbs = {};
      api('GET', '/v1/resources/avatar-presenters').then(function (list) {
        list.avatarPresenters.forEach(function (p) {
          thumbs[p.avatarPresenterId] = p.thumbnailUrl;
          var label = p.avatarPresenterId.replace(/^vg_pres_/, '').replace(/_/g, ' ') + ' (' + p.displayableGender.toLowerCase() + ')';
          presenters.appendChild(el('option', { value: p.avatarPresenterId, text: label }));
        });
      }, fail);
      presenters.addEventListener('change', function () {
        var t = thumbs[presenters.value];
        preview.hidden = !t;
        if (t) {
          preview.src = t;
        }
      });
    }
  }

  /** The form's JSON body: empty fields are left out (the server takes its defaults). */
  function formBody(form) {
    var out = {};
    var problems = [];
    form.querySelectorAll('[data-kind]').forEach(function (input) {
      var kind = input.getAttribute('data-kind');
      var name = input.getAttribute('name') || input.getAttribute('data-name');
      if (kind === 'object' || name.indexOf('.') >= 0) {
        return; // objects are read from their fieldset below
      }
      var value;
      if (kind === 'boolean') {
        value = input.checked ? true : null;
      } else if (kind === 'files') {
        value = Array.prototype.filter.call(input.options, function (o) {
          return o.selected;
        }).map(function (o) {
          return o.value;
        });
        var max = parseInt(input.getAttribute('data-max-items') || '0', 10);
        if (max && value.length > max) {
          problems.push(input.name + ': at most ' + max + ' files');
        }
        if (!value.length) {
          value = null;
        }
      } else if (kind === 'integer' || kind === 'number') {
        value = input.value.trim() === '' ? null : Number(input.value);
        if (value !== null && !isFinite(value)) {
          problems.push(input.name + ': not a number');
        }
      } else if (kind === 'pairs') {
        var keys = (input.getAttribute('data-keys') || 'original,replacement').split(',');
        value = input.value.split('\n').filter(function (l) {
          return l.trim();
        }).map(function (l) {
          var at = l.indexOf('=');
          var o = {};
          o[keys[0]] = (at < 0 ? l : l.substring(0, at)).trim();
          o[keys[1]] = at < 0 ? '' : l.substring(at + 1).trim();
          return o;
        });
        if (!value.length) {
          value = null;
        }
      } else {
        value = input.value.trim() === '' ? null : input.value;
      }
      if (value !== null) {
        out[name] = value;
      } else if (input.required) {
        problems.push(name + ' is required');
      }
    });
    form.querySelectorAll('fieldset[data-kind="object"]').forEach(function (set) {
      var name = set.getAttribute('data-name');
      var obj = {};
      var filled = 0;
      var inputs = set.querySelectorAll('input');
      inputs.forEach(function (i) {
        if (i.value.trim() !== '') {
          obj[i.name.substring(name.length + 1)] = Number(i.value);
          filled++;
        }
      });
      if (filled === inputs.length && filled > 0) {
        out[name] = obj;
      } else if (filled > 0) {
        problems.push(name + ': fill in every part or none');
      }
    });
    return { body: out, problems: problems };
  }

  function initPlayground() {
    var form = $('tool-form');
    var tool = form.getAttribute('data-tool');
    var error = $('form-error');
    var button = $('run-button');
    fillPickers();
    initUploadZone(function (f) {
      addFileToPickers(f, true);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      error.textContent = '';
      var parsed = formBody(form);
      if (parsed.problems.length) {
        error.textContent = parsed.problems.join('; ') + '.';
        return;
      }
      button.disabled = true;
      api('POST', '/v1/tools/' + tool, parsed.body)
        .then(function (started) {
          var id = started.toolExecutionId;
          $('run').hidden = false;
          var link = $('run-link');
          link.textContent = id;
          link.href = '/console/executions/' + encodeURIComponent(id);
          clear($('run-results'));
          $('run-error').textContent = '';
          notice('Started ' + id + '.');
          $('run-title').scrollIntoView({ block: 'nearest' });
          return follow(id);
        }, function (err) {
          error.textContent = err.message + ' (' + err.code + ')';
        })
        .then(function () {
          button.disabled = false;
        });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Executions

  function initExecutions() {
    var form = $('executions-filter');
    var tbody = table('executions-table');
    var more = $('executions-more');
    var empty = $('executions-empty');
    var params = new URLSearchParams(location.search);
    form.status.value = params.get('status') || '';
    form.toolType.value = params.get('toolType') || '';
    var cursor = null;

    function row(x) {
      var dur = x.startedAt && x.completedAt ? seconds(x.completedAt - x.startedAt) : x.startedAt ? 'running' : '—';
      return el('tr', null, [
        cell(el('a', { href: '/console/executions/' + encodeURIComponent(x.toolExecutionId) }, [el('code', { text: x.toolExecutionId })])),
        cell(title(x.toolType)),
        cell(badge(x.status)),
        cell([
          el('progress', { max: 100, value: x.progressPercentage, 'aria-label': 'Progress of ' + x.toolExecutionId }),
          ' ' + x.progressPercentage + '%'
        ]),
        cell(when(x.createdAt)),
        cell(dur)
      ]);
    }

    function load(reset) {
      if (reset) {
        clear(tbody);
        cursor = null;
      }
      var q = query({ limit: 25, cursor: cursor, status: form.status.value, toolType: form.toolType.value });
      return api('GET', '/v1/tools/executions' + q).then(function (list) {
        list.executions.forEach(function (x) {
          tbody.appendChild(row(x));
        });
        cursor = list.nextCursor;
        more.hidden = !list.hasMore;
        empty.hidden = tbody.children.length > 0;
      }, fail);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      history.replaceState(null, '', location.pathname + query({ status: form.status.value, toolType: form.toolType.value }));
      load(true);
    });
    more.addEventListener('click', function () {
      load(false);
    });
    load(true);
  }

  function initExecution() {
    var id = $('execution').getAttribute('data-id');
    var dl = $('execution-meta');
    function show(x) {
      var status = el('span', { id: 'run-status', className: 'badge ' + x.status, text: x.status });
      meta(dl, [
        ['Tool', title(x.toolType)],
        ['Status', status],
        ['Created', when(x.createdAt)],
        ['Started', when(x.startedAt)],
        ['Completed', when(x.completedAt)],
        ['Duration', x.startedAt && x.completedAt ? seconds(x.completedAt - x.startedAt) : '—']
      ]);
      $('execution-inputs').textContent = JSON.stringify(x.inputs, null, 2);
    }
    api('GET', '/v1/tools/executions/' + encodeURIComponent(id)).then(function (x) {
      show(x);
      return follow(id, show);
    }, fail);
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  var GLYPH = { IMAGE: 'Image', VIDEO: '▶ Video', AUDIO: '♪ Audio' };

  function galleryCard(f, similarity) {
    var href = '/console/files/' + encodeURIComponent(f.fileId);
    var thumb = ready(f.thumbnailSource);
    var processing = f.downloadSource.status !== 'ready';
    return el('li', { className: 'card', 'data-file-id': f.fileId, 'data-type': f.type || '' }, [
      el('a', { className: 'thumb', href: href, tabindex: '-1', 'aria-hidden': 'true' }, [
        thumb ? el('img', { src: thumb, alt: '', loading: 'lazy' }) : GLYPH[f.type] || '…'
      ]),
      el('div', { className: 'card-body' }, [
        el('a', { href: href, text: f.displayName }),
        el('span', null, [
          f.type ? badge(f.type.toLowerCase()) : badge('pending'),
          f.scope === 'TEMPORARY' ? ' temporary' : '',
          f.isPublicPreviewEnabled ? ' · public' : '',
          processing ? ' · ' + f.downloadSource.status : ''
        ]),
        similarity !== undefined ? el('span', { className: 'help', text: 'similarity ' + similarity.toFixed(2) }) : null
      ])
    ]);
  }

  function initFiles() {
    var gallery = $('gallery');
    var more = $('gallery-more');
    var status = $('gallery-status');
    var search = $('search-form');
    var clearButton = $('search-clear');
    var cursor = null;
    var mode = 'list';

    function typeFilter() {
      var checked = document.querySelector('input[name="type"]:checked');
      return checked ? checked.value : '';
    }

    function applyFilter() {
      var t = typeFilter();
      var shown = 0;
      Array.prototype.forEach.call(gallery.children, function (li) {
        li.hidden = !!t && li.getAttribute('data-type') !== t;
        if (!li.hidden) {
          shown++;
        }
      });
      if (mode === 'list') {
        status.textContent = shown + ' file' + (shown === 1 ? '' : 's') + ' shown' + (more.hidden ? '.' : '; more to load.');
      }
    }

    function load(reset) {
      mode = 'list';
      if (reset) {
        clear(gallery);
        cursor = null;
      }
      return api('GET', '/v1/files' + query({ limit: 48, cursor: cursor })).then(function (list) {
        list.files.forEach(function (f) {
          gallery.appendChild(galleryCard(f));
        });
        cursor = list.nextCursor;
        more.hidden = !list.hasMore;
        applyFilter();
      }, fail);
    }

    search.addEventListener('submit', function (e) {
      e.preventDefault();
      var q = search.query.value.trim();
      if (!q) {
        load(true);
        clearButton.hidden = true;
        return;
      }
      status.textContent = 'Searching…';
      api('POST', '/v1/files/search', { query: q, numResults: 50 }).then(
        function (res) {
          mode = 'search';
          clear(gallery);
          more.hidden = true;
          clearButton.hidden = false;
          res.results.forEach(function (r) {
            gallery.appendChild(galleryCard(r.file, r.similarity));
          });
          applyFilter();
          status.textContent = res.results.length + ' result' + (res.results.length === 1 ? '' : 's') + ' for “' + q + '”.';
        },
        function (err) {
          status.textContent = 'Search failed: ' + err.message;
        }
      );
    });
    clearButton.addEventListener('click', function () {
      search.query.value = '';
      clearButton.hidden = true;
      load(true);
      search.query.focus();
    });
    document.querySelectorAll('input[name="type"]').forEach(function (r) {
      r.addEventListener('change', applyFilter);
    });
    more.addEventListener('click', function () {
      load(false);
    });
    initUploadZone(function () {
      if (mode === 'list') {
        load(true);
      }
    });
    load(true);
  }

  function initFile() {
    var id = $('file').getAttribute('data-id');
    var view = $('file-view');
    var archive = $('file-archive');

    function renditions(f) {
      var tbody = table('renditions');
      clear(tbody);
      [['Thumbnail', f.thumbnailSource], ['Preview', f.previewSource], ['Download', f.downloadSource], ['HLS', f.hlsSource], ['Public preview', f.staticPublicPreviewSource]].forEach(function (r) {
        var s = r[1];
        if (!s) {
          return;
        }
        tbody.appendChild(el('tr', null, [
          el('th', { scope: 'row', text: r[0] }),
          cell(badge(s.status)),
          cell(s.width && s.height ? s.width + '×' + s.height : '—'),
          cell(bytes(s.fileBytes)),
          cell(s.url ? el('a', { href: s.url, text: 'Open' }) : '—')
        ]));
      });
    }

    function show(f) {
      $('file-title').textContent = f.displayName;
      document.title = f.displayName + ' · Framewright console';
      meta($('file-meta'), [
        ['Id', el('code', { text: f.fileId })],
        ['Type', f.type || 'not detected yet'],
        ['Scope', f.scope],
        ['Duration', f.durationSeconds ? seconds(f.durationSeconds) : null],
        ['Source tool', f.sourceToolType ? title(f.sourceToolType) : 'upload'],
        ['Execution', f.sourceToolExecutionId ? el('a', { href: '/console/executions/' + f.sourceToolExecutionId }, [el('code', { text: f.sourceToolExecutionId })]) : null],
        ['Public preview', f.isPublicPreviewEnabled ? 'enabled (' + f.publicPlaybackId + ')' : 'disabled']
      ]);
      $('file-description').textContent = f.description || (f.scope === 'TEMPORARY' ? 'Temporary files are not analysed.' : 'No description (analysis pending, failed or switched off).');
      $('file-transcript').textContent = f.transcript || 'No transcript.';
      renditions(f);
    }

    function load() {
      return api('GET', '/v1/files/' + encodeURIComponent(id)).then(function (f) {
        show(f);
        clear(view).appendChild(fileCard(f, { details: false, onChange: show }));
      }, fail);
    }

    archive.addEventListener('click', function () {
      if (!window.confirm('Archive this file? It leaves lists and search and can no longer be a tool input. This cannot be undone.')) {
        return;
      }
      archive.disabled = true;
      api('POST', '/v1/files/' + encodeURIComponent(id) + '/archive').then(function (f) {
        show(f);
        archive.textContent = 'Archived';
        notice('Archived. The file stays reachable here and through its URLs, but no longer appears in lists or search.');
      }, function (err) {
        archive.disabled = false;
        fail(err);
      });
    });
    load();
  }

  // ---------------------------------------------------------------------------------------------
  // Webhooks

  function showSecret(secret) {
    $('secret-value').textContent = secret;
    $('secret-once').hidden = false;
    $('secret-copy').onclick = function () {
      copy(secret, 'Secret');
    };
    $('secret-once').scrollIntoView({ block: 'nearest' });
  }

  function allEndpoints() {
    return api('GET', '/v1/webhooks/endpoints').then(function (list) {
      return list.endpoints;
    });
  }

  function initWebhooks() {
    var tbody = table('endpoints-table');
    var form = $('endpoint-form');
    var error = $('endpoint-error');

    function load() {
      return allEndpoints().then(function (endpoints) {
        clear(tbody);
        endpoints.forEach(function (ep) {
          var del = el('button', { type: 'button', className: 'danger', text: 'Delete', 'aria-label': 'Delete ' + ep.url });
          del.addEventListener('click', function () {
            if (!window.confirm('Delete the endpoint ' + ep.url + '? Pending deliveries are dropped.')) {
              return;
            }
            api('DELETE', '/v1/webhooks/endpoints/' + encodeURIComponent(ep.endpointId)).then(function () {
              notice('Deleted ' + ep.url + '.');
              load();
            }, fail);
          });
          tbody.appendChild(el('tr', null, [
            cell(el('a', { href: '/console/webhooks/' + encodeURIComponent(ep.endpointId), text: ep.url }), 'wrap'),
            cell(ep.events.join(', '), 'wrap'),
            cell([badge(ep.status), ep.disabledReason ? ' ' + ep.disabledReason : '']),
            cell(el('code', { text: '…' + ep.signingSecretLast4 })),
            cell(when(ep.createdAt)),
            cell(el('div', { className: 'actions' }, [del]))
          ]));
        });
        $('endpoints-empty').hidden = endpoints.length > 0;
      }, fail);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      error.textContent = '';
      var events = Array.prototype.filter.call(form.querySelectorAll('input[name="events"]'), function (c) {
        return c.checked;
      }).map(function (c) {
        return c.value;
      });
      var url = form.url.value.trim();
      if (!url) {
        error.textContent = 'Enter the URL of your receiver.';
        form.url.focus();
        return;
      }
      if (!events.length) {
        error.textContent = 'Choose at least one event.';
        return;
      }
      var payload = { url: url, events: events };
      if (form.description.value.trim()) {
        payload.description = form.description.value.trim();
      }
      api('POST', '/v1/webhooks/endpoints', payload).then(function (ep) {
        form.reset();
        showSecret(ep.signingSecret);
        notice('Created the endpoint ' + ep.url + '.');
        load();
      }, function (err) {
        error.textContent = err.message + ' (' + err.code + ')';
      });
    });
    load();
  }

  function initWebhook() {
    var id = $('endpoint').getAttribute('data-id');
    var path = '/v1/webhooks/endpoints/' + encodeURIComponent(id);
    var tbody = table('deliveries-table');
    var filter = $('deliveries-filter');
    var more = $('deliveries-more');
    var cursor = null;
    var rows = 0;

    function showEndpoint(ep) {
      meta($('endpoint-meta'), [
        ['URL', ep.url],
        ['Events', ep.events.join(', ')],
        ['Description', ep.description],
        ['Status', [badge(ep.status), ep.disabledReason ? ' ' + ep.disabledReason : ''].reduce(function (span, c) {
          span.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
          return span;
        }, el('span'))],
        ['Secret', el('code', { text: '…' + ep.signingSecretLast4 })],
        ['Created', when(ep.createdAt)]
      ]);
    }

    function attemptsTable(d) {
      var t = el('table', null, [
        el('caption', { className: 'sr-only', text: 'Attempts of ' + d.deliveryId }),
        el('thead', null, [el('tr', null, ['Attempted', 'Response', 'Duration', 'Error'].map(function (h) {
          return el('th', { scope: 'col', text: h });
        }))]),
        el('tbody', null, d.attempts.map(function (a) {
          return el('tr', null, [
            cell(when(a.attemptedAt)),
            cell(a.responseStatus === null ? 'no response' : String(a.responseStatus)),
            cell(a.durationMs + ' ms'),
            cell(a.error || '—')
          ]);
        }))
      ]);
      return el('div', null, [
        d.attempts.length ? t : el('p', { text: 'No attempt yet.' }),
        el('p', null, [el('strong', { text: 'webhook-id ' }), el('code', { text: d.webhookId })]),
        el('pre', { tabindex: '0', text: JSON.stringify(d.payload, null, 2) })
      ]);
    }

    function deliveryRows(d) {
      var n = ++rows;
      var detailsId = 'delivery-details-' + n;
      var details = el('tr', { id: detailsId, className: 'details', hidden: true }, [el('td', { colspan: 6 }, [attemptsTable(d)])]);
      var toggle = el('button', { type: 'button', className: 'secondary', text: 'Attempts', 'aria-expanded': 'false', 'aria-controls': detailsId });
      toggle.addEventListener('click', function () {
        details.hidden = !details.hidden;
        toggle.setAttribute('aria-expanded', details.hidden ? 'false' : 'true');
      });
      var replay = el('button', { type: 'button', className: 'replay', text: 'Replay', 'aria-label': 'Replay ' + d.event + ' ' + d.deliveryId });
      var statusCell = cell(badge(d.status));
      var attemptsCell = cell(String(d.attempts.length));
      replay.addEventListener('click', function () {
        replay.disabled = true;
        api('POST', path + '/deliveries/' + encodeURIComponent(d.deliveryId) + '/replay').then(function (fresh) {
          clear(statusCell).appendChild(badge(fresh.status));
          notice('Replay of ' + d.deliveryId + ' queued (same webhook-id, fresh signature).');
          // the extra attempt runs at once; show its outcome
          return sleep(1500).then(function () {
            return api('GET', path + '/deliveries?limit=100');
          }).then(function (list) {
            list.deliveries.forEach(function (x) {
              if (x.deliveryId === d.deliveryId) {
                clear(statusCell).appendChild(badge(x.status));
                attemptsCell.textContent = String(x.attempts.length);
                clear(details.firstChild).appendChild(attemptsTable(x));
              }
            });
          });
        }, fail).then(function () {
          replay.disabled = false;
        });
      });
      var row = el('tr', { 'data-delivery-id': d.deliveryId }, [
        cell(el('code', { text: d.event })),
        statusCell,
        attemptsCell,
        cell(when(d.createdAt)),
        cell(d.nextAttemptAt ? when(d.nextAttemptAt) : '—'),
        cell(el('div', { className: 'actions' }, [replay, toggle]))
      ]);
      return [row, details];
    }

    function load(reset) {
      if (reset) {
        clear(tbody);
        cursor = null;
      }
      return api('GET', path + '/deliveries' + query({ limit: 25, cursor: cursor, status: filter.status.value })).then(function (list) {
        list.deliveries.forEach(function (d) {
          deliveryRows(d).forEach(function (r) {
            tbody.appendChild(r);
          });
        });
        cursor = list.nextCursor;
        more.hidden = !list.hasMore;
        $('deliveries-empty').hidden = tbody.children.length > 0;
      }, fail);
    }

    allEndpoints().then(function (endpoints) {
      var ep = endpoints.filter(function (x) {
        return x.endpointId === id;
      })[0];
      if (ep) {
        showEndpoint(ep);
      } else {
        notice('No such endpoint in this team (deleted?).', true);
      }
    }, fail);
    $('rotate-secret').addEventListener('click', function () {
      if (!window.confirm('Rotate the signing secret? The old one keeps signing alongside the new one for the overlap period.')) {
        return;
      }
      api('POST', path + '/rotate-secret').then(function (ep) {
        showEndpoint(ep);
        showSecret(ep.signingSecret);
        notice('Secret rotated.');
      }, fail);
    });
    $('endpoint-delete').addEventListener('click', function () {
      if (!window.confirm('Delete this endpoint? Pending deliveries are dropped.')) {
        return;
      }
      api('DELETE', path).then(function () {
        location.assign('/console/webhooks');
      }, fail);
    });
    filter.addEventListener('submit', function (e) {
      e.preventDefault();
      load(true);
    });
    more.addEventListener('click', function () {
      load(false);
    });
    load(true);
  }

  // ---------------------------------------------------------------------------------------------
  // Engines

  function initEngines() {
    var tbody = table('engines-table');
    api('GET', '/v1/resources/engines').then(function (list) {
      list.engines.forEach(function (e) {
        var details = e.details || {};
        var lines = [];
        if (!e.available && e.reason) {
          lines.push(el('p', null, [el('strong', { text: e.reason })]));
        }
        var facts = el('ul', { className: 'facts' });
        Object.keys(details).forEach(function (k) {
          if (k !== 'license' && k !== 'engines') {
            facts.appendChild(el('li', null, [el('span', { className: 'fact', text: k + ': ' }), details[k]]));
          }
        });
        if (facts.children.length) {
          lines.push(facts);
        }
        if (details.engines) {
          // "a (…); b (…)": split at the top-level "; " only (licences may hold "; " in parentheses)
          var parts = [];
          var depth = 0;
          var start = 0;
          var text = details.engines;
          for (var i = 0; i < text.length; i++) {
            var c = text.charAt(i);
            depth += c === '(' ? 1 : c === ')' ? -1 : 0;
            if (depth === 0 && c === ';' && text.charAt(i + 1) === ' ') {
              parts.push(text.substring(start, i));
              start = i + 2;
            }
          }
          parts.push(text.substring(start));
          lines.push(el('p', { className: 'fact', text: 'Engines in order of preference:' }));
          lines.push(el('ol', { className: 'facts' }, parts.map(function (x) {
            return el('li', { text: x });
          })));
        }
        tbody.appendChild(el('tr', { 'data-capability': e.capability }, [
          el('th', { scope: 'row', text: title(e.capability) }),
          cell(e.engine ? el('code', { text: e.engine }) : '—'),
          cell(e.version || '—'),
          cell(details.license || '—'),
          cell(badge(e.available ? 'available' : 'unavailable')),
          cell(lines.length ? lines : '—', 'wrap')
        ]));
      });
    }, fail);
  }

  // ---------------------------------------------------------------------------------------------

  var pages = {
    playground: initPlayground,
    executions: initExecutions,
    execution: initExecution,
    files: initFiles,
    file: initFile,
    webhooks: initWebhooks,
    webhook: initWebhook,
    engines: initEngines
  };

  if (pageName === 'signin') {
    initSignIn();
  } else if (!apiKey()) {
    location.replace('/console' + query({ next: location.pathname + location.search }));
  } else {
    showWho();
    if (pages[pageName]) {
      pages[pageName]();
    }
  }
})();
