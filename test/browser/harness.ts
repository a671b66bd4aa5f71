import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SandboxSetup, startSources } from '../helpers/sandbox';
import { startTestApp, TestApp } from '../helpers/test-app';

// A real gateway (temporary database) serving the built console, the sandbox department
// sources registered and granted as the demo does, and Debian's Chromium driving the pages.

// a browser flow is long; the gateway and Chromium share two cores with other suites
jest.setTimeout(240_000);

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = resolve(__dirname, 'artifacts');
const CONSOLE_DIR = resolve(__dirname, '../../dist/console');

export interface Harness {
  t: TestApp;
  sources: SandboxSetup | null;
  context: BrowserContext;
  // every page's console errors, CSP violations and uncaught exceptions
  problems: string[];
  page(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(
  opts: { env?: Record<string, string>; sources?: boolean; consumers?: string[] } = {},
): Promise<Harness> {
  if (!existsSync(join(CONSOLE_DIR, 'index.html')))
    throw new Error('the console is not built: run npm run build:console (npm run test:browser does)');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const t = await startTestApp({ CONSOLE_DIR, ...opts.env });
  const sources = opts.sources === false ? null : await startSources(t, { consumers: opts.consumers ?? ['HX_ZWFW'] });
  const profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(20_000);
  const problems: string[] = [];
  // printing opens no dialog here: the slip that would print is kept for the test to look at
  await context.addInitScript(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    window.print = () => {
      w.__printed.push(document.getElementById('print-root')?.innerHTML ?? '');
    };
  });
  for (const p of context.pages()) await p.close();
  return {
    t,
    sources,
    context,
    problems,
    async page(width = 1366, height = 768) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()} (${page.url()})`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await sources?.sandbox.close();
      await t.close();
    },
  };
}

// Sign in as a clerk would in development: the role's card on the sign-in page.
export async function signInAs(page: Page, h: Harness, role: string): Promise<void> {
  await page.goto(`${h.t.url}/signin`);
  await page.locator(`[data-role="${role}"]`).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// The slip the page last sent to the printer, shown the way the print style sheet lays it out.
export async function printedSlip(page: Page, name: string): Promise<string> {
  const html = await page.evaluate(() => {
    const printed = (window as unknown as { __printed: string[] }).__printed;
    return printed[printed.length - 1] ?? '';
  });
  const width = page.viewportSize()?.width ?? 1366;
  const height = page.viewportSize()?.height ?? 768;
  await page.evaluate((content) => {
    document.getElementById('print-root')!.innerHTML = content;
    document.body.classList.add('printing');
  }, html);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width, height });
  await page.evaluate(() => {
    document.getElementById('print-root')!.innerHTML = '';
    document.body.classList.remove('printing');
  });
  return html;
}

// pick an option of an Element Plus select: open it, then click the option by its text
export async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.locator(select).click();
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option }).first().click();
}

// what the page keeps in the browser: nothing personal may be in it
export async function storedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`);
    return [...dump(sessionStorage), ...dump(localStorage), document.cookie].join('\n');
  });
}

// Waits for the text; when it never comes, the error says what the page showed instead (messages,
// alerts and field errors), so a failure in CI can be read without rerunning it.
export async function expectText(page: Page, selector: string, text: string): Promise<void> {
  try {
    await page.locator(selector, { hasText: text }).first().waitFor();
  } catch (error) {
    const shown = await page
      .locator('.el-message, .el-alert, .el-form-item__error, .el-message-box__message')
      .allInnerTexts()
      .catch(() => []);
    await screenshot(page, `failed-${Date.now()}`).catch(() => undefined);
    throw new Error(`"${text}" never appeared in ${selector}; the page showed: ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
}
