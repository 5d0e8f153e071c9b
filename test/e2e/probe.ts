// A throwaway "probe" extension, written to a temp folder, used to prove the e2e harness works
// before (and independently of) the real Crossread extension. Plain CommonJS, no build step.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROBE = {
  publisher: 'crossread-test',
  name: 'probe',
  version: '0.0.1',
  commandTitle: 'Probe: Hello',
  message: 'Hello from the probe extension',
  viewTitle: 'Probe Tree',
  treeItems: ['alpha', 'beta', 'gamma'],
  statusText: 'Probe ready',
} as const;

const extensionJs = String.raw`
const vscode = require('vscode');

function activate(context) {
  const log = vscode.window.createOutputChannel('Probe');
  log.appendLine('probe activated');

  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'plaintext' }, {
      provideHover(document, position) {
        const range = document.getWordRangeAtPosition(position);
        if (!range) return undefined;
        return new vscode.Hover(new vscode.MarkdownString('PROBE HOVER ' + document.getText(range)), range);
      },
    }),
  );

  // One decoration on the first word of every visible plaintext editor.
  const deco = vscode.window.createTextEditorDecorationType({
    backgroundColor: 'rgba(255, 200, 0, 0.45)',
    border: '1px solid #c08000',
  });
  context.subscriptions.push(deco);
  const decorate = () => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.languageId !== 'plaintext') continue;
      const text = editor.document.getText();
      const m = /\S+/.exec(text);
      const ranges = [];
      if (m) {
        const start = editor.document.positionAt(m.index);
        const end = editor.document.positionAt(m.index + m[0].length);
        ranges.push(new vscode.Range(start, end));
      }
      editor.setDecorations(deco, ranges);
    }
  };
  decorate();
  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(decorate),
    vscode.workspace.onDidChangeTextDocument(decorate),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('probe.hello', () =>
      vscode.window.showInformationMessage(${JSON.stringify(PROBE.message)}),
    ),
  );

  const items = ${JSON.stringify(PROBE.treeItems)};
  context.subscriptions.push(
    vscode.window.createTreeView('probeTree', {
      treeDataProvider: {
        getChildren: (el) => (el ? [] : items),
        getTreeItem: (label) => new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None),
      },
    }),
  );

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  status.text = '$(eye) ' + ${JSON.stringify(PROBE.statusText)};
  status.show();
  context.subscriptions.push(status);
}

module.exports = { activate, deactivate() {} };
`;

/** Writes the probe extension into a new temp folder and returns that folder. */
export function writeProbeExtension(root = mkdtempSync(path.join(os.tmpdir(), 'crossread-probe-ext-'))): string {
  const pkg = {
    name: PROBE.name,
    displayName: 'Crossread e2e probe',
    publisher: PROBE.publisher,
    version: PROBE.version,
    license: 'MIT',
    engines: { vscode: '^1.95.0' },
    main: './dist/extension.js',
    activationEvents: ['onStartupFinished', 'onLanguage:plaintext'],
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
    contributes: {
      commands: [{ command: 'probe.hello', title: 'Hello', category: 'Probe' }],
      views: { explorer: [{ id: 'probeTree', name: PROBE.viewTitle }] },
    },
  };
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(path.join(root, 'dist', 'extension.js'), extensionJs);
  writeFileSync(path.join(root, 'README.md'), '# probe\n');
  // Something the harness must NOT copy (only package.json, dist/, media/, ... are copied).
  mkdirSync(path.join(root, 'src'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'ignored.txt'), 'not copied');
  return root;
}

/** A workspace folder with a couple of text files for the probe to act on. */
export function writeProbeWorkspace(root = mkdtempSync(path.join(os.tmpdir(), 'crossread-probe-ws-'))): string {
  writeFileSync(
    path.join(root, 'article.txt'),
    'Zelensky met Scholz in Berlin on Tuesday.\nThe talks in Berlin lasted 3 hours, according to Reuters.\n',
  );
  writeFileSync(path.join(root, 'notes.txt'), 'Second file.\n');
  // Longer than a screen: Monaco renders only the lines in view, so "Omega" must be scrolled to.
  const filler = Array.from({ length: 150 }, (_, i) => `Filler line ${i + 1} of the long file.`);
  writeFileSync(path.join(root, 'long.txt'), [...filler, 'The last line names Omega.', ''].join('\n'));
  return root;
}

/**
 * A test module for runExtensionTests (the @vscode/test-electron shape: exports run()), run inside
 * the extension host. Fails on purpose when PROBE_TEST_FAIL=1 so the failure path can be checked.
 */
export function writeProbeTestModule(root = mkdtempSync(path.join(os.tmpdir(), 'crossread-probe-tests-'))): string {
  const file = path.join(root, 'suite.js');
  writeFileSync(
    file,
    String.raw`
const assert = require('assert');
const vscode = require('vscode');
exports.run = async function run() {
  const ext = vscode.extensions.getExtension(${JSON.stringify(`${PROBE.publisher}.${PROBE.name}`)});
  assert.ok(ext, 'probe extension is loaded in development mode');
  await ext.activate();
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.includes('probe.hello'), 'probe.hello is registered');
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hello world' });
  await vscode.window.showTextDocument(doc);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 1));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('|');
  assert.strictEqual(text, 'PROBE HOVER Hello');
  if (process.env.PROBE_TEST_FAIL === '1') throw new Error('PROBE deliberate failure');
};
`,
  );
  return file;
}
