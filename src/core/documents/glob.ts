// Glob patterns as VS Code writes them (`**/*.{txt,md}`, `**/node_modules/**`), compiled to regular
// expressions and matched against workspace-relative paths with `/`. Pure: used by the watcher filter, the
// directory walk fallback and the tests.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    re = new RegExp(`^${compile(glob.replace(/^\.\//, '').replace(/\\/g, '/'))}$`);
    if (cache.size > 200) cache.clear();
    cache.set(glob, re);
  }
  return re;
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}

/** True when `path` matches `include` and none of `exclude`; a folder is excluded when an exclude glob matches it. */
export function isIncluded(path: string, include: string, exclude: readonly string[]): boolean {
  return matchesGlob(path, include) && !isExcluded(path, exclude);
}

// True when `path` or one of its parent folders matches a glob of `exclude` (`**/node_modules/**` excludes
// node_modules/a.txt through its parent folder). One regular expression per glob for the path and all its
// parents, so a path n folders deep costs n, not n² (a walk down n folders: n², not n³).
export function isExcluded(path: string, exclude: readonly string[]): boolean {
  return exclude.some((g) => selfOrParentRegExp(g).test(path));
}

const parentCache = new Map<string, RegExp>();

/** Matches a path when the glob matches it or the part of it before one of its slashes. */
function selfOrParentRegExp(glob: string): RegExp {
  let re = parentCache.get(glob);
  if (!re) {
    re = new RegExp(`^(?:${compile(glob.replace(/^\.\//, '').replace(/\\/g, '/'))})(?:/[\\s\\S]*)?$`);
    if (parentCache.size > 200) parentCache.clear();
    parentCache.set(glob, re);
  }
  return re;
}

function compile(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const next = glob[i + 2];
        if (atStart && next === '/') {
          out += '(?:.*/)?';
          i += 3;
          continue;
        }
        if (atStart && next === undefined) {
          // "a/**" matches "a" and everything below it.
          if (out.endsWith('/')) out = `${out.slice(0, -1)}(?:/.*)?`;
          else out += '.*';
          i += 2;
          continue;
        }
        out += '.*';
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const end = matchingBrace(glob, i);
      if (end < 0) {
        out += '\\{';
        i++;
        continue;
      }
      const alternatives = splitTopLevel(glob.slice(i + 1, end));
      out += `(?:${alternatives.map(compile).join('|')})`;
      i = end + 1;
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = end + 1;
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
      i++;
    }
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(s.slice(last));
  return parts;
}
