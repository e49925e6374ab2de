// Contracts in plain language (B1): questions as headings, answers of a word ("Nee."), questions asked together, a
// summary part that yields to the binding part, and the parties named as "we" or "de regio". Built-in packs; a DOCX made
// by the docx writer with Word headings.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { builtinReaders, present } from './support.js';

const { contract, scan } = builtinReaders();
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-plain-'));

const rule = '-'.repeat(60);
const wij =
  'Wie maken deze afspraken?\n1. De gemeente Heuvelrand. In dit contract noemen we haar "de gemeente" of "wij".\n' +
  '2. Loketwerk B.V., Stationsplein 4, Zwolle. In dit contract noemen we haar "de leverancier" of "u".\n\n';
const article = (n: number, question: string, body: string) => `${rule}\n${n}. ${question}\n${rule}\n${body}\n\n`;

describe('plain-language contracts', () => {
  it('reads an answer with questions asked together ("Komt …? Of kan …? Dan mogen wij …")', () => {
    const r = contract(
      wij +
        article(7, 'Wat als een ander bedrijf de leverancier koopt?', '7.1 U meldt ons een overname binnen 10 werkdagen.\n7.2 Let op: komt de nieuwe eigenaar van buiten de Europese Unie? Of kan een buitenlandse overheid daardoor bij de gegevens van inwoners komen? Dan mogen wij het contract direct stoppen.'),
    );
    expect(present(r, 'non-eu-control')).toBe(true);
  });

  it('reads bullets that answer "Wat dan?" after a question, not as more items of the bullet list before it (a PDF of the written sets)', async () => {
    // The list before ("Daarom: • zijn we verwerker … • gebruiken we de gegevens nooit …") runs across a page break; the
    // question and its "Wat dan?" come between it and the bullets that answer.
    const r = await scan(new URL('../eval/corpus/heldout79/ho79-019.pdf', import.meta.url).pathname);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads an answer past a ruled line under its question heading, and a one-word answer with the sentence after it', () => {
    const r = contract(wij + article(9, 'Mag u het contract aan een ander geven?', '9.1 Nee, niet zonder onze schriftelijke toestemming.'));
    expect(present(r, 'anti-assignment')).toBe(true);
    const short = contract(wij + `Artikel 7.\nMag de leverancier het contract overdragen?\n${rule}\nNee.\nAlleen als de gemeente dat vooraf schriftelijk goedvindt.\n`);
    expect(present(short, 'anti-assignment')).toBe(true);
  });

  it('a question answered no ("Kan de gemeente … opzeggen? Nee.") grants nothing; "Ja, dat mag altijd." grants it', () => {
    const no = contract(wij + '6. Kan de gemeente de overeenkomst tussendoor opzeggen?\n   Nee. De gemeente en de leverancier hebben afgesproken dat de overeenkomst de volledige looptijd loopt.\n');
    expect(present(no, 'termination-for-convenience')).toBe(false);
    const yes = contract(wij + 'Artikel 3 - Mag de gemeente eerder stoppen?\n1. Ja, dat mag altijd. De gemeente hoeft geen reden te geven.\n2. De gemeente stuurt daarvoor een brief.\n');
    expect(present(yes, 'termination-for-convenience')).toBe(true);
  });

  it('reads each sentence of an article headed by a question as its answer ("Wat gebeurt er als het contract stopt?")', () => {
    const r = contract(
      wij +
        article(8, 'Wat gebeurt er als het contract stopt?', '8.1 Het maakt niet uit waarom het contract stopt. U helpt ons altijd met de overstap naar een nieuw systeem.\n8.2 Pas als wij zeggen dat alles goed is overgezet, verwijdert u de gegevens.'),
    );
    expect(present(r, 'post-termination-services')).toBe(true);
    // The same sentence under a heading that asks nothing states no end.
    const plain = contract(wij + article(8, 'Samenwerking', '8.1 U helpt ons altijd met de overstap naar een nieuw systeem.'));
    expect(present(plain, 'post-termination-services')).toBe(false);
  });

  it('knows the parties a plain text names together ("Samen noemen we hen "de regio"")', () => {
    const r = contract(
      'Deze partijen maken afspraken:\nA. De gemeente Harderwijk, ook namens de gemeenten Elburg en Ermelo. Samen noemen we hen "de regio".\nB. JeugdData B.V., Doetinchem. We noemen dit bedrijf "de opdrachtnemer".\n\n' +
        'Artikel 4. Wat als de opdrachtnemer het werk niet goed doet?\n1. De regio stuurt de opdrachtnemer een brief.\n2. Is het werk dan nog niet goed? Dan mag de regio het werk zelf doen of door een ander bedrijf laten doen. De opdrachtnemer betaalt de kosten daarvan.\n',
    );
    expect(r.parties!.customer).toContain('de regio');
    expect(present(r, 'step-in')).toBe(true);
  });

  it('a summary that is a part of the document and says it binds no one ("DEEL A - Samenvatting … (niet bindend)") grants nothing, over its own headings', async () => {
    const h = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const p = (text: string) => new Paragraph({ text });
    const body = (title: string, summary: string) =>
      new Document({
        sections: [
          {
            children: [
              p('Contract Vaccinatieregistratie'),
              h(title),
              p(summary),
              h('Wat moet u weten?'),
              p('De GGD mag altijd stoppen met het contract.'),
              p('DEEL B - De overeenkomst'),
              p('1. De GGD Zeeuwse Delta, hierna "de GGD".'),
              p('2. Vaxsys Nederland B.V., Dordrecht, hierna "Vaxsys".'),
              h('Artikel B.2 Duur en einde'),
              p('1. De overeenkomst gaat in op 1 september 2024 en eindigt van rechtswege op 31 augustus 2027.'),
              p('2. Tussentijdse opzegging door een van de partijen is uitgesloten.'),
            ],
          },
        ],
      });
    const yields = join(dir, 'summary.docx');
    writeFileSync(yields, await Packer.toBuffer(body('DEEL A - Samenvatting in gewone taal (niet bindend)', 'Deze samenvatting is geen deel van de afspraken. Alleen de tekst in Deel B is bindend.')));
    const r = await scan(yields);
    expect(r.status).toBe('ok');
    expect(present(r, 'termination-for-convenience')).toBe(false);
    // A summary that does not say it yields is read like any other text.
    const binds = join(dir, 'summary-binds.docx');
    writeFileSync(binds, await Packer.toBuffer(body('DEEL A - Samenvatting in gewone taal', 'Deze samenvatting geeft de belangrijkste afspraken weer.')));
    expect(present(await scan(binds), 'termination-for-convenience')).toBe(true);
  });

  it('reads a short sentence that ends in its verb as a choice of law ("20.1 Dutch law applies."), not as a title', () => {
    const r = contract('This Agreement is made between Veiligheidsregio IJssel ("the Client") and Alarmlink B.V. ("the Contractor").\n\nArticle 20. Law and disputes\n20.1 Dutch law applies.\n20.2 Disputes go to the court in Zwolle.\n');
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('reads plain English that gives "you" (the customer) the right to stop at any time and to have another company fix what "we" do not', () => {
    const you =
      'Who are we?\nWe are Pixelwise Ltd. In this agreement "we" and "us" mean Pixelwise; "you" means the Municipality of Dalwick.\n\n';
    const r = contract(
      you +
        article(4, 'Can you stop?', '4.1 You can stop at any time. You do not need to give a reason.\n4.2 Tell us in writing. The agreement ends one month after we receive your message.') +
        article(8, 'What if something goes wrong?', '8.1 If we do not fix a serious problem within 10 working days after you report it, you may ask another company to fix it. We will pay the reasonable costs of that company.') +
        article(10, 'Passing the agreement on', '10.1 Neither of us may pass this agreement, or any rights or duties under it, to someone else without the other\'s written agreement.'),
    );
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(present(r, 'step-in')).toBe(true);
    expect(present(r, 'anti-assignment')).toBe(true);
  });
});

describe('an online service ended by closing the account', () => {
  it('reads "You may close your account at any time" as termination for convenience, "You may not transfer your account … without our written approval" as a bar, and an export "for sixty days after your account is closed" as a service after the end', () => {
    const r = contract(
      'Terms of Service\nClubhouse Cloud, Inc. ("Clubhouse", "we") provides membership software to the association that signs up (the "Association", "you").\n1. Ending the service\n1.1 You may close your account at any time from your dashboard.\n1.2 For sixty (60) days after your account is closed, by you or by us, you may request, and we will provide, a complete export of your member records in CSV format.\n2. Transfer\n2.1 You may not transfer your account to another organization without our written approval.\n',
    );
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(present(r, 'post-termination-services')).toBe(true);
    expect(present(r, 'anti-assignment')).toBe(true);
  });
});
