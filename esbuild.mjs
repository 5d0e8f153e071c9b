// Bundles the three faces of Crossread: the desktop extension, the CLI and the web extension.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

const existing = (await import('node:fs')).existsSync;
for (const extra of [
  { entryPoints: ['src/vscode/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/vscode/indexWorker.ts'], outfile: 'dist/indexWorker.js', platform: 'node', format: 'cjs' },
]) {
  if (existing(extra.entryPoints[0])) builds.push({ ...common, ...extra });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[crossread] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`[crossread] built ${builds.map((b) => b.outfile).join(', ')}`);
}
