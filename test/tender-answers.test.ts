// A contract signed with its tender's questions and answers (Nota van Inlichtingen), and the model contracts of EU
// bodies whose special conditions change the general conditions after them. A question describes or quotes the draft and
// grants nothing; its answer and the changes it makes are read. Built-in packs; a DOCX made by the docx writer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, present } from './support.js';

const { contract, scan } = builtinReaders();
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-tender-'));

const nl = 'Tussen de Gemeente Lingewaard, hierna: "Opdrachtgever", en Zaakwerk B.V., hierna: "Leverancier", is overeengekomen:\n\n';
const en = 'This Agreement is made between the Maritime Safety Office ("the Office") and Polyglot Services S.L. ("the Supplier").\n\n';

describe('questions and answers signed with a contract', () => {
  it('a question that quotes the draft grants nothing; its answer strikes what it says', () => {
    const r = contract(
      `${nl}Artikel 9 Continuïteit\n9.1 Leverancier zorgt voor een uitwijklocatie binnen de EER.\n9.3 [vervallen ingevolge Nota van Inlichtingen, vraag 14]\n\nNOTA VAN INLICHTINGEN\n\nVraag 14\nDocument: Concept-overeenkomst, artikel 9.3\nVraag: Artikel 9.3 verplicht Leverancier de broncode bij een escrow-agent te deponeren. Kan deze eis worden geschrapt?\nAntwoord: Ja. Artikel 9.3 komt te vervallen.\n\n1. Vraag (inschrijver B): Artikel 2.2 bepaalt dat Opdrachtgever de overeenkomst "te allen tijde met een opzegtermijn van twee maanden kan opzeggen". Wilt u dit aanpassen?\nAntwoord: Nee, artikel 2.2 blijft ongewijzigd.\n`,
    );
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    // The same sentence outside a question is a clause.
    expect(present(contract(`${nl}9.3 Leverancier deponeert de broncode bij een escrow-agent.\n`), 'source-code-escrow')).toBe(true);
  });

  it('in a table of questions and answers ("Nr. | Ref. | Vraag | Antwoord"), the question column grants nothing', () => {
    const r = contract(
      `${nl}NOTA VAN INLICHTINGEN\nNr. | Ref. | Vraag | Antwoord\n\n22 | art. 7.2 | Art. 7.2 luidt: "Opdrachtgever is gerechtigd de overeenkomst met onmiddellijke ingang te ontbinden indien de zeggenschap over Leverancier overgaat op een derde." Kan dit vervallen? | Artikel 7.2 komt te vervallen.\n\n23 | art. 3.2 | Geldt dit ook bij verlenging? | Ja.\n`,
    );
    expect(present(r, 'change-of-control')).toBe(false);
  });

  it('a question or request reported ("Leverancier vroeg of …", "Leverancier wenst dat …") states nothing', () => {
    const asked = contract(`${nl}W-4. Leverancier vroeg of Opdrachtgever de overeenkomst kan beëindigen als Leverancier wordt overgenomen door een concurrent. Het antwoord was nee.\n`);
    expect(present(asked, 'change-of-control')).toBe(false);
    const wish = contract(`${nl}1.1 Op deze overeenkomst zijn van toepassing de ARBIT-2018.\n3. Onderhandelingsronde 2: Leverancier wenst dat de escrowregeling van de ARBIT-2018 niet van toepassing is. Opdrachtgever gaat daar niet in mee.\n`);
    expect(wish.standards[0]!.disapplied).toBeNull();
    expect(present(wish, 'source-code-escrow')).toBe(true);
  });

  it('an old text quoted where a change strikes it (\'Article 6 ("…") is deleted in its entirety\') grants nothing', () => {
    const r = contract(
      `${en}Schedule 5 - Changes agreed in the tender\nChange 4: Article 6 ("The Supplier shall notify the Office of any change of control of the Supplier, and the Office may terminate this Framework Agreement if the acquirer is established outside the European Union") is deleted in its entirety.\n`,
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'non-eu-control')).toBe(false);
    // Quoted as the new text, it is read.
    const kept = contract(`${en}Change 4: Article 6 is replaced by: "The Supplier shall notify the Office of any change of control of the Supplier, and the Office may terminate this Framework Agreement if the acquirer is established outside the European Union."\n`);
    expect(present(kept, 'change-of-control')).toBe(true);
  });

  it('a clarification question numbered "CQ7:" grants nothing; its "Response:" is read', () => {
    const r = contract(
      `${en}1. Termination\n1.1 The Office may terminate this Call-Off Contract at any time by giving 30 days' notice.\n\nAPPENDIX 2 - CLARIFICATION RESPONSES\n\nCQ7: Will the Office require source code escrow?\n\nResponse: No. The service is provided as SaaS.\n\nCQ12: Does the Office intend to rely on the step-in rights in the framework Call-Off Terms?\n\nResponse: The step-in provisions of the framework Call-Off Terms are disapplied for this Call-Off Contract.\n`,
    );
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'step-in')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });

  it('reads a DOCX Nota van Inlichtingen whose questions are labelled "V7." and answers "A7."', async () => {
    const file = await docxFile(join(dir, 'nvi.docx'), [
      nl.trim(),
      'Artikel 8 Zeggenschap',
      '8.1 Een wijziging in de zeggenschap over Leverancier heeft geen gevolgen voor deze overeenkomst.',
      'NOTA VAN INLICHTINGEN',
      'V7. In artikel 8 van de model-overeenkomst staat dat Opdrachtgever de overeenkomst kan ontbinden "bij een wijziging van zeggenschap in de onderneming van Leverancier". Dit past niet bij een vennootschap onder firma.',
      'A7. Artikel 8 wordt vervangen door de tekst zoals thans opgenomen in de overeenkomst.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'change-of-control')).toBe(false);
  });
});

