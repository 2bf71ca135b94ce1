/**
 * A small stop-word language guess: good enough to tell English mail from
 * German/French/Spanish/Dutch/Italian/Portuguese/Scandinavian/Polish mail, and
 * to say 'unknown' when there is too little text.
 */

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'you', 'your', 'for', 'with', 'we', 'have', 'this', 'that', 'our', 'are', 'not', 'thank', 'to', 'of', 'in', 'is', 'will', 'at', 'i', 'it', 'be', 'been', 'by', 'can', 'do', 'on', 'as', 'so', 'but', 'from', 'was', 'has', 'no', 'if', 'or', 'an', 'me', 'my', 'us', 'would', 'sorry', 'nothing', 'what', 'there', 'they', 'which', 'about', 'just'],
  de: ['und', 'der', 'die', 'das', 'sie', 'ihre', 'ihr', 'wir', 'nicht', 'mit', 'für', 'leider', 'ist', 'ein', 'eine', 'vielen', 'dank', 'bewerbung', 'uns', 'den'],
  fr: ['les', 'des', 'vous', 'votre', 'nous', 'pour', 'avec', 'est', 'une', 'pas', 'que', 'dans', 'candidature', 'merci', 'sur', 'malheureusement', 'vos', 'le', 'la', 'et'],
  es: ['los', 'las', 'usted', 'su', 'nosotros', 'para', 'con', 'por', 'una', 'que', 'del', 'gracias', 'candidatura', 'lamentablemente', 'hemos', 'el', 'la', 'y', 'en', 'no'],
  nl: ['het', 'een', 'wij', 'jij', 'je', 'uw', 'niet', 'met', 'voor', 'van', 'helaas', 'sollicitatie', 'bedankt', 'zijn', 'hebben', 'de', 'en', 'dat', 'op', 'ons'],
  it: ['il', 'gli', 'della', 'per', 'con', 'non', 'una', 'che', 'sua', 'grazie', 'purtroppo', 'candidatura', 'abbiamo', 'siamo', 'lei', 'di', 'e', 'la', 'le', 'del'],
  pt: ['os', 'as', 'você', 'sua', 'seu', 'nós', 'para', 'com', 'não', 'uma', 'que', 'obrigado', 'infelizmente', 'candidatura', 'temos', 'de', 'e', 'o', 'da', 'do'],
  sv: ['och', 'att', 'det', 'som', 'för', 'med', 'inte', 'din', 'vi', 'har', 'tack', 'tyvärr', 'ansökan', 'är', 'en', 'på', 'av', 'till', 'du', 'om'],
  da: ['og', 'at', 'det', 'som', 'for', 'med', 'ikke', 'din', 'vi', 'har', 'tak', 'desværre', 'ansøgning', 'er', 'en', 'på', 'af', 'til', 'du', 'os'],
  pl: ['i', 'w', 'na', 'nie', 'się', 'że', 'do', 'z', 'za', 'pan', 'pani', 'dziękujemy', 'niestety', 'aplikacj', 'jest', 'oraz', 'dla', 'to', 'po', 'od'],
};

/**
 * English words that are also another language's stop words ("i" and "do" in Polish, "die" in German, "per" in Italian): in a
 * short English note ("Role's been pulled by finance, sorry. Nothing I can do.") they would outvote English. Such a word, and
 * any single letter ("e" of "e-mail", "o" of "O'Brien"), counts only half for the other language.
 */
const ENGLISH_WORDS = new Set([...(STOPWORDS.en ?? []), 'die', 'den', 'pan', 'per', 'van', 'son', 'con', 'non', 'til', 'er', 'din', 'dank', 'op', 'su']);

/** word → the languages it is a stopword of, each with its weight (one look-up per word) */
const LEXICON = new Map<string, { lang: string; w: number }[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of new Set(words)) {
    const w = lang !== 'en' && (ENGLISH_WORDS.has(word) || word.length === 1) ? 0.5 : 1;
    LEXICON.set(word, [...(LEXICON.get(word) ?? []), { lang, w }]);
  }
}

/** the longest stop word: longer words are counted without being cut out of the text */
const LONGEST = Math.max(...[...LEXICON.keys()].map((w) => w.length));
/** one letter of any script, tried at a position (sticky) */
const LETTER = /\p{L}/uy;

/** the length of the letter at `i` (0: none, 2: a letter outside the basic plane) */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128) return 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

/** Counts the words (runs of letters) of `text` and adds each stop word's languages to `counts`. */
function countWords(text: string, counts: Map<string, number>): number {
  let words = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let step = letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < n ? letterAt(text, i) : 0;
    }
    words++;
    if (i - start > LONGEST) continue;
    const langs = LEXICON.get(text.slice(start, i));
    if (langs) for (const { lang, w } of langs) counts.set(lang, (counts.get(lang) ?? 0) + w);
  }
  return words;
}

export interface LanguageGuess {
  language: string;
  /** share of tokens that are English stop words */
  englishShare: number;
}

