import { configDefaults, defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, chromiumArgs } from './test/support/chromium.js';

export default defineConfig({
  resolve: { conditions: ['@eco-reform/source'] },
  ssr: { resolve: { conditions: ['@eco-reform/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/widgets/src/**/*.layout.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          // Run the workspace packages from source here too: externalised, Node would load their
          // `dist` (it ignores the @eco-reform/source condition), and a stale build would be tested.
          server: { deps: { inline: [/@eco-reform\//] } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/widgets/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          exclude: ['packages/widgets/src/**/*.layout.test.ts'],
          // Long, because CI runs this on 2 busy cores: a widget's first bundle fetches the engine
          // chunk, compiled by the dev server on request. Waits inside the tests poll on the clock
          // (shared/rendered.testing.ts) and fail with what they waited for well before this.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
