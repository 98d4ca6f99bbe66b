// `npm start`: prints a short summary of the bundled example city, builds the documentation site
// when it is missing or older than its sources, then serves the portal page (examples/portal/)
// with the widgets' CDN bundle under the strict CSP the widgets promise to work with, and the
// documentation site at /docs/. PORT overrides the default port; Ctrl-C stops the server cleanly.
import { fileURLToPath } from 'node:url';
import { summarizeExample } from './lib/example-summary.mjs';
import { listen } from './lib/static-server.mjs';
import { createPortalServer } from './lib/portal-server.mjs';
import { buildDocs, docsAreStale } from './lib/docs-site.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const port = Number(process.env.PORT ?? 4173);

console.log(await summarizeExample(here('../examples/meixi/')));

if (docsAreStale()) {
  // About half a minute of CPU; only when a guide, a source file or typedoc.json changed since the last build.
  console.log('\nBuilding the documentation site (docs/api/, npm run docs)…');
  if (buildDocs() !== 0)
    console.error('The documentation site could not be built: /docs/ serves the last build, if any.');
}

const server = createPortalServer();
try {
  const actual = await listen(server, port);
  console.log(`\nPortal: http://127.0.0.1:${actual}/`);
  console.log(`Widget gallery: http://127.0.0.1:${actual}/gallery/`);
  console.log(`Documentation (guides and API): http://127.0.0.1:${actual}/docs/`);
  console.log('Press Ctrl-C to stop.');
} catch (error) {
  console.error(
    `Could not listen on 127.0.0.1:${port}: ${error.message}. Set PORT to a free port, e.g. PORT=8080 npm start`,
  );
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log('\nStopping the server.');
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
