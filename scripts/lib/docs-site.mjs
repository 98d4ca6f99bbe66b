// The documentation site `npm start` serves at /docs/: TypeDoc's HTML (the API reference with the
// guides of docs/*.md rendered in it), built when it is missing or older than what it is made of,
// its content-security policy, and where the old /guides/ addresses lead.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run docs` (TypeDoc, typedoc.json) writes the site. */
export const DOCS_DIR = path.join(root, 'docs/api/');
const index = path.join(DOCS_DIR, 'index.html');

/** The newest modification time of the files under `dir` whose names end with one of `endings`. */
function newest(dir, endings) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(file, endings));
    else if (endings.some((e) => entry.name.endsWith(e))) latest = Math.max(latest, statSync(file).mtimeMs);
  }
  return latest;
}

/** Whether the site is missing or older than the guides, the packages' sources or typedoc.json. */
export function docsAreStale() {
  if (!existsSync(index)) return true;
  const sources = Math.max(
    newest(path.join(root, 'docs'), ['.md']),
    newest(path.join(root, 'packages/core/src'), ['.ts']),
    newest(path.join(root, 'packages/widgets/src'), ['.ts']),
    statSync(path.join(root, 'typedoc.json')).mtimeMs,
  );
  return statSync(index).mtimeMs < sources;
}

/** Runs TypeDoc (`npm run docs`); returns its exit code. */
export function buildDocs() {
  return spawnSync('npx', ['typedoc'], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The CSP of the documentation site, from a built page and TypeDoc's main.js: the portal's policy
 * with three differences, each as narrow as TypeDoc allows.
 * - `script-src`: TypeDoc's inline scripts by their SHA-256 (one today: it applies the saved colour
 *   theme and hides the page until main.js has laid it out); every other script is a file of the site.
 * - `style-src`: the `<style>` element main.js fills with one rule per member filter (protected,
 *   inherited, external), allowed by the SHA-256 of each text it holds on the way (empty, one rule,
 *   two, …); no other inline style.
 * - no `require-trusted-types-for`: TypeDoc's main.js and icons.js write the navigation, the search
 *   results and the icons with `innerHTML` and have no Trusted Types policy.
 * @param {string} html - A page of the built site (its inline scripts and its member filters).
 * @param {string} mainJs - The site's assets/main.js (the filter rule's template).
 * @returns {string}
 * @throws {Error} when main.js has no filter rule template (a TypeDoc this was not written for).
 */
export function docsCsp(html, mainJs) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => sha256(code));
  const template = /\.innerHTML\+=`(html:not\(\.\$\{this\.key\}\)[^`]*)`/.exec(mainJs)?.[1];
  if (template === undefined)
    throw new Error('docs/api/assets/main.js has no filter rule template: update docsCsp for this TypeDoc');
  let text = '';
  const styles = [sha256(text)];
  for (const [, name] of html.matchAll(/<input type="checkbox" id="tsd-filter-\w+" name="(\w+)"/g)) {
    text += template.replaceAll('${this.key}', `filter-${name}`).replaceAll('${this.el.name}', name);
    styles.push(sha256(text));
  }
  return `default-src 'self'; script-src ${["'self'", ...scripts].join(' ')}; style-src ${["'self'", ...styles].join(' ')}`;
}

/** The CSP of the built site (see {@link docsCsp}). */
export function builtDocsCsp() {
  return docsCsp(readFileSync(index, 'utf8'), readFileSync(path.join(DOCS_DIR, 'assets/main.js'), 'utf8'));
}

/**
 * Where an address under /guides/ (the Markdown guides, before they were rendered) now is: /guides/
 * and /guides/README.md → /docs/ (the guides' index), /guides/<name>.md → /docs/documents/<name>.html.
 * @param {string} pathname
 * @returns {string | undefined} undefined when the address is not under /guides.
 */
export function guideAddress(pathname) {
  if (pathname === '/guides' || pathname === '/guides/' || pathname === '/guides/README.md') return '/docs/';
  const guide = /^\/guides\/([\w-]+)\.md$/.exec(pathname);
  if (guide) return `/docs/documents/${guide[1]}.html`;
  return pathname.startsWith('/guides/') ? '/docs/' : undefined;
}
