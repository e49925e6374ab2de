// Records of a negotiation bound in with the contract: minutes whose points end in a status ("Status: afgewezen",
// "Result: rejected"), issues lists whose rows wrap onto a second line with the status, requests told of in the past
// ("The Authority requested …", "De Gemeente vroeg om …") or asking to strike a right, a point's topic run in before its
// text ("Round 2 – Termination for convenience."), and annexes the contract names but leaves out ("Bijlage 7 –
// Escrowovereenkomst [gereserveerd]"). None of them grants what it names. Built-in packs; a PDF made by pdfkit and a DOCX
// made by the docx library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, pdfkitFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const partiesNl = 'De gemeente Lindewaard (hierna: de Gemeente) en ParkWijs B.V. (hierna: Leverancier).\n\n';
const partiesEn = 'The Netherlands Records Authority ("the Authority") and Larchfield Data Ltd ("the Supplier").\n\n';

describe('negotiation records', () => {
  it('reads a point of the minutes whose status turns it down as granting nothing ("Status: afgewezen"), one agreed as granting', () => {
    const minutes = (status: string) =>
      contract(
        `${partiesNl}VERSLAG ONDERHANDELINGSRONDE 3\n\n` +
          'a) Beschikbaarheid. Leverancier stelde 99,5% voor. Status: akkoord.\n\n' +
          'b) Overname. Tekstvoorstel: "De Gemeente kan de overeenkomst ontbinden indien de zeggenschap over Leverancier\n' +
          `wijzigt." Leverancier kan hier niet mee instemmen. Status: ${status}\n\n` +
          'c) Facturering. Per kwartaal achteraf. Status: akkoord.\n',
      );
    expect(present(minutes('afgewezen; niets opgenomen.'), 'change-of-control')).toBe(false);
    expect(present(minutes('open (niet opgenomen).'), 'change-of-control')).toBe(false);
    expect(present(minutes('akkoord.'), 'change-of-control')).toBe(true);
    // A status that reports a compromise the point states keeps it.
    expect(present(minutes('voorstel Leverancier afgewezen; compromis akkoord.'), 'change-of-control')).toBe(true);
  });

  it('reads a request told of in the past as no term ("The Authority requested the right to terminate …"), unless the sentence says it was granted', () => {
    const told = (sentence: string) => contract(`${partiesEn}MINUTES OF MEETING 2\n\n${sentence}\n`);
    expect(present(told('The Authority requested the right to terminate this Agreement for convenience at any time on thirty days\' notice.'), 'termination-for-convenience')).toBe(false);
    expect(present(told('The Authority requested, and the Supplier agreed, that the Authority may terminate this Agreement for convenience at any time on thirty days\' notice.'), 'termination-for-convenience')).toBe(true);
    const nl = (sentence: string) => contract(`${partiesNl}${sentence}\n`);
    expect(present(nl('De Gemeente vroeg om de broncode van de programmatuur bij een escrow-agent in depot te geven.'), 'source-code-escrow')).toBe(false);
    expect(present(nl('De Gemeente stelde voor dat zij de overeenkomst kan ontbinden indien de zeggenschap over Leverancier wijzigt.'), 'change-of-control')).toBe(false);
    // The clause itself, with a capitalised role as its subject, is a term.
    expect(present(nl('Leverancier geeft de broncode van de programmatuur bij een escrow-agent in depot.'), 'source-code-escrow')).toBe(true);
    // A determiner is no subject: "Any proposed Change of Control …" is a clause.
    expect(present(told('Any proposed Change of Control of the Supplier shall require the prior written consent of the Authority.'), 'change-of-control')).toBe(true);
    // A condition that opens with a request is no report of one.
    expect(present(told('If the Authority requests transition assistance, the Supplier shall provide transition assistance for six months after termination.'), 'post-termination-services')).toBe(true);
  });

  it('reads a request to strike a right as granting nothing ("Opdrachtnemer verzoekt het ontbindingsrecht … te schrappen"), and keeps what follows a semicolon', () => {
    const list = contract(
      `${partiesNl}BIJLAGE 4 – AFWIJKINGENLIJST\n\n` +
        'Voorbehoud Opdrachtnemer: Opdrachtnemer verzoekt het recht van de Gemeente om de overeenkomst te ontbinden bij een wijziging van de zeggenschap over Opdrachtnemer te schrappen.\n',
    );
    expect(present(list, 'change-of-control')).toBe(false);
    const deviation = contract(`${partiesEn}Supplier deviation: Delete the Authority's right to terminate this Agreement on a Change of Control of the Supplier; retain notification only.\n`);
    expect(present(deviation, 'change-of-control')).toBe(false);
    const kept = contract(
      `${partiesNl}13.2 Het voorbehoud van Leverancier om de overdrachtsperiode te beperken tot twee weken is niet geaccepteerd; na het einde van de overeenkomst verleent Leverancier gedurende vier maanden medewerking aan de overdracht van de dienstverlening aan een opvolgende leverancier.\n`,
    );
    expect(present(kept, 'post-termination-services')).toBe(true);
  });

  it('reads an issues-list row that wraps onto a second line by the status there ("|\\n    open | Lapsed at signature")', () => {
    const row = (status: string) =>
      contract(
        `${partiesEn}ISSUES LIST – STATUS AT SIGNATURE\n\n` +
          'No. | Topic | Raised by | Proposal | Status | Outcome\n' +
          '5 | Step-in | Authority | The Authority may have the services performed by a third party at the Supplier\'s cost if the Supplier fails to remedy a default |\n' +
          `    ${status} | Lapsed at signature\n\n` +
          '6 | Invoicing | Supplier | Quarterly in arrears | agreed | Clause 7\n',
      );
    expect(present(row('open'), 'step-in')).toBe(false);
    expect(present(row('withdrawn'), 'step-in')).toBe(false);
    expect(present(row('agreed'), 'step-in')).toBe(true);
  });

  it('reads a point\'s topic run in before its text as naming a subject only ("Round 2 – Termination for convenience.")', () => {
    const r = contract(`${partiesEn}Round 2 – Termination for convenience. The Authority withdrew the point after discussion.\n\nRound 3 – Invoicing. Agreed as proposed.\n`);
    expect(present(r, 'termination-for-convenience')).toBe(false);
  });

  it('reads an annex the contract names but reserves as granting nothing, in a PDF ("Bijlage 7 – Escrowovereenkomst [gereserveerd]")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-annex-'));
    const pdf = (mark: string) =>
      pdfkitFile(join(dir, `annexes-${mark ? 'reserved' : 'filled'}.pdf`), (doc) => {
        doc.fontSize(10).text('Overeenkomst tussen de gemeente Lindewaard (hierna: de Gemeente) en Kadanza B.V. (hierna: Leverancier).', { width: 470 });
        doc.moveDown().text('18.1 De afspraken over het deponeren van de broncode van de programmatuur bij een onafhankelijke escrow-agent worden vastgelegd in Bijlage 7.', { width: 470 });
        doc.moveDown().text('19.1 Onderdeel van deze overeenkomst zijn de volgende bijlagen:', { width: 470 });
        doc.text('a. Bijlage 1 – Prijzen', { width: 470 });
        doc.text(`b. Bijlage 7 – Escrowovereenkomst${mark}`, { width: 470 });
      });
    const reserved = await scan(await pdf(' [gereserveerd].'));
    expect(reserved.status).toBe('ok');
    expect(present(reserved, 'source-code-escrow')).toBe(false);
    const filled = await scan(await pdf(''));
    expect(present(filled, 'source-code-escrow')).toBe(true);
  });

  it("runs a rejected change request in an annex back no further than the annex's title, in a DOCX whose paragraphs have no blank lines between them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-status-'));
    const file = await docxFile(join(dir, 'status-annex.docx'), [
      'Overeenkomst tussen de gemeente Lindewaard (hierna: de Gemeente) en Kadanza B.V. (hierna: Leverancier).',
      'Artikel 11 – Toepasselijk recht',
      'Op deze overeenkomst is Nederlands recht van toepassing.',
      'Artikel 12 – Overdracht',
      'Leverancier kan zijn rechten en verplichtingen niet overdragen zonder voorafgaande schriftelijke toestemming van de Gemeente.',
      'Ondertekend te Lindewaard op 3 maart 2026.',
      'Bijlage 5 – Wijzigingsverzoeken',
      'Wijzigingsverzoek 2, ingediend door de Gemeente.',
      'Voorgestelde tekst: "De Gemeente mag de overeenkomst opzeggen indien de zeggenschap over Leverancier overgaat op een derde."',
      'Status: afgewezen door Leverancier.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(r.facts.governingLaw).toBe('Netherlands');
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(present(r, 'change-of-control')).toBe(false);
  });

  it('keeps the switch an annex left out makes, in a DOCX ("Bijlage 4 (Exitplan – niet van toepassing)")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-annex-'));
    const file = await docxFile(join(dir, 'annex-switch.docx'), [
      'Overeenkomst tussen de gemeente Lindewaard (hierna: de Gemeente) en Kadanza B.V. (hierna: Leverancier).',
      '10.1 Bij het einde van de overeenkomst verleent Leverancier de exitbegeleiding die in Bijlage 4 is beschreven.',
      '18.1 Onderdeel van deze overeenkomst zijn: Bijlage 1 (Dienstverlening), Bijlage 4 (Exitplan – niet van toepassing) en Bijlage 5 (Verwerkersovereenkomst).',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'post-termination-services')).toBe(false);
  });
});