describe("an EU body's model contract", () => {
  const conditions = (special: string) =>
    `FRAMEWORK CONTRACT\nThe European Agency for Fisheries Data (EAFD), Avenida 4, Vigo, Spain (the "Agency"), represented by its Executive Director,\n\nand\n\nMeridia Software, Lda., Avenida da Liberdade 190, Lisboa (the "Contractor"), represented by its Managing Director,\n\nagree as follows.\n\nPART I - SPECIAL CONDITIONS\nI.4 ${special}\n\nPART II - GENERAL CONDITIONS\nII.14 Termination by the contracting authority\nII.14.1 The contracting authority may terminate the framework contract in the following circumstances:\n(a) if the contractor is declared bankrupt;\n(f) if a change to the contractor's legal, financial, technical, organisational or ownership situation is likely to substantially affect the implementation of the framework contract.\n`;

  it('knows the parties of an entry with an abbreviation before its short name, and a company by its Portuguese legal form', () => {
    const r = contract(conditions('Reserved.'));
    expect(r.parties!.customer).toContain('Agency');
    expect(r.parties!.supplier).toContain('Contractor');
    expect(present(r, 'change-of-control')).toBe(true);
  });

  it('special conditions that switch off a point of the general conditions after them take that point away', () => {
    expect(present(contract(conditions('Point (f) of Article II.14.1 shall not apply to this framework contract.')), 'change-of-control')).toBe(false);
  });

  it('an answer that strikes a requirement by its code ("vervalt eis E-6.02") takes the requirement printed under that code away', () => {
    const file = (answer: string) =>
      contract(
        `${nl}NOTA VAN INLICHTINGEN\n\nVraag 10 PvE eis E-6.02\nEis E-6.02 geeft Opdrachtgever het recht de overeenkomst te ontbinden bij een wijziging van zeggenschap over Leverancier. Kan de eis vervallen?\n${answer}\n\nBijlage 3 Programma van Eisen\nE-6.01 [Eis] De documentatie is in de Nederlandse taal beschikbaar.\nE-6.02 [Knock-out] Opdrachtgever kan de overeenkomst ontbinden indien de zeggenschap over Leverancier wijzigt, waaronder de overdracht van de meerderheid van de aandelen.\nE-6.03 [Eis] Leverancier rapporteert maandelijks.\n`,
      );
    expect(present(file('Antwoord: Ja. Naar aanleiding van deze en soortgelijke vragen vervalt eis E-6.02.'), 'change-of-control')).toBe(false);
    expect(present(file('Antwoord: Nee. Eis E-6.02 blijft gehandhaafd.'), 'change-of-control')).toBe(true);
  });

  it('reads "Q:" and "A:" as the labels of a question and its answer: the question grants nothing', () => {
    const r = contract(
      `${en}MEMORANDUM OF INFORMATION\n\nQuestion 9 | Requirement R-9.4\nQ: R-9.4 requires the Supplier to provide exit assistance for migration to a successor after termination. Can R-9.4 be replaced by a self-service export facility?\nA: Yes. R-9.4 is replaced in its entirety by a self-service export of all data during the term.\n`,
    );
    expect(present(r, 'post-termination-services')).toBe(false);
  });

  it('an answer that sets aside "the ARBIT provision concerned" takes away the subject its question names, not the whole standard', () => {
    const r = contract(
      `${nl}Artikel 2\n2.1 Op deze Nadere Overeenkomst zijn de ARBIT-2022 van toepassing.\n\nNOTA VAN INLICHTINGEN\n\nVraag 11 | Concept NO, artikel 2\nVraag: Leverancier maakt deel uit van een beursgenoteerd concern. Kan de ARBIT-bepaling over ontbinding bij wijziging van zeggenschap buiten toepassing worden verklaard?\nAntwoord: Ja. Het verzoek wordt gehonoreerd. De betreffende ARBIT-bepaling is niet van toepassing.\n`,
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(present(r, 'step-in')).toBe(true);
  });
});
