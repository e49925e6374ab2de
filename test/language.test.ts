// A contract in a language the rule packs do not read is reported as unread, with the file and the reason, not as a
// contract without any clause (which would say "unprotected" of a contract nobody read). Real DOCX files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, present } from './support.js';

const { scan } = builtinReaders();

const french = [
  'CAHIER SPÉCIAL DES CHARGES N° 2025/0042 – Marché public de services',
  "Article 1er – Pouvoir adjudicateur et adjudicataire",
  "1.1 Le pouvoir adjudicateur est l'État belge, représenté par le Président du Comité de direction.",
  "1.2 L'adjudicataire est la société anonyme Vigilis SA, rue des Glacis 22, 4000 Liège (ci-après « le prestataire »).",
  'Article 4 – Résiliation unilatérale',
  "Le pouvoir adjudicateur peut mettre fin au marché à tout moment, en tout ou en partie, sans devoir motiver sa décision, moyennant un préavis de trois mois notifié par envoi recommandé.",
  'Article 6 – Changement de contrôle',
  "Le prestataire informe sans délai le pouvoir adjudicateur de tout changement de contrôle. Dans ce cas, le pouvoir adjudicateur peut résilier le marché sans indemnité.",
  'Article 9 – Droit applicable',
  'Le marché est régi par le droit belge. Les tribunaux de Bruxelles sont seuls compétents.',
];

describe('a contract in a language the packs do not read', () => {
  it('is reported unsupported with E_LANGUAGE, naming the file and the language, and no verdict', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-lang-')), 'marche-fr.docx'), french);
    const r = await scan(file);
    expect(r).toMatchObject({ status: 'unsupported', verdict: 'unknown', error: { code: 'E_LANGUAGE' } });
    expect(r.error!.message).toBe(`${file}: written in French; the rule packs read Dutch and English`);
  });

  it('a Dutch contract with a French annex is still read', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-lang-')), 'overeenkomst-nl.docx'), [
      'Overeenkomst tussen de gemeente Baarle-Nassau (hierna: Opdrachtgever) en Vigilis Nederland B.V. (hierna: Opdrachtnemer).',
      'Artikel 1 Opdracht',
      '1.1 Opdrachtnemer levert en beheert het beveiligingsplatform voor de gemeente en haar Belgische partner.',
      'Artikel 2 Opzegging',
      '2.1 Opdrachtgever kan de overeenkomst op elk moment zonder opgave van redenen opzeggen met een opzegtermijn van drie maanden.',
      'Artikel 3 Toepasselijk recht',
      '3.1 Op deze overeenkomst is Nederlands recht van toepassing.',
      'Bijlage 1 – Description du service (version française)',
      "Le prestataire assure la surveillance de la plateforme vingt-quatre heures sur vingt-quatre.",
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });
});
