// The built CLI as a user runs it (npm test compiles first), on the shipped fixtures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/report/csv.js';

const BIN = join(__dirname, '..', 'bin', 'weerbaar.js');
const FIX = join(__dirname, '..', 'fixtures');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A file of the given text in a fresh temporary folder. */
function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-')), name);
  writeFileSync(file, text);
  return file;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

describe('weerbaar scan', () => {
  const json = run('scan', FIX, '--format', 'json', '--quiet');
  const report = JSON.parse(json.out);

  it('reports every input file, in a stable order, with a status', () => {
    expect(json.code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('weerbaar');
    const names = report.contracts.map((c: { file: string }) => c.file);
    expect(names).toHaveLength(filesUnder(FIX).length);
    expect(names).toEqual([...names].sort());
    expect(run('scan', FIX, '--format', 'json', '--quiet').out).toBe(json.out);
  });

  it('gives each bad file its code, and goes on with the others', () => {
    const by = Object.fromEntries(report.contracts.map((c: { file: string }) => [c.file, c]));
    expect(by['bad/encrypted.pdf']).toMatchObject({ status: 'error', verdict: 'unknown', error: { code: 'E_ENCRYPTED' } });
    expect(by['bad/scanned.pdf']).toMatchObject({ status: 'no-text', error: { code: 'E_NO_TEXT' } });
    expect(by['bad/truncated.pdf'].error.code).toBe('E_CORRUPT');
    expect(by['bad/not-a-zip.docx'].error.code).toBe('E_CORRUPT');
    expect(by['bad/legacy.doc']).toMatchObject({ status: 'unsupported', error: { code: 'E_UNSUPPORTED' } });
    expect(by['bad/empty.txt'].error.code).toBe('E_NO_TEXT');
    for (const c of Object.values(by) as Array<{ error: { message: string } | null; file: string }>)
      if (c.error) expect(c.error.message).toContain(c.file.split('/').pop());
    const ok = report.contracts.filter((c: { status: string }) => c.status === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(6);
    for (const c of ok) {
      expect(Object.keys(c.clauses)).toEqual(expect.arrayContaining(['change-of-control', 'non-eu-control', 'termination-for-convenience', 'post-termination-services', 'source-code-escrow', 'step-in', 'anti-assignment']));
      expect(['protected', 'partial', 'unprotected']).toContain(c.verdict);
    }
  });

  it('prints a table with the portfolio lines, without colour when asked', () => {
    const t = run('scan', FIX, '--quiet');
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/\d+ of \d+ contracts (?:\(\d+ read\) )?let you terminate or require your consent on a change of control/);
    expect(t.out).toContain('bad/encrypted.pdf');
    expect(t.out).not.toMatch(/\u001b\[/);
  });

  it('writes CSV for Dutch Excel: BOM, semicolons, one row per file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-'));
    const out = join(dir, 'r.csv');
    const r = run('scan', FIX, '--format', 'csv', '--csv-delimiter', ';', '--output', out, '--quiet');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]!.split(';').slice(0, 3)).toEqual(['file', 'status', 'verdict']);
    expect(lines).toHaveLength(filesUnder(FIX).length + 1);
  });

  it('gives the same report from worker threads as from one thread', () => {
    expect(run('scan', FIX, '--format', 'json', '--quiet', '--jobs', '1').out).toBe(json.out);
    expect(run('scan', FIX, '--format', 'json', '--quiet', '--jobs', '3').out).toBe(json.out);
  });

  it('stops a file that takes too long, reports it as E_TIMEOUT, and goes on', () => {
    const r = run('scan', join(FIX, 'hostingovereenkomst-nl.pdf'), join(FIX, 'licence-en-cp1252.txt'), '--jobs', '2', '--timeout', '0.001', '--format', 'json');
    expect(r.code).toBe(0);
    const contracts = JSON.parse(r.out).contracts;
    expect(contracts).toHaveLength(2);
    for (const c of contracts) expect(c).toMatchObject({ status: 'error', verdict: 'unknown', error: { code: 'E_TIMEOUT' } });
    expect(r.err).toMatch(/E_TIMEOUT .*hostingovereenkomst-nl\.pdf: reading took longer than/);
  });

  it('--fail-on unknown fails a run with unreadable files', () => {
    expect(run('scan', FIX, '--fail-on', 'unknown', '--quiet').code).toBe(1);
    expect(run('scan', join(FIX, 'hostingovereenkomst-nl.pdf'), '--fail-on', 'unknown', '--quiet').code).toBe(0);
  });

  it('refuses a broken rule pack with file:line:col and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-'));
    const pack = join(dir, 'broken.yml');
    writeFileSync(pack, 'id: broken\nversion: 1.0.0\ntitle: t\ndescription: d\nrules:\n  - id: broken/x\n    clause: c\n    colour: red\n');
    const r = run('scan', FIX, '--rules', pack);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${pack}:8:5: unknown key 'colour'`);
  });

  it('refuses a pack whose own example fails, naming the rule position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-'));
    const pack = join(dir, 'wip.yml');
    writeFileSync(
      pack,
      [
        'id: wip', 'version: 0.1.0', 'title: t', 'description: d', 'rules:',
        '  - id: wip/merger', '    clause: change-of-control', '    grants: notice', '    to: customer', '    strength: weak',
        '    languages: [en]', '    patterns: { all: ["merger", "~notify"] }', '    message: m', '    examples:', '      en:',
        '        match: [Supplier shall notify Customer of a merger., Supplier shall promptly inform Customer of a merger.]',
        '        nomatch: [A merger is planned., Supplier shall notify Customer of delays.]', '',
      ].join('\n'),
    );
    const r = run('scan', join(FIX, 'licence-en-cp1252.txt'), '--rules', pack);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${pack}:6:5: example of wip/merger [en] should match: Supplier shall promptly inform Customer of a merger.`);
    expect(r.out).toBe('');
  });

  it('names columns and portfolio lines from the policy, and refuses a malformed clause entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-'));
    const base = readFileSync(join(__dirname, '..', 'rules', 'policy.yml'), 'utf8');
    const own = join(dir, 'policy.yml');
    writeFileSync(own, base.replace(/\{ id: source-code-escrow[^}]*\}/, '{ id: source-code-escrow, column: Depot, portfolio: hebben een broncodedepot }'));
    const t = run('scan', FIX, '--policy', own, '--quiet');
    expect(t.code).toBe(0);
    expect(t.out.split('\n')[0]).toMatch(/\bDepot\b/);
    expect(t.out).toMatch(/\d+ hebben een broncodedepot/);
    const j = JSON.parse(run('scan', FIX, '--policy', own, '--format', 'json', '--quiet').out);
    expect(j.clauses.find((l: { id: string }) => l.id === 'source-code-escrow')).toEqual({ id: 'source-code-escrow', column: 'Depot', portfolio: 'hebben een broncodedepot' });
    const bad = join(dir, 'bad-policy.yml');
    writeFileSync(bad, base.replace(/\{ id: step-in[^}]*\}/, '{ id: step-in, colour: red }'));
    const r = run('scan', FIX, '--policy', bad, '--quiet');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: 'clauses' must be a list`));
  });

  it('exits 2 on a usage error', () => {
    expect(run('scan', FIX, '--format', 'pdf').code).toBe(2);
    expect(run('frobnicate').code).toBe(2);
  });
});

describe('weerbaar extract', () => {
  it('prints the JSON of one file', () => {
    const r = run('extract', join(FIX, 'hostingovereenkomst-nl.pdf'), '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(Object.keys(d)).toEqual(['file', 'sha256', 'kind', 'language', 'pages', 'sections', 'error']);
    expect(d).toMatchObject({ kind: 'pdf', language: 'nl', error: null });
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.pages.length).toBeGreaterThanOrEqual(3);
    expect(d.sections[0]).toEqual(expect.objectContaining({ number: expect.any(String), heading: expect.any(String), page: 1 }));
  });

  it('exit 3 when a file cannot be read, still printing the others', () => {
    const r = run('extract', join(FIX, 'bad', 'encrypted.pdf'), join(FIX, 'licence-en-cp1252.txt'), '--format', 'json');
    expect(r.code).toBe(3);
    const [bad, good] = JSON.parse(r.out);
    expect(bad.error.code).toBe('E_ENCRYPTED');
    expect(good.error).toBeNull();
    expect(r.err).toContain('encrypted.pdf');
  });
});

describe('weerbaar explain', () => {
  it('says a clause is found exactly when scan finds it, and names a fired rule the file takes away', () => {
    const file = tempFile(
      'amendment.txt',
      'AMENDMENT NO. 2 TO SUPPLY AGREEMENT\n\nThis Amendment is made between Torrance Controls Inc. ("Supplier") and Buckeye Farms LLC ("Buyer").\n\n' +
        '1. Deletion of Section 12.4. Section 12.4 of the Agreement (Termination upon Change of Control) is hereby deleted in its entirety and replaced with the following: "12.4 [Reserved]."\n\n' +
        '2. Termination. Buyer may terminate any purchase order for any reason on thirty days\' notice.\n',
    );
    const scanned = JSON.parse(run('scan', file, '--format', 'json', '--quiet').out).contracts[0];
    expect(scanned.clauses['change-of-control'].present).toBe(false);
    expect(scanned.clauses['termination-for-convenience'].present).toBe(true);
    const r = run('explain', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('== change-of-control: not found');
    expect(r.out).toMatch(/DROPPED change-of-control\//);
    expect(r.out).toContain('== termination-for-convenience: FOUND');
  });

  it('shows a rule that fired by the words it matched, not by the parts its other alternatives missed', () => {
    const file = tempFile(
      'fired.txt',
      'This Agreement is made between Hollow Creek Ltd ("Customer") and Brightwire Inc. ("Supplier").\n\n' +
        '9. Termination. The Customer may terminate this Agreement for any reason on thirty days\' notice.\n',
    );
    const r = run('explain', file, '--clause', 'termination-for-convenience');
    const fired = r.out.split('\n').filter((l) => /^\s+FIRED/.test(l));
    expect(fired.length).toBeGreaterThan(0);
    for (const l of fired) {
      expect(l).toMatch(/ — matched "[^"]+"/);
      expect(l).not.toContain('missing');
    }
    expect(fired.join('\n')).toContain('"for any reason"');
  });

  it('quotes a vetoing word of a list item\'s lead-in where it stands, not at the place it was moved to', () => {
    const file = tempFile(
      'lead.txt',
      'This Agreement is made between Hollow Creek Ltd ("Customer") and Brightwire Inc. ("Supplier").\n\n' +
        '7. Should the Subcontractor at any time fail to perform the Work with diligence, the Customer may, without prejudice to any other remedy: ' +
        '(a) supplement the workforce with workers furnished by the Customer; (b) complete the Work itself or through another contractor; and (c) deduct the cost from any amount due.\n',
    );
    const r = run('explain', file, '--clause', 'step-in', '--all');
    const vetoes = r.out.split('\n').filter((l) => l.includes('vetoed the supplier subcontracts'));
    expect(vetoes.length).toBeGreaterThan(0);
    for (const v of vetoes) expect(v).toMatch(/: "Subcontractor"$/);
  });
});

describe('csv cells', () => {
  it('defuse formulas and quote delimiters', () => {
    expect(csvCell('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 70', ';')).toBe(`"'+31 70"`);
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('plain', ',')).toBe('plain');
  });
});
