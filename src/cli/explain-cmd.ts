import { extractFile } from '../extract/index.js';
import { buildDocument } from '../document/build.js';
import { analyse, type RuleTrace } from '../rules/analyse.js';
import { struckOut } from '../rules/amendments.js';
import { loadRuleSet } from './packs.js';

interface Opts { clause?: string; rules?: string[]; builtin: boolean; all?: boolean }

export async function explainCommand(file: string, o: Opts): Promise<number> {
  // explain is for debugging packs, including ones whose examples still fail.
  const loaded = loadRuleSet(o.rules, o.builtin, false);
  if (!loaded) return 2;
  const ex = await extractFile(file);
  if (!ex.result.ok) {
    process.stderr.write(`weerbaar: ${ex.result.error.code} ${ex.result.error.message}\n`);
    return 3;
  }
  const doc = buildDocument(ex.result.value, { file, sha256: ex.sha256 });
  const traces: RuleTrace[] = [];
  const a = analyse(doc, loaded.rules, traces);
  const w = (s: string) => process.stdout.write(s + '\n');
  w(`${file}: ${doc.kind}, ${doc.language}, ${doc.pages.length} pages, ${doc.sections.length} sections, ${doc.sentences.length} sentences`);
  w(`parties: customer=${JSON.stringify(a.parties.customer)} supplier=${JSON.stringify(a.parties.supplier)} all=${JSON.stringify(a.parties.all)}`);
  if (a.definitions.length) w(`defined terms joining vocabularies: ${a.definitions.map((d) => `"${d.term}" -> ${d.lists.join(',')}`).join('; ')}`);
  for (const m of a.amendments) w(`amendment at p.${m.evidence.page}${m.evidence.section ? ` art. ${m.evidence.section}` : ''} strikes out art. ${m.deletes.join(', ')}: ${m.evidence.quote}`);
  for (const x of a.switchedOff) w(`row at p.${x.evidence.page} switches off ${x.clause} in the whole file: ${x.evidence.quote}`);
  for (const x of a.overridden)
    w(`${x.clause} at p.${x.finding.page}${x.finding.section ? ` art. ${x.finding.section}` : ''} gives way to p.${x.by.page}${x.by.section ? ` art. ${x.by.section}` : ''}, in a document that prevails: ${x.by.quote}`);
  for (const s of a.standards)
    w(`standard ${s.standard} declared at p.${s.declared.page}${s.declared.section ? ` art. ${s.declared.section}` : ''}${s.excluded.length ? `, carved out: ${s.excluded.join(', ')}` : ''}${s.disapplied ? `, ${s.disapplied}` : ''}`);
  const denials = new Set(loaded.rules.rules.filter((r) => r.grants === 'denial').map((r) => r.id));
  const clauses = [...new Set(traces.map((t) => t.clause))].filter((c) => !o.clause || c === o.clause).sort();
  for (const clause of clauses) {
    const ts = traces.filter((t) => t.clause === clause);
    // Found as scan finds it: a finding kept after the whole file was read (amendments, order-form rows, struck parts).
    // (A fact such as the governing law is kept in the facts, every candidate ranked; the first is the answer.)
    const kept: Array<{ rule: string; start: number; end: number; inherited?: { standard: string; article: string } }> = [
      ...a.findings.filter((f) => f.clause === clause),
      ...a.facts.filter((f) => f.fact === clause),
    ];
    const inherited = kept.filter((f) => f.inherited).map((f) => `${f.inherited!.standard} art. ${f.inherited!.article}`);
    w(`\n== ${clause}: ${kept.length ? 'FOUND' : 'not found'} (${ts.length} candidate checks)${inherited.length ? `; inherited from ${[...new Set(inherited)].join(', ')}` : ''}`);
    const bySentence = new Map<number, RuleTrace[]>();
    for (const t of ts) bySentence.set(t.sentence.start, [...(bySentence.get(t.sentence.start) ?? []), t]);
    for (const group of [...bySentence.values()].sort((x, y) => x[0]!.sentence.start - y[0]!.sentence.start)) {
      const s = group[0]!.sentence;
      const interesting = group.some((t) => t.fired || t.trace.some((e) => e.outcome === 'vetoed' || e.outcome === 'matched'));
      if (!interesting && !o.all) continue;
      w(`  p.${s.page}${s.section ? ` art. ${s.section}` : ''}: "${s.quote.length > 240 ? s.quote.slice(0, 240) + '…' : s.quote}"`);
      for (const t of group) {
        // A rule that fired is shown by what it matched; the parts its other alternatives missed say nothing then.
        const why = t.fired
          ? [`matched ${t.hits.join(' … ') || '(no words of its own)'}${parts(t)}`]
          : t.trace.filter((e) => e.outcome !== 'matched').map((e) => `${e.outcome} ${e.label}: ${e.detail}`);
        const gone = t.fired ? struckOut(t.sentence, a.amendments, doc.text) : undefined;
        const denial = denials.has(t.rule);
        const dropped = t.fired && !gone && !denial && !kept.some((f) => f.rule === t.rule && f.end > t.sentence.start && f.start < t.sentence.end);
        const head = gone
          ? `STRUCK ${t.rule} — the article is struck out by "${gone.evidence.quote}";`
          : t.fired && denial
            ? `DENIES ${t.rule} — says the clause does not hold; it takes back what a document it prevails over grants;`
            : dropped
            ? `DROPPED ${t.rule} — fired, but the file takes it away (a heading alone, an amendment, an order-form row, a struck or rejected part);`
            : `${t.fired ? 'FIRED ' : 'no    '} ${t.rule}`;
        w(`    ${head}${why.length ? ` — ${why.slice(0, 3).join('; ')}` : ''}`);
      }
    }
  }
  const law = a.facts.filter((f) => f.fact === 'governingLaw');
  if (!o.clause || o.clause === 'governingLaw') {
    w(`\n== governingLaw: ${law[0] ? `${law[0].value} (${law[0].rule}, p.${law[0].page}${law[0].prevails ? ', stated to replace another choice' : ''}: "${law[0].quote.slice(0, 160)}")` : 'not found'}`);
    for (const f of law.slice(1)) w(`    also ${f.value} (${f.rule}, p.${f.page}): "${f.quote.slice(0, 120)}"`);
  }
  return 0;
}

/** The labelled parts a rule that fired holds, by name: ' (takeover, customer may end)'. */
function parts(t: RuleTrace): string {
  const names = [...new Set(t.trace.filter((e) => e.outcome === 'matched').map((e) => e.label))];
  return names.length ? ` (${names.join(', ')})` : '';
}
