import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { UserError } from '../errors.ts';
import { finishBeforeExit, onInterrupt } from '../lifetime/cleanup.ts';
import { makeTempFolder } from '../lifetime/temp-folder.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium flags for a closed network and a root user: no sandbox, no background traffic. */
const NETWORK_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--font-render-hinting=none'];
/**
 * Fewer processes: one renderer for our file:// pages, none kept spare, the GPU thread in the browser process, no
 * extensions. With the start-up tab closed, Chromium's peak summed RSS for the deck and handouts side by side fell
 * from 1,314-1,330 MB to 992-1,086 MB (13-14 processes to 9-11; the report ×8, 2026-11-30).
 */
const MEMORY_ARGS = ['--renderer-process-limit=1', '--process-per-site', '--in-process-gpu', '--disable-extensions', '--disable-dev-shm-usage', '--disable-features=site-per-process,SpareRendererForSitePerProcess,BackForwardCache'];
const ARGS = [...NETWORK_ARGS, ...MEMORY_ARGS];

export async function findChromium(): Promise<string> {
  const configured = process.env.REPORT_PRESS_CHROMIUM;
  for (const candidate of configured ? [configured] : CANDIDATES) {
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  const where = configured ? `REPORT_PRESS_CHROMIUM=${configured} does not exist` : `Chromium not found (looked for ${CANDIDATES.join(', ')})`;
  throw new UserError(`${where}: install Debian's package (apt-get install -y chromium) or set REPORT_PRESS_CHROMIUM to a Chromium or Chrome binary`);
}

/**
 * Launches one headless Chromium; puppeteer is imported only when a browser output is built.
 * DevTools over a pipe: Chromium exits by itself when this process dies, SIGKILL included (with the default
 * WebSocket it and its 10 children kept running under PID 1). Its profile is a report-press temp folder, removed
 * when Chromium exits, on SIGINT/SIGTERM, or by the next build after a SIGKILL.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  const puppeteer = await import('puppeteer-core');
  const profile = await makeTempFolder('chromium');
  let browser: Browser;
  try {
    browser = await finishBeforeExit(puppeteer.default.launch({ executablePath, headless: true, args: ARGS, pipe: true, userDataDir: profile.path, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }));
  } catch (error) {
    await profile.remove();
    const cause = (error as Error).message.split('\n')[0].replace(/\s+/g, ' ').trim();
    throw new UserError(`Chromium at ${executablePath} did not start (${cause}): check that it runs, or set REPORT_PRESS_CHROMIUM to a Chromium or Chrome binary`);
  }
  const chromium = browser.process()!;
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  const unregister = onInterrupt(async () => {
    killGroup(chromium.pid!);
    await exited;
    await profile.remove();
  });
  void exited.then(async () => {
    unregister();
    await profile.remove();
  });
  // The about:blank tab Chromium opens at start-up holds a renderer process of its own (about 110 MB) that no output uses.
  await browser
    .pages()
    .then((pages) => Promise.all(pages.map((page) => page.close())))
    .catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
  return browser;
}

/** Chromium leads its own process group (puppeteer starts it detached): the group holds its helper processes too. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A page that may load files of `folder` only: every other request (network, other files) is refused. */
export async function openConfinedPage(browser: Browser, folder: string, options: { javaScript: boolean }): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(options.javaScript);
  const allowed = pathToFileURL(path.resolve(folder)).href + '/';
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(allowed) || url.startsWith('data:') || url === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}
