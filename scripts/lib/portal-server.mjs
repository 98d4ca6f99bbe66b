// The server of `npm start`: the portal page, the gallery, the example city's data and the widgets'
// CDN folder under the strict CSP the widgets promise to work with, and the documentation site at
// /docs/ under its own policy (see docs-site.mjs); the old /guides/ addresses redirect to it.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { STRICT_CSP, createStaticServer } from './static-server.mjs';
import { DOCS_DIR, builtDocsCsp, guideAddress } from './docs-site.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * @returns {import('node:http').Server} not yet listening; /docs/ answers 404 while the site is not built.
 */
export function createPortalServer() {
  const routes = {
    '/cdn/': here('../../packages/widgets/dist/cdn/'),
    '/data/': here('../../examples/meixi/'),
    '/gallery/': here('../../examples/gallery/'),
    '/': here('../../examples/portal/'),
  };
  const built = existsSync(`${DOCS_DIR}index.html`);
  if (built) routes['/docs/'] = DOCS_DIR;
  const docsPolicy = built ? builtDocsCsp() : STRICT_CSP;
  return createStaticServer({
    routes,
    headers: (pathname) => ({
      'content-security-policy': pathname.startsWith('/docs/') ? docsPolicy : STRICT_CSP,
    }),
    handler: (req, res) => {
      let pathname;
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        return false; // the static server answers a target that is not a URL with 400
      }
      const to = guideAddress(pathname);
      if (to === undefined) return false;
      res
        .writeHead(301, { location: to, 'content-security-policy': STRICT_CSP, 'x-content-type-options': 'nosniff' })
        .end();
      return true;
    },
  });
}
