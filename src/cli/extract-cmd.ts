import { extractFile } from '../extract/index.js';
import { buildDocument } from '../document/build.js';

interface Opts { format: 'text' | 'json'; maxSize: number }

export async function extractCommand(files: string[], o: Opts): Promise<number> {
  const maxBytes = o.maxSize;
  const out: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    const ex = await extractFile(file, { maxBytes });
    if (!ex.result.ok) {
      failed++;
      process.stderr.write(`weerbaar: ${ex.result.error.code} ${ex.result.error.message}\n`);
      out.push({ file, sha256: ex.sha256, kind: null, language: null, pages: [], sections: [], error: ex.result.error });
      continue;
    }
    const d = buildDocument(ex.result.value, { file, sha256: ex.sha256 });
    out.push({
      file,
      sha256: d.sha256,
      kind: d.kind,
      language: d.language,
      pages: d.pages.map((p) => ({ number: p.number, text: p.text })),
      sections: d.sections.map((s) => ({ number: s.number, heading: s.heading, page: s.page, start: s.start, end: s.end })),
      error: null,
    });
  }
  if (o.format === 'json') process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
  else
    for (const d of out as Array<{ file: string; kind: string | null; language: string | null; pages: Array<{ number: number; text: string }>; sections: Array<{ number: string; heading: string; page: number }>; error: unknown }>) {
      if (d.error) continue;
      process.stdout.write(`==> ${d.file} (${d.kind}, ${d.language}, ${d.pages.length} pages, ${d.sections.length} sections)\n`);
      for (const p of d.pages) process.stdout.write(`--- page ${p.number} ---\n${p.text}\n`);
    }
  return failed ? 3 : 0;
}
