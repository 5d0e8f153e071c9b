// Serves a folder in code-server with the built extension installed, until Ctrl+C (or SIGTERM).
// No top-level await: tsx runs this file as CommonJS (the package has no "type": "module").
import { startCodeServer } from '../test/e2e/harness';

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx scripts/demo-code-server.ts <folder>');
  const server = await startCodeServer({ folder, extensionDir: process.cwd(), name: 'demo', port: Number(process.env.PORT) || undefined, idleProbe: false });
  console.log(`\nCrossread demo: open ${server.url}/?folder=${encodeURIComponent(folder)} in a browser (Ctrl+C stops it)\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // The running server keeps this process alive; if it ends on its own, so does the demo.
  server.process.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`demo: code-server stopped (${signal ?? `exit ${code}`}); its log: ${server.logFile}`);
    process.exit(1);
  });
}

main().catch((err) => {
  console.error(`demo: code-server did not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
