import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../browser/browser.ts';

/** The build's one Chromium: launched at the first `get` (or by `start`, ahead of it), closed with the build. */
export interface SharedBrowser {
  get: () => Promise<Browser>;
  /** Launches it now, so that it starts while the build does other work; a failed launch is reported to `get`. */
  start: () => void;
  close: () => Promise<void>;
}

export function sharedBrowser(log: (line: string) => void): SharedBrowser {
  let browser: Promise<Browser> | undefined;
  const get = (): Promise<Browser> =>
    (browser ??= launchBrowser().then((launched) => {
      log(`chromium   started (pid ${launched.process()?.pid})`);
      return launched;
    }));
  return {
    get,
    start: () => void get().catch(() => undefined),
    close: async () => {
      const launched = browser;
      browser = undefined;
      if (launched) await (await launched.catch(() => undefined))?.close();
    },
  };
}
