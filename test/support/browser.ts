import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.js';

/** Starts Debian's Chromium headless through Playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** What a page did that a test must see: errors, console errors and warnings, CSP violations. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  cspViolations: string[];
}

/**
 * Records everything that went wrong on a page. CSP and Trusted Types violations are reported
 * by Chromium as console errors and as `securitypolicyviolation` events; both are collected.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] };
  page.on('pageerror', (e) => problems.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
    if (m.type() === 'warning') problems.consoleWarnings.push(m.text());
  });
  await page.exposeFunction('__ecoReportViolation', (v: string) => problems.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __ecoReportViolation: (v: string) => void }).__ecoReportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      );
    });
  });
  return problems;
}
