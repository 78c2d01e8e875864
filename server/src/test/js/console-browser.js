/*
 * Browser checks of the web console (docs/console.md), run by ConsoleBrowserTest against a real
 * server: playwright-core (installed by scripts/tools.sh into .tools/, never at test time) drives
 * Debian's Chromium. Each step prints "ok <n> - <name>"; the first failure prints the error, saves
 * a screenshot and exits 1. Screenshots of every page at desktop and phone widths go to $SCREENSHOTS.
 *
 * Environment: CONSOLE_BASE_URL, CONSOLE_API_KEY, PLAYWRIGHT_CORE (the package folder), CHROMIUM,
 * SCREENSHOTS (folder), SAMPLES (folder with photo.png and poster.png), RECEIVER_URL (a webhook
 * receiver that answers 200).
 */
'use strict';

const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const BASE = process.env.CONSOLE_BASE_URL;
const KEY = process.env.CONSOLE_API_KEY;
const SHOTS = process.env.SCREENSHOTS;
const SAMPLES = process.env.SAMPLES;
const RECEIVER = process.env.RECEIVER_URL;
const LONG = 120000;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

function assert(cond, message) {
  if (!cond) {
    throw new Error(message);
  }
}

/** Every form control has a label (for=, wrapping, aria-label or aria-labelledby). */
async function assertLabelled(page) {
  const unlabelled = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea'))
      .filter((e) => e.type !== 'hidden' && !e.hidden && e.offsetParent !== null)
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
      .map((e) => e.id || e.name || e.outerHTML.slice(0, 60))
  );
  assert(unlabelled.length === 0, 'controls without a label: ' + unlabelled.join(', '));
}

/** Nothing wider than the viewport (responsive layout: tables scroll inside their own box). */
async function assertNoHorizontalScroll(page, width) {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert(widths[0] <= width && widths[1] <= width, 'the page is wider than ' + width + ' px: ' + widths);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, name + '.png'), fullPage: true });
}