/** Guesses the language of the first ~4,000 characters of `text`. */
export function detectLanguage(text: string): LanguageGuess {
  const lower = text.slice(0, 4000).toLowerCase();
  const counts = new Map<string, number>();
  const tokens = countWords(lower, counts);
  if (tokens < 4) return { language: 'unknown', englishShare: 0 };
  const english = counts.get('en') ?? 0;
  let best = 'unknown';
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  const englishShare = english / tokens;
  if (bestCount < 2) return { language: 'unknown', englishShare };
  // mail in another language often quotes an English job title: English must lead clearly
  if (best !== 'en' && english >= bestCount * 0.8) best = 'en';
  return { language: best, englishShare };
}

/** Rejection cues in the most common other languages, for a low-confidence best effort. */
export const FOREIGN_REJECTION =
  /leider|absage|nicht berücksichtigen|anderen? (?:kandidat|bewerber)|malheureusement|ne pas donner suite|pas été retenue?|lamentablemente|desafortunadamente|no (?:ha sido|has sido) seleccionad|no (?:seguiremos|continuaremos|vamos a seguir|podemos seguir|podremos seguir) adelante con (?:tu|su) candidatura|otros candidatos|helaas|niet (?:verder|geselecteerd)|afwijzing|purtroppo|non (?:è stat[ao]|siamo in grado)|altri candidati|infelizmente|não (?:foi|será) (?:selecionad|possível)|tyvärr|desværre|dessverre|niestety/i;

/**
 * A few cues for mail we cannot otherwise read (best effort; English rules do the real work).
 * Stage cues are checked furthest first; the first that matches wins.
 */
export const FOREIGN_STAGE: readonly { stage: 'final' | 'interview' | 'assessment' | 'screen'; re: RegExp }[] = [
  // final round / assessment centre
  { stage: 'final', re: /final(?:e|en)? (?:runde|gespräch|auswahlrunde)|letzte(?:n)? (?:runde|gespräch)|assessment[- ]?(?:center|centre)|entretien final|dernier entretien|entrevista final|última entrevista|laatste (?:ronde|gesprek)|eindgesprek|colloquio finale|ultimo colloquio|entrevista final|sista intervju|ostatni(?:ego|m)? (?:etap|rozmow)/i },
  // phone / first screening call (checked before interviews: "Telefoninterview")
  { stage: 'screen', re: /telefon(?:interview|gespräch|at)|(?:ersten?|kurzen?) (?:telefonat|gespräch)|entretien téléphonique|appel téléphonique|échange téléphonique|entrevista telefónica|llamada|telefoongesprek|telefonisch gesprek|colloquio telefonico|telefonintervju|rozmow\w* telefoniczn/i },
  { stage: 'interview', re: /vorstellungsgespr|bewerbungsgespr|(?:persönlichen?|gespräch(?:e|en)?) (?:mit|bei)|kennenlernen|entretien|entrevista|sollicitatiegesprek|kennismakingsgesprek|gesprek(?:ken)? met|(?:prettige|fijne|goede|leuke|open) (?:gesprek|kennismaking)|gesprek van|colloqui|intervju|rozmow|entrevist/i },
  { stage: 'assessment', re: /\b(?:online-?)?tests?\b|aufgabe|fallstudie|case study|étude de cas|cas pratique|exercice|prueba|caso práctico|opdracht|assessment|prova|esercizio|uppgift|zadani/i },
];

/** "we keep your CV for future vacancies", "talent pool", "apply again" in the common languages */
export const FOREIGN_DOOR =
  /talent ?pool|talentpool|talent-?pool|(?:zukünftige|künftige|zukünftigen|künftigen|weitere) (?:vakanzen|stellen|positionen|möglichkeiten|ausschreibungen)|in evidenz|erneut (?:zu )?bewerben|futures? (?:opportunités|offres|postes)|conserv\w* votre (?:cv|candidature|profil)|vivier|n'hésitez pas à (?:postuler|candidater)|futuras (?:oportunidades|vacantes|posiciones)|(?:guardaremos|conservaremos|mantendremos) (?:su|tu) (?:cv|candidatura|perfil)|toekomstige (?:vacatures|functies|mogelijkheden)|(?:cv|gegevens) (?:bewaren|in ons bestand)|future (?:opportunità|posizioni)|(?:conserveremo|terremo) (?:il suo|il tuo) (?:cv|profilo)|framtida (?:tjänster|möjligheter)|fremtidige (?:stillinger|muligheder)|przyszłych (?:rekrutacj|ofert)/i;

/** an offer to talk through the decision */
export const FOREIGN_FEEDBACK_OFFER =
  /(?:gerne|gern) (?:ein )?(?:feedback|rückmeldung)|feedback (?:geben|anbieten)|(?:retour|feedback) (?:détaillé )?(?:si vous le souhaitez|sur demande)|(?:darle|darte) feedback|feedback (?:geven|bespreken)|feedback (?:willen|wil|wilt|wenst)|wens(?:t|en) (?:u|je) feedback|(?:darle|darti) un feedback/i;
