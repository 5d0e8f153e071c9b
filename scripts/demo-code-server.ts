// Serves a folder in code-server with the built extension installed, until Ctrl+C.
import { startCodeServer } from '../test/e2e/harness';

const folder = process.argv[2]!;
const server = await startCodeServer({ folder, extensionDir: process.cwd(), name: 'demo', port: Number(process.env.PORT) || undefined });
console.log(`\nCrossread demo: open ${server.url}/?folder=${encodeURIComponent(folder)} in a browser (Ctrl+C stops it)\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
