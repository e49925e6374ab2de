// Checks on the source itself for a mistake the type checker cannot see: a regular expression with the
// global flag kept in a constant and then used with .test() or .exec() outside a loop. Such a call moves
// the expression's lastIndex, so the next caller — another contract in the same process — starts in the
// middle of its text and misses matches. Output then depends on file order (a bug once found in parties.ts).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Names of module-level constants holding a global (or sticky) regular expression, literal or constructed.
 *  (A literal inside a function is a new object on each call, so its lastIndex cannot leak.) */
function globalRegexNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([a-z]*)/gm)) {
    if (/[gy]/.test(m[3])) names.add(m[1]);
  }
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+RegExp\([^;]*?,\s*['"`]([a-z]*)['"`]\s*\)/gm)) {
    if (/[gy]/.test(m[2])) names.add(m[1]);
  }
  return [...names];
}

/** Places where a stateful call is made on one of the names: `NAME.test(` anywhere, `NAME.exec(` outside a loop's head. */
function statefulUses(text: string, names: string[]): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  for (const name of names) {
    const call = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\.(test|exec)\\(`);
    lines.forEach((line, i) => {
      const m = call.exec(line);
      if (!m) return;
      // A loop over exec() is the intended use of a global expression (after a reset of lastIndex).
      if (m[1] === 'exec' && /\b(?:while|for)\s*\(/.test(line)) return;
      found.push(`${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('source lint', () => {
  it('finds the mistake it is meant to find', () => {
    const bad = "const FORM = /\\bB\\.V\\./gu;\nexport function has(s: string) { return FORM.test(s); }\n";
    expect(globalRegexNames(bad)).toEqual(['FORM']);
    expect(statefulUses(bad, ['FORM'])).toEqual(['2: export function has(s: string) { return FORM.test(s); }']);
    const built = "const WORDS = new RegExp(src, 'gi');\nif (WORDS.exec(t)) x();\nwhile ((m = WORDS.exec(t))) y();\nfor (let m = WORDS.exec(t); m; m = WORDS.exec(t)) y();\n";
    expect(statefulUses(built, globalRegexNames(built))).toEqual(['2: if (WORDS.exec(t)) x();']);
    expect(globalRegexNames('const ONE = /[a/]b/i;\nconst TWO = /x/;\nfunction f() {\n  const local = /x/g;\n}\n')).toEqual([]);
  });

  it('no global regular expression in src is used with .test() or a lone .exec()', () => {
    const files = sources(SRC);
    const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    const problems: string[] = [];
    for (const [file, src] of text) {
      const names = globalRegexNames(src);
      if (names.length === 0) continue;
      for (const [other, otherSrc] of text) {
        // The constant's own file, and any file that imports it by name.
        const imported = other === file ? names : names.filter((n) => new RegExp(`import\\s*\\{[^}]*\\b${n}\\b[^}]*\\}`).test(otherSrc));
        for (const use of statefulUses(otherSrc, imported)) problems.push(`${relative(SRC, other)}:${use}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
