/*
 * Framewright embed player (API.md §10.4). Plays the page's #player element from its data-hls
 * playlist with hls.js where Media Source Extensions exist, else with the browser's native HLS
 * (Safari, iOS), else from the data-fallback file (the preview rendition). Options come from the
 * server as attributes: data-start (seconds), data-autoplay, data-muted; loop is the plain attribute.
 * Loads nothing from third parties.
 */
(function () {
  'use strict';
  var media = document.getElementById('player');
  if (!media || !media.hasAttribute('data-hls')) {
    return; // an image: nothing to play
  }
  var src = media.getAttribute('data-hls');
  var fallback = media.getAttribute('data-fallback');
  var start = parseFloat(media.getAttribute('data-start') || '0');
  if (!isFinite(start) || start < 0) {
    start = 0;
  }
  var autoplay = media.hasAttribute('data-autoplay');
  if (media.hasAttribute('data-muted')) {
    media.muted = true;
  }

  function play() {
    if (!autoplay) {
      return;
    }
    var started = media.play();
    if (started && typeof started.catch === 'function') {
      started.catch(function () {
        // the browser refused autoplay (e.g. with sound): the controls stay usable
      });
    }
  }

  function playFile(url) {
    media.addEventListener(
      'loadedmetadata',
      function () {
        if (start > 0) {
          media.currentTime = start;
        }
        play();
      },
      { once: true }
    );
    media.src = url;
  }

  var Hls = window.Hls;
  if (Hls && Hls.isSupported()) {
    var hls = new Hls({ startPosition: start > 0 ? start : -1 });
    var recovered = false;
    hls.on(Hls.Events.MANIFEST_PARSED, play);
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        return;
      }
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && !recovered) {
        recovered = true;
        hls.recoverMediaError();
        return;
      }
      hls.destroy();
      if (fallback) {
        playFile(fallback);
      }
    });
    hls.loadSource(src);
    hls.attachMedia(media);
  } else if (media.canPlayType('application/vnd.apple.mpegurl')) {
    playFile(src);
  } else if (fallback) {
    playFile(fallback);
  }
})();
