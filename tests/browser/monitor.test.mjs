// Real-browser test of the `petrel serve` monitor page: ingests the example dispatches into a
// temporary store, serves it, and drives headless Chromium (playwright-core, no browser
// download) through the page.
//
//   cd tests/browser && npm install && PETREL=/path/to/petrel npm test
//
// Environment: PETREL (default ../../target/debug/petrel), CHROMIUM (default /usr/bin/chromium).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const PETREL = process.env.PETREL ? resolve(process.env.PETREL) : resolve(repo, 'target/debug/petrel');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DISPATCHES = join(repo, 'examples/dispatches.jsonl');
const SCREENSHOT = join(repo, 'target/browser/monitor.png');
const CHART = 'svg.chart[data-dyad="AZE-ARM"]';

let tmp;
let server;
let baseUrl;
let browser;
let page;
const consoleErrors = [];
const failedRequests = [];

// Starts `petrel serve` and resolves with the URL it prints on stderr.
function startServer(db) {
  return new Promise((resolveUrl, reject) => {
    server = spawn(PETREL, ['serve', '--db', db, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`petrel serve printed no URL in 30 s:\n${stderr}`)), 30000);
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /petrel: serving (http:\/\/\S+?)\/? /.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1].replace(/\/$/, ''));
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`petrel serve exited (${code}):\n${stderr}`));
    });
    server.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// Stops the server, if it runs.
function stopServer() {
  if (server && server.exitCode === null && !server.killed) server.kill('SIGTERM');
}
process.on('exit', stopServer);

// GETs a JSON API path from node, for the expected values.
async function apiJson(path) {
  const res = await fetch(baseUrl + path);
  assert.equal(res.status, 200, `${path} → ${res.status}`);
  return res.json();
}

// The number of `.period` elements in the AZE-ARM chart.
const periodCount = () => page.locator(`${CHART} g.period`).count();

// Waits until the AZE-ARM chart has `n` periods.
async function waitForPeriods(n) {
  await page.waitForFunction(
    ([sel, want]) => document.querySelectorAll(`${sel} g.period`).length === want,
    [CHART, n], { timeout: 15000 });
}

describe('petrel serve monitor page', () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'petrel-browser-'));
    const db = join(tmp, 'store.db');
    execFileSync(PETREL, ['ingest', '--quiet', '--db', db, DISPATCHES], { stdio: ['ignore', 'inherit', 'inherit'] });
    baseUrl = await startServer(db);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
    page.on('response', (res) => { if (res.status() >= 400) failedRequests.push(`${res.url()}: HTTP ${res.status()}`); });
  });

  after(async () => {
    try {
      if (browser) await browser.close();
    } finally {
      stopServer();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('loads with store stats, a dyad list and no errors', async () => {
    await page.goto(baseUrl + '/');
    assert.equal(await page.title(), 'stormpetrel monitor');
    await page.waitForSelector('#stats b');
    const health = await apiJson('/api/health');
    const stats = await page.textContent('#stats');
    assert.ok(stats.includes(String(health.documents)), stats);
    assert.ok(stats.includes(health.first_day) && stats.includes(health.last_day), stats);
    await page.waitForSelector('#dyad-list li.dyad-item');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(failedRequests, []);
  });

  it('draws the AZE-ARM chart with one .period per weekly row', async () => {
    const series = await apiJson('/api/series?dyad=AZE-ARM&by=week');
    await page.fill('#dyad-search', 'AZE');
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('#dyad-list li.dyad-item')];
      return items.length > 0 && items.every((li) => li.dataset.dyad.includes('AZE'));
    });
    await page.check('#dyad-list li[data-dyad="AZE-ARM"] input[type=checkbox]');
    await page.waitForSelector(CHART);
    await waitForPeriods(series.rows.length);
    assert.equal(await periodCount(), series.rows.length);
    assert.ok(series.alerts.length > 0, 'the example has AZE-ARM alerts');
    assert.ok(await page.locator(`${CHART} .alert-band`).count() > 0, 'alert periods are shaded');
    assert.equal(await page.locator('#chips .chip[data-dyad="AZE-ARM"]').count(), 1);
    assert.ok(new URL(page.url()).searchParams.getAll('dyad').includes('AZE-ARM'));
  });

  it('switches to months', async () => {
    const series = await apiJson('/api/series?dyad=AZE-ARM&by=month');
    await page.selectOption('#by', 'month');
    await waitForPeriods(series.rows.length);
    assert.equal(await periodCount(), series.rows.length);
    assert.equal(new URL(page.url()).searchParams.get('by'), 'month');
  });

  it('keeps the view in the URL', async () => {
    const series = await apiJson('/api/series?dyad=AZE-ARM&by=month');
    await page.waitForLoadState('networkidle');
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector(CHART);
    await waitForPeriods(series.rows.length);
    assert.equal(await page.inputValue('#by'), 'month');
    assert.equal(await page.locator('#chips .chip[data-dyad="AZE-ARM"]').count(), 1);
  });

  it('shows the evidence of the period that holds 2024-05-13', async () => {
    const series = await apiJson('/api/series?dyad=AZE-ARM&by=week');
    await page.selectOption('#by', 'week');
    await waitForPeriods(series.rows.length);
    const row = series.rows.find((r) => r.start <= '2024-05-13' && r.end >= '2024-05-13');
    assert.ok(row, 'a weekly row holds 2024-05-13');
    await page.click(`${CHART} g.period[data-start="${row.start}"]`);
    await page.waitForSelector('#clusters .evidence');
    assert.ok(await page.locator('#clusters .evidence').count() >= 1);
    assert.ok(await page.locator('#clusters .evidence mark').count() >= 1, 'a trigger is marked');
    assert.equal(await page.locator(`${CHART} g.period.selected`).getAttribute('data-start'), row.start);
    assert.ok(new URL(page.url()).searchParams.get('period').includes(row.start));
    await page.waitForLoadState('networkidle');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('lists AZE-ARM in the alerts table and opens an alert', async () => {
    const row = page.locator('#alerts-table tbody tr[data-dyad="AZE-ARM"]').first();
    await row.waitFor();
    const start = await row.getAttribute('data-start');
    await row.click();
    await page.waitForFunction((s) => document.querySelector('#clusters-title').textContent.includes(s), start);
    await page.waitForSelector('#clusters .evidence');
  });

  it('shows where events happened', async () => {
    await page.waitForSelector('#places .bar-row');
    assert.ok(await page.locator('#places .bar-row').count() >= 1);
  });

  it('had no console errors and no failed requests', async () => {
    await page.waitForLoadState('networkidle');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(failedRequests, []);
  });
});