async function runTool(page) {
  await page.click('#run-button');
  await page.waitForSelector('#run:not([hidden])');
  await page.waitForFunction(
    () => /succeeded|failed|cancelled/.test(document.getElementById('run-status').textContent),
    null,
    { timeout: LONG }
  );
  const status = await page.textContent('#run-status');
  const error = await page.textContent('#run-error');
  assert(status === 'succeeded', 'execution ended ' + status + ': ' + error);
  const progress = await page.evaluate(() => document.getElementById('run-progress').value);
  assert(progress === 100, 'progress bar at ' + progress);
  return page.textContent('#run-link');
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required', '--mute-audio']
  });
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on('dialog', (d) => d.accept());
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') {
      consoleErrors.push(m.text());
    }
  });

  const state = {};
  const steps = [];
  const step = (name, fn) => steps.push({ name, fn });

  step('a page without a key sends the browser to sign-in', async () => {
    await page.goto(BASE + '/console/files');
    await page.waitForURL(/\/console\?next=/);
    await assertLabelled(page);
    await shot(page, 'signin-desktop');
  });

  step('a wrong key is refused with the API message', async () => {
    await page.fill('#api-key', 'vg_key_not_a_real_key_000000000000');
    await page.click('#sign-in button[type=submit]');
    await page.waitForFunction(() => document.getElementById('sign-in-error').textContent.length > 0);
    const text = await page.textContent('#sign-in-error');
    assert(/Sign-in failed/.test(text), 'no error shown: ' + text);
    assert((await page.evaluate(() => sessionStorage.length)) === 0, 'a refused key was kept');
  });

  step('sign-in keeps the key in session storage and shows the team and key', async () => {
    await page.fill('#api-key', KEY);
    await page.press('#api-key', 'Enter'); // keyboard only
    await page.waitForURL(/\/console\/files$/);
    await page.waitForFunction(() => document.getElementById('who').textContent.includes('vg_team_'));
    const who = await page.textContent('#who');
    assert(/Team default vg_team_\w+/.test(who) && /Key bootstrap vg_key_/.test(who), 'header shows ' + who);
    const stored = await page.evaluate(() => [sessionStorage.getItem('framewright.console.key'), localStorage.length]);
    assert(stored[0] === KEY && stored[1] === 0, 'key storage ' + JSON.stringify(stored));
  });

  step('webhooks: create an endpoint and see its secret once', async () => {
    await page.goto(BASE + '/console/webhooks');
    await page.fill('#endpoint-url', RECEIVER);
    await page.fill('#endpoint-description', 'console test receiver');
    await page.check('#event-tool-execution-succeeded');
    await page.click('#endpoint-form button[type=submit]');
    await page.waitForSelector('#secret-once:not([hidden])');
    const secret = await page.textContent('#secret-value');
    assert(/^whsec_/.test(secret), 'secret shown: ' + secret);
    await page.waitForSelector('#endpoints-table tbody tr');
    const row = await page.textContent('#endpoints-table tbody tr');
    assert(row.includes(RECEIVER) && row.includes('…' + secret.slice(-4)), 'endpoint row: ' + row);
    await assertLabelled(page);
    await shot(page, 'webhooks-desktop');
    state.endpointHref = await page.getAttribute('#endpoints-table tbody tr a', 'href');
  });

  step('playground: text-to-speech runs live and its audio plays', async () => {
    await page.goto(BASE + '/console/playground?tool=text-to-speech');
    await assertLabelled(page);
    await page.waitForFunction(() => document.querySelectorAll('#f-voiceId option').length > 1);
    await page.fill('#f-ttsText', 'Hello from the Framewright console.');
    state.ttsExecution = await runTool(page);
    const audio = await page.waitForSelector('#run-results audio');
    await page.waitForFunction((a) => a.readyState >= 1 && a.duration > 0.5, audio, { timeout: LONG });
    await audio.evaluate((a) => {
      a.muted = true;
      return a.play();
    });
    await page.waitForFunction((a) => a.currentTime > 0.3 && !a.paused, audio, { timeout: LONG });
    const player = await audio.getAttribute('data-player');
    assert(player === 'hls.js', 'audio played through ' + player);
    await audio.evaluate((a) => a.pause());
    assert(await page.isVisible('#run-results a:has-text("Download")'), 'no download link');
    await shot(page, 'playground-tts-desktop');
  });

  step('playground: upload by the file input, then upscale-image renders a larger image', async () => {
    await page.goto(BASE + '/console/playground?tool=upscale-image');
    await page.setInputFiles('#upload-input', path.join(SAMPLES, 'photo.png'));
    await page.waitForFunction(() => /^Uploaded /.test(document.getElementById('upload-status').textContent), null, {
      timeout: LONG
    });
    const picked = await page.$eval('#f-imageStorageFileId', (s) => s.value);
    assert(/^vg_file_/.test(picked), 'the upload was not picked: ' + picked);
    state.upscaleExecution = await runTool(page);
    const img = await page.waitForSelector('#run-results img');
    await page.waitForFunction((i) => i.complete && i.naturalWidth > 0, img);
    const size = await img.evaluate((i) => [i.naturalWidth, i.naturalHeight]);
    assert(size[0] > 64 && size[1] > 48, 'the upscaled image renders at ' + size);
    await shot(page, 'playground-upscale-desktop');
  });

  step('playground: a result gets a public preview and embed code', async () => {
    const card = page.locator('#run-results .file-card').first();
    await card.locator('button.preview-toggle').click();
    await card.locator('textarea.embed-code').waitFor({ state: 'visible' });
    const code = await card.locator('textarea.embed-code').inputValue();
    assert(code.startsWith('<iframe src="' + BASE + '/embed/vg_play_'), 'embed code: ' + code);
    assert((await card.locator('button.preview-toggle').getAttribute('aria-pressed')) === 'true', 'toggle state');
  });

  step('executions: list and detail show the runs', async () => {
    await page.goto(BASE + '/console/executions');
    await page.waitForSelector('#executions-table tbody tr');
    const text = await page.textContent('#executions-table tbody');
    assert(text.includes(state.ttsExecution) && text.includes(state.upscaleExecution), 'list: ' + text);
    assert(text.includes('Upscale image') && text.includes('Text to speech'), 'tool names: ' + text);
    await page.selectOption('#filter-tool', 'TEXT_TO_SPEECH');
    await page.click('#executions-filter button[type=submit]');
    await page.waitForFunction(
      (id) => {
        const t = document.querySelector('#executions-table tbody').textContent;
        return t.includes(id) && !t.includes('Upscale image');
      },
      state.ttsExecution
    );
    await assertLabelled(page);
    await shot(page, 'executions-desktop');
    await page.click('#executions-table tbody a');
    await page.waitForSelector('#run-results audio');
    const inputs = await page.textContent('#execution-inputs');
    assert(inputs.includes('Hello from the Framewright console.'), 'inputs: ' + inputs);
    await shot(page, 'execution-desktop');
  });

  step('files: upload by the file input and find it by search', async () => {
    await page.goto(BASE + '/console/files');
    await page.setInputFiles('#upload-input', path.join(SAMPLES, 'poster.png'));
    await page.waitForFunction(() => /^Uploaded /.test(document.getElementById('upload-status').textContent), null, {
      timeout: LONG
    });
    await page.waitForSelector('#gallery li[data-type="IMAGE"] >> text=poster.png');
    await page.check('#type-audio');
    assert(!(await page.isVisible('#gallery >> text=poster.png')), 'the audio filter shows an image');
    await page.check('#type-image');
    assert(await page.isVisible('#gallery >> text=poster.png'), 'the image filter hides the image');
    await page.check('#type-all');
    // analysis (OCR + embedding) runs in the background: search until the poster is found
    const deadline = Date.now() + LONG;
    let found = false;
    while (!found && Date.now() < deadline) {
      await page.fill('#search-query', 'Summer Jazz Night poster');
      await page.click('#search-form button[type=submit]');
      await page.waitForFunction(() => /result|failed/.test(document.getElementById('gallery-status').textContent));
      found = await page.isVisible('#gallery >> text=poster.png');
      if (!found) {
        await page.waitForTimeout(1500);
      }
    }
    assert(found, 'search never found the poster: ' + (await page.textContent('#gallery-status')));
    const first = await page.textContent('#gallery li:first-child');
    assert(first.includes('poster.png') && /similarity 0\.\d\d/.test(first), 'first result: ' + first);
    await assertLabelled(page);
    await shot(page, 'files-search-desktop');
  });

  step('files: detail, enable the public preview and open the embed code', async () => {
    await page.click('#gallery li:first-child .card-body a');
    await page.waitForSelector('#file-view img');
    await page.waitForSelector('#renditions tbody tr');
    await page.click('#file-view button.preview-toggle');
    await page.waitForSelector('#file-view textarea.embed-code:visible');
    const code = await page.inputValue('#file-view textarea.embed-code');
    assert(/\/embed\/vg_play_[A-Za-z0-9_-]+"/.test(code), 'embed code: ' + code);
    const meta = await page.textContent('#file-meta');
    assert(meta.includes('enabled (vg_play_'), 'meta: ' + meta);
    await shot(page, 'file-desktop');
    const [embed] = await Promise.all([context.waitForEvent('page'), page.click('#file-view a.embed-open')]);
    await embed.waitForLoadState();
    const img = await embed.waitForSelector('#player');
    await embed.waitForFunction((i) => i.complete && i.naturalWidth > 0, img);
    assert(embed.url().startsWith(BASE + '/embed/vg_play_'), 'embed page at ' + embed.url());
    await embed.screenshot({ path: path.join(SHOTS, 'embed-desktop.png') });
    await embed.close();
  });

  step('files: a file dropped on the upload zone is uploaded, and archiving takes it out of the list', async () => {
    await page.goto(BASE + '/console/files');
    await page.waitForSelector('#gallery li');
    const bytes = require('fs').readFileSync(path.join(SAMPLES, 'photo.png')).toString('base64');
    await page.evaluate((b64) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) {
        data[i] = raw.charCodeAt(i);
      }
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'dropped.png', { type: 'image/png' }));
      const zone = document.getElementById('upload-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await page.waitForFunction(() => /^Uploaded dropped\.png/.test(document.getElementById('upload-status').textContent), null, {
      timeout: LONG
    });
    await page.waitForSelector('#gallery >> text=dropped.png');
    await page.click('#gallery .card-body a:has-text("dropped.png")');
    await page.waitForSelector('#file-view img');
    await page.click('#file-archive');
    await page.waitForFunction(() => document.getElementById('file-archive').textContent === 'Archived');
    await page.goto(BASE + '/console/files');
    await page.waitForSelector('#gallery li');
    await page.waitForFunction(() => /files? shown/.test(document.getElementById('gallery-status').textContent));
    assert(!(await page.isVisible('#gallery >> text=dropped.png')), 'an archived file is still listed');
  });

  step('playground: cancel stops a running execution', async () => {
    await page.goto(BASE + '/console/playground?tool=text-to-speech');
    const text = 'This sentence is long enough to keep the speech engine busy for a while. '.repeat(200);
    await page.fill('#f-ttsText', text);
    await page.click('#run-button');
    await page.waitForSelector('#run-cancel:not([hidden])');
    await page.click('#run-cancel');
    await page.waitForFunction(
      () => /succeeded|failed|cancelled/.test(document.getElementById('run-status').textContent),
      null,
      { timeout: LONG }
    );
    const status = await page.textContent('#run-status');
    assert(status === 'cancelled', 'after cancel the execution is ' + status);
    assert(await page.isHidden('#run-cancel'), 'the cancel button stays after the end');
    assert((await page.$$('#run-results .file-card')).length === 0, 'a cancelled run shows results');
  });

  step('webhooks: the delivery log shows attempts and a replay adds one', async () => {
    await page.goto(BASE + state.endpointHref);
    await page.waitForSelector('#endpoint-meta dd');
    await page.waitForSelector('#deliveries-table tbody tr[data-delivery-id]');
    const row = page.locator('#deliveries-table tbody tr[data-delivery-id]').first();
    await row.locator('td').nth(1).locator('text=succeeded').waitFor({ timeout: LONG });
    const before = Number(await row.locator('td').nth(2).textContent());
    await row.locator('button.replay').click();
    await page.waitForFunction(
      (n) => {
        const r = document.querySelector('#deliveries-table tbody tr[data-delivery-id]');
        return Number(r.children[2].textContent) === n + 1;
      },
      before,
      { timeout: LONG }
    );
    state.replayedDelivery = await row.getAttribute('data-delivery-id');
    await row.locator('button[aria-controls]').click();
    await page.waitForSelector('#deliveries-table tr.details:not([hidden]) table');
    await assertLabelled(page);
    await shot(page, 'webhook-desktop');
  });

  step('webhooks: rotating shows the new secret once; a second endpoint is deleted', async () => {
    await page.goto(BASE + state.endpointHref);
    await page.waitForSelector('#endpoint-meta dd');
    const before = await page.textContent('#endpoint-meta');
    await page.click('#rotate-secret');
    await page.waitForSelector('#secret-once:not([hidden])');
    const secret = await page.textContent('#secret-value');
    assert(/^whsec_/.test(secret), 'rotated secret: ' + secret);
    await page.waitForFunction((s) => document.getElementById('endpoint-meta').textContent.includes('…' + s.slice(-4)), secret);
    assert(before !== (await page.textContent('#endpoint-meta')), 'the last four did not change');
    await page.goto(BASE + '/console/webhooks');
    await page.fill('#endpoint-url', RECEIVER + '/second');
    await page.check('#event-file-upload-completed');
    await page.click('#endpoint-form button[type=submit]');
    await page.waitForSelector('#endpoints-table tbody tr:nth-child(2)');
    await page.click('#endpoints-table tbody tr:has-text("/second") button:has-text("Delete")');
    await page.waitForFunction(() => document.querySelectorAll('#endpoints-table tbody tr').length === 1);
    assert(!(await page.textContent('#endpoints-table tbody')).includes('/second'), 'the deleted endpoint is listed');
  });

  step('engines: every capability with its engine, licence and status', async () => {
    await page.goto(BASE + '/console/engines');
    await page.waitForSelector('#engines-table tbody tr');
    const rows = await page.$$eval('#engines-table tbody tr', (r) => r.map((x) => x.getAttribute('data-capability')));
    assert(rows.includes('TEXT_TO_SPEECH') && rows.includes('UPSCALE_IMAGE') && rows.includes('SEARCH_EMBEDDING'), 'rows: ' + rows);
    const tts = await page.textContent('#engines-table tr[data-capability="TEXT_TO_SPEECH"]');
    assert(/available/.test(tts), 'tts row: ' + tts);
    await shot(page, 'engines-desktop');
  });

  step('phone width: every page fits and has labelled controls', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.addInitScript((key) => sessionStorage.setItem('framewright.console.key', key), KEY);
    const p = await phone.newPage();
    p.on('pageerror', (e) => consoleErrors.push(e.message));
    const pages = [
      ['playground-phone', '/console/playground?tool=text-to-speech', '#f-voiceId option:nth-child(2)'],
      ['playground-upscale-phone', '/console/playground?tool=upscale-image', '#f-imageStorageFileId option:nth-child(2)'],
      ['executions-phone', '/console/executions', '#executions-table tbody tr'],
      ['execution-phone', '/console/executions/' + state.upscaleExecution, '#run-results img'],
      ['files-phone', '/console/files', '#gallery li'],
      ['webhooks-phone', '/console/webhooks', '#endpoints-table tbody tr'],
      ['webhook-phone', state.endpointHref, '#deliveries-table tbody tr'],
      ['engines-phone', '/console/engines', '#engines-table tbody tr']
    ];
    for (const [name, url, ready] of pages) {
      await p.goto(BASE + url);
      await p.waitForSelector(ready, { state: 'attached' });
      await p.waitForTimeout(300);
      await assertNoHorizontalScroll(p, PHONE.width);
      await assertLabelled(p);
      await shot(p, name);
    }
    await p.goto(BASE + '/console/files');
    await p.waitForSelector('#gallery li .card-body a');
    await p.click('#gallery li .card-body a');
    await p.waitForSelector('#renditions tbody tr');
    await assertNoHorizontalScroll(p, PHONE.width);
    await shot(p, 'file-phone');
    const signIn = await browser.newContext({ viewport: PHONE, isMobile: true, deviceScaleFactor: 2 });
    const s = await signIn.newPage();
    await s.goto(BASE + '/console');
    await assertNoHorizontalScroll(s, PHONE.width);
    await shot(s, 'signin-phone');
    await signIn.close();
    await phone.close();
  });

  step('cold load: a fresh browser loads a page with media quickly', async () => {
    const cold = await browser.newContext({ viewport: DESKTOP });
    await cold.addInitScript((key) => sessionStorage.setItem('framewright.console.key', key), KEY);
    const p = await cold.newPage();
    await p.goto(BASE + '/console/playground?tool=upscale-image', { waitUntil: 'load' });
    await p.waitForSelector('#f-imageStorageFileId option:nth-child(2)', { state: 'attached' });
    const figures = await p.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const all = [nav].concat(performance.getEntriesByType('resource'));
      const own = all.filter((e) => !/\/v1\//.test(e.name));
      return {
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
        load: Math.round(nav.loadEventEnd),
        kib: Math.round(own.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0) / 1024),
        requests: own.length
      };
    });
    console.log('cold load: ' + JSON.stringify(figures));
    assert(figures.load < 5000, 'cold load took ' + figures.load + ' ms');
    await cold.close();
  });

  step('keyboard: the skip link is the first stop and moves focus to the content', async () => {
    await page.goto(BASE + '/console/engines');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.textContent);
    assert(first === 'Skip to content', 'first tab stop: ' + first);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.id);
    assert(focused === 'main', 'focus after the skip link: ' + focused);
  });

  step('sign-out forgets the key', async () => {
    await page.click('#sign-out');
    await page.waitForURL(/\/console$/);
    assert((await page.evaluate(() => sessionStorage.getItem('framewright.console.key'))) === null, 'key kept');
  });

  let n = 0;
  for (const s of steps) {
    n++;
    try {
      await s.fn();
      console.log('ok ' + n + ' - ' + s.name);
    } catch (e) {
      console.log('not ok ' + n + ' - ' + s.name);
      console.log('  ' + String(e && e.stack ? e.stack : e).split('\n').join('\n  '));
      await page.screenshot({ path: path.join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
      await browser.close();
      process.exit(1);
    }
  }
  const serious = consoleErrors.filter((m) => !/Failed to load resource/.test(m));
  if (serious.length) {
    console.log('not ok - script errors in the pages: ' + serious.join(' | '));
    await browser.close();
    process.exit(1);
  }
  console.log('console browser checks: ' + n + ' of ' + steps.length + ' ok');
  console.log('replayed ' + state.replayedDelivery);
  await browser.close();
}

main().catch((e) => {
  console.log('not ok - ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
