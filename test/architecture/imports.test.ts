// The layering, checked on the source: imports in src/ run one way (no cycle, type-only imports included, since a
// cycle of types is still two files that cannot be read apart), and src/core stays pure TypeScript: no `vscode`,
// no Node module (`node:*` or a bare builtin such as `fs`), no Node global (Buffer, process, ...). Each file is
// parsed with the TypeScript compiler, so comments and strings never count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const CORE = join(SRC, 'core');

/** Names only Node defines (a worker or a browser has none of them). */
const NODE_GLOBALS = new Set(['Buffer', 'process', '__dirname', '__filename', 'require', 'global', 'setImmediate', 'clearImmediate']);
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

interface Parsed {
  file: string;
  /** Every module specifier: import, export ... from, import(), require(). */
  specifiers: { text: string; line: number }[];
  /** Uses of a Node global (not a property name, not a declaration). */
  nodeGlobals: { name: string; line: number }[];
}

function parse(file: string, text = readFileSync(file, 'utf8')): Parsed {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const specifiers: Parsed['specifiers'] = [];
  const nodeGlobals: Parsed['nodeGlobals'] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      specifiers.push({ text: n.moduleSpecifier.text, line: line(n) });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) {
      specifiers.push({ text: n.moduleReference.expression.text, line: line(n) });
    } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0]!) && (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))) {
      specifiers.push({ text: (n.arguments[0] as ts.StringLiteral).text, line: line(n) });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      specifiers.push({ text: n.argument.literal.text, line: line(n) });
    }
    if (ts.isIdentifier(n) && NODE_GLOBALS.has(n.text) && isGlobalUse(n)) nodeGlobals.push({ name: n.text, line: line(n) });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { file, specifiers, nodeGlobals };
}

/** An identifier read as a value or type of its own: not `x.name`, not `{ name: ... }`, not a declared name. */
function isGlobalUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isQualifiedName(p) && p.right === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return false;
  return true;
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts); undefined for a package. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

const files = sourceFiles(SRC);
const parsed = files.map((f) => parse(f));
const rel = (f: string) => relative(resolve(SRC, '..'), f);

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

describe('imports', () => {
  it('every relative import in src/ names a file that exists', () => {
    const broken: string[] = [];
    for (const p of parsed) for (const s of p.specifiers) if (s.text.startsWith('.') && !resolveLocal(p.file, s.text)) broken.push(`${rel(p.file)}:${s.line} ${s.text}`);
    expect(broken).toEqual([]);
  });

  it('run one way: no import cycle in src/', () => {
    const graph = new Map<string, string[]>();
    for (const p of parsed) graph.set(p.file, [...new Set(p.specifiers.map((s) => resolveLocal(p.file, s.text)).filter((f): f is string => f !== undefined))]);
    // The check itself must see edges: src/ has hundreds of imports between its files.
    expect([...graph.values()].reduce((k, e) => k + e.length, 0)).toBeGreaterThan(100);
    expect(cycles(graph).map((c) => `cycle among ${c.map(rel).join(', ')}`)).toEqual([]);
  });

  it('src/core imports no vscode and no Node module, and stays inside src/core', () => {
    const bad: string[] = [];
    const core = parsed.filter((p) => p.file.startsWith(CORE + '/'));
    expect(core.length).toBeGreaterThan(20);
    for (const p of core) {
      for (const s of p.specifiers) {
        const name = s.text.startsWith('node:') ? s.text : s.text.split('/')[0]!;
        const target = resolveLocal(p.file, s.text);
        if (s.text === 'vscode' || s.text.startsWith('node:') || NODE_MODULES.has(name)) bad.push(`${rel(p.file)}:${s.line} imports ${s.text}`);
        else if (target && !target.startsWith(CORE + '/')) bad.push(`${rel(p.file)}:${s.line} imports ${rel(target)} (outside src/core)`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('src/core uses no Node global (Buffer, process, __dirname, require, setImmediate, ...)', () => {
    const bad: string[] = [];
    for (const p of parsed) if (p.file.startsWith(CORE + '/')) for (const g of p.nodeGlobals) bad.push(`${rel(p.file)}:${g.line} ${g.name}`);
    expect(bad).toEqual([]);
  });

  it('the checks find what they look for (a file written to break each rule)', () => {
    const sample = join(CORE, '__guard_sample__.ts');
    const text = "import { readFileSync } from 'node:fs';\nimport * as vscode from 'vscode';\nimport path from 'path';\nconst b = Buffer.from('x'); // process in a comment\nexport const s = 'process' + String(process.env.X) + vscode + path + b + readFileSync;\nexport const o = { process: 1 }.process;\n";
    const p = parse(sample, text);
    expect(p.specifiers).toEqual([{ text: 'node:fs', line: 1 }, { text: 'vscode', line: 2 }, { text: 'path', line: 3 }]);
    expect(p.specifiers.every((s) => s.text === 'vscode' || s.text.startsWith('node:') || NODE_MODULES.has(s.text))).toBe(true);
    // Buffer on line 4 and process on line 5; neither the comment, the string 'process' nor the property `process`.
    expect(p.nodeGlobals).toEqual([{ name: 'Buffer', line: 4 }, { name: 'process', line: 5 }]);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
