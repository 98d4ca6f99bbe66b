import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    display: 'src/display.ts',
    vocabulary: 'src/vocabulary/index.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', display: 'src/display.ts', vocabulary: 'src/vocabulary/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['node:util', 'node:fs/promises'],
});
