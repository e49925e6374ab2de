// Purchases agreed by correspondence: an offer, the body's conditions, the supplier's reply, the acceptance, in one file.
// A refusal takes back what was proposed before it; in a thread of messages a later denial takes back what an earlier
// message granted; a forwarded reply quotes the older messages below it; a party's own proposal to set aside a provision
// of standard terms sets nothing aside. Built-in packs; a PDF made by pdfkit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, pdfkitFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const offerEn =
  'Cloud Hosting Services – Contract Formation Record\n' +
  'Netherlands Agency for Enterprise Grants ("the Agency") and Stratocirrus Cloud Services, Inc. ("Stratocirrus").\n\n' +
  'Document B – Agency\'s comments (17 June 2024)\nDear colleagues,\nWe are willing to accept your offer, subject to the following:\n' +
  '1. A right for the Agency to terminate the Agreement if control of Stratocirrus is acquired by a third party.\n' +
  '2. A commitment that all Customer Data stays in the EU region.\nKind regards, Hendrik Visser\n\n' +
  'Document C – Provider\'s reply (28 June 2024)\nDear Mr Visser,\n';

describe('correspondence', () => {
  it('takes back a right one side proposed when the other refuses it later ("We are unable to agree to a change of control termination right")', () => {
    const refused = contract(`${offerEn}1. We are unable to agree to a change of control termination right.\n2. Agreed.\nKind regards, Laura Chen\n`);
    expect(present(refused, 'change-of-control')).toBe(false);
    expect(refused.overridden.some((o) => o.clause === 'change-of-control')).toBe(true);
    // Accepted, it stands.
    const accepted = contract(`${offerEn}1. Agreed: the Agency may terminate on such a change of control.\n2. Agreed.\nKind regards, Laura Chen\n`);
    expect(present(accepted, 'change-of-control')).toBe(true);
    // A refusal to strike the right keeps it.
    const kept = contract(`${offerEn}1. We cannot accept the deletion of the change of control clause.\nKind regards, Laura Chen\n`);
    expect(present(kept, 'change-of-control')).toBe(true);
  });

  it('takes back escrow and step-in proposed in an e-mail and refused in the reply ("Wij kunnen niet akkoord gaan met een escrowregeling")', () => {
    const thread = (reply: string) =>
      contract(
        'De gemeente Brederwijk (hierna: de Gemeente) en TeleConnect Zakelijk B.V. (hierna: TeleConnect).\n\n' +
          'Van: Ingrid Bosman\nAan: Mert Yilmaz\n\nBeste Mert,\n\nHierbij onze aanvullende eisen:\n' +
          '1. De configuratie van de telefooncentrale wordt in een escrowregeling ondergebracht.\n' +
          '2. Als TeleConnect storingen niet binnen de hersteltijd verhelpt, mag de Gemeente de werkzaamheden door een ander bedrijf laten uitvoeren op kosten van TeleConnect.\n\nGroet, Ingrid\n\n' +
          `Van: Mert Yilmaz\nAan: Ingrid Bosman\n\nBeste Ingrid,\n\n${reply}\n\nMet vriendelijke groet, Mert\n`,
      );
    const refused = thread('Wij kunnen niet akkoord gaan met een escrowregeling (punt 1). Wij werken met een eigen platform en kunnen niet toestaan dat een ander bedrijf daarin werkzaamheden verricht.');
    expect(present(refused, 'source-code-escrow')).toBe(false);
    expect(present(refused, 'step-in')).toBe(false);
    const agreed = thread('Met beide punten gaan wij akkoord.');
    expect(present(agreed, 'source-code-escrow')).toBe(true);
    expect(present(agreed, 'step-in')).toBe(true);
  });

  it('in a thread of letters lets a later denial take back what an earlier letter granted, not what a later one grants', () => {
    const letters = (last: string) =>
      contract(
        'Gemeente Westerveld (hierna: de Gemeente) en Parkwijs B.V. (hierna: Parkwijs).\n\n' +
          'Geachte heer Jansen,\n\nWij stellen de volgende afspraak voor: indien de zeggenschap over Parkwijs wijzigt, kan de Gemeente de overeenkomst ontbinden.\n\nHoogachtend, de Gemeente\n\n' +
          `Geachte mevrouw De Vries,\n\n${last}\n\nHoogachtend, Parkwijs\n`,
      );
    expect(present(letters('Een wijziging in de zeggenschap over Parkwijs geeft de Gemeente geen recht op ontbinding van de overeenkomst.'), 'change-of-control')).toBe(false);
    expect(present(letters('Wij danken u voor uw brief en zien uit naar de samenwerking.'), 'change-of-control')).toBe(true);
    // One letter alone is no thread: a denial after a grant in the same letter is read as before (no order between them).
    const one = contract(
      'Gemeente Westerveld (hierna: de Gemeente) en Parkwijs B.V. (hierna: Parkwijs).\n\nGeachte heer Jansen,\n\n' +
        '4.1 Indien de zeggenschap over Parkwijs wijzigt, kan de Gemeente de overeenkomst ontbinden.\n' +
        '9.2 Een wijziging in de zeggenschap over Parkwijs geeft de Gemeente geen recht op ontbinding van de overeenkomst.\n',
    );
    expect(present(one, 'change-of-control')).toBe(true);
  });

  it('reads a forwarded reply newest first: the quoted messages below it are older', () => {
    const forwarded = contract(
      'Gemeente Westerkoog (hierna: de gemeente) en ParkPilot B.V. (hierna: ParkPilot).\n\n' +
        'Van: Johan de Ridder\nOnderwerp: FW: Definitieve afspraken\n\nCollega\'s,\n\nHieronder de e-mailwisseling.\n\n' +
        '> Van: Lotte Vos\n>\n> Beste Johan,\n>\n> Wij werken met een eigen platform en kunnen niet toestaan dat een ander bedrijf daarin werkzaamheden verricht.\n>\n' +
        '> > Van: Johan de Ridder\n> >\n> > Beste Lotte,\n> >\n> > 3. Als ParkPilot ernstige storingen niet binnen de hersteltijd verhelpt, mag de gemeente de werkzaamheden\n' +
        '> >    door een ander bedrijf laten uitvoeren; de kosten komen voor rekening van ParkPilot.\n',
    );
    expect(present(forwarded, 'step-in')).toBe(false);
  });

  it("does not set aside a standard's provision a party only proposes to set aside; the other's refusal leaves it in force", () => {
    const r = contract(
      'Waterschap Lingewaarden (hierna: het Waterschap) en Hydronet Systems B.V. (hierna: Hydronet).\n\n' +
        'Op de overeenkomst zijn de ARBIT-2018 van toepassing.\n\nGeachte mevrouw Van Dorp,\n\n' +
        'Wij stellen voor dat de ARBIT-bepaling die het Waterschap het recht geeft de overeenkomst te ontbinden wanneer de zeggenschap over Hydronet wijzigt, niet van toepassing is.\n\nHoogachtend, Hydronet\n\n' +
        'Geachte heer Veldkamp,\n\nWij kunnen niet akkoord gaan met het schrappen van de ARBIT-bepaling over wijziging in zeggenschap.\n\nHoogachtend, het Waterschap\n',
    );
    expect(r.standards.find((s) => s.standard === 'ARBIT-2018')?.excluded).not.toContain('30.3');
    expect(present(r, 'change-of-control')).toBe(true);
  });

  it('reads a PDF whose forwarded e-mail quotes an indented list item line by line ("> 4. …" over ">    …") as text, not as table cells', async () => {
    const file = await pdfkitFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-mail-')), 'thread.pdf'), (doc) => {
      doc.fontSize(10).text('Between the Municipality of Kanaalzijde ("the Municipality") and SentryPark Systems Ltd ("SentryPark").', 60, 60, { width: 470 });
      doc.text('Dear Noor, confirmed: SentryPark agrees to points 1 to 3 below. Best regards, James', 60, 100, { width: 470 });
      const lines: Array<[string, string]> = [
        ['>', 'Dear James,'],
        ['>', '1. Change of control: if a person acquires a controlling interest in'],
        ['>', '   SentryPark Systems Ltd, the Municipality may terminate the agreement with'],
        ['>', '   immediate effect within six months after the notification.'],
        ['>', '2. End of agreement: on expiry or termination SentryPark shall, for a period of'],
        ['>', '   up to four months, continue the back-office service and hand over all case'],
        ['>', '   files in a documented, machine-readable format to the next provider.'],
      ];
      lines.forEach(([mark, text], k) => {
        const y = 140 + k * 14;
        doc.text(mark, 64, y, { lineBreak: false });
        // The continuation lines stand indented: a wide gap after the quote mark.
        doc.text(text.trimStart(), text.startsWith('   ') ? 96 : 74, y, { lineBreak: false });
      });
    });
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'change-of-control')).toBe(true);
    expect(r.clauses['change-of-control']!.evidence.some((e) => e.rule !== 'change-of-control/notice' && !e.quote.includes('|'))).toBe(true);
    expect(present(r, 'post-termination-services')).toBe(true);
  });
});
