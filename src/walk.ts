// Walking the paths a user names: files as given, folders recursively in a stable order, skipping hidden
// folders and node_modules. Every file found is returned, readable or not: the report lists them all.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface InputFile {
  /** Path to open. */
  path: string;
  /** Path shown in the report: relative to the folder that was scanned, or as given for a file. */
  display: string;
}

export function walk(paths: string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, display: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, display: display.split('\\').join('/') });
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      add(p, p); // still reported, as unreadable
      continue;
    }
    if (!st.isDirectory()) { add(p, p); continue; }
    const stack = [p];
    const found: string[] = [];
    while (stack.length) {
      const dir = stack.pop()!;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        found.push(dir);
        continue;
      }
      for (const n of names.sort()) {
        if (n.startsWith('.') || n === 'node_modules') continue;
        const full = join(dir, n);
        let s;
        try {
          s = statSync(full);
        } catch {
          found.push(full);
          continue;
        }
        if (s.isDirectory()) stack.push(full);
        else if (s.isFile()) found.push(full);
      }
    }
    for (const f of found.sort()) add(f, relative(p, f) || f);
  }
  return { files, missing };
}
