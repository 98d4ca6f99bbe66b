// `npm start`: prints a short summary of the bundled example city, then serves the portal page
// (examples/portal/) with the widgets' CDN bundle under the strict CSP the widgets promise to
// work with. PORT overrides the default port; Ctrl-C stops the server cleanly.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { STRICT_CSP, createStaticServer, listen } from './lib/static-server.mjs';
import { summarizeExample } from './lib/example-summary.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const port = Number(process.env.PORT ?? 4173);

console.log(await summarizeExample(here('../examples/meixi/')));

const routes = {
  '/cdn/': here('../packages/widgets/dist/cdn/'),
  '/data/': here('../examples/meixi/'),
  '/gallery/': here('../examples/gallery/'),
  '/guides/': here('../docs/'),
  '/': here('../examples/portal/'),
};
if (existsSync(here('../docs/api/index.html'))) routes['/docs/'] = here('../docs/api/');

const server = createStaticServer({ routes, headers: { 'content-security-policy': STRICT_CSP } });
try {
  const actual = await listen(server, port);
  console.log(`\nPortal: http://127.0.0.1:${actual}/`);
  console.log(`Widget gallery: http://127.0.0.1:${actual}/gallery/`);
  console.log(`Guides (Markdown): http://127.0.0.1:${actual}/guides/README.md`);
  if (routes['/docs/']) console.log(`API docs: http://127.0.0.1:${actual}/docs/`);
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
