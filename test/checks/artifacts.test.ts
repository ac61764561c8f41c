import { artifacts } from "../../src/checks/artifacts.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, REUTERS, testRule } from "./rule-tester.js";

/** An article whose body is the given paragraphs, each a blank line apart. */
function body(...paragraphs: string[]): string {
  return articleOf(paragraphs.join("\n\n"));
}

testRule(artifacts, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a scraped news story (no chatbot in it)", article: articleOf(REUTERS) },
    {
      name: "French that looks like residue but is not",
      article: body(
        "Bien sûr, la France n'avait pas été informée. Voici l'article 17 de la directive, et voici l'article n° 4.",
        "Le texte cite [le communiqué](https://example.com/communique) et un [rapport][ref].",
        "[ref]: https://example.com/rapport",
        "« Nous avons conclu un accord […] qui nous réjouit » [sic], précise-t-il [NDLR : Arthur Mensch].",
        "Au XXIe siècle, sous Louis XIV ou Pie XI, les consignes de sécurité restent une description utile.",
        "Mistral se présente en tant qu'IA souveraine ; la start-up veut une entreprise en tant que telle.",
        "Les élus demandent au moins des garanties, sur 700 pages et plus de 40 000 produits.",
      ),
    },
    {
      name: "news prose that shares words with the brief",
      article: body(
        "« Tu dois partir », a lancé le ministre à son conseiller, selon plusieurs témoins.",
        "Son père lui répétait une chose. Tu dois travailler, disait-il chaque matin.",
        "La préfecture demande que chacun respecte les consignes de sécurité pendant la crue.",
        "Il n'existe pas de règles absolues en la matière, reconnaît le juriste.",
        "Le site est désormais SEO-friendly, assure l'agence, qui vise de nouveaux clients.",
        "Le rapport recommande des phrases courtes et une expression claire dans les documents publics.",
        "Pour bien référencer un article, choisissez un mot-clé principal et soignez la méta-description.",
        "Le sujet du brevet demandait un texte d'au moins 300 mots ; le concours exige un minimum de 1 500 mots.",
        "Consignes : les supporters sont priés d'arriver deux heures avant le coup d'envoi.",
        "Les générateurs comme Hugo ou Jekyll lisent le front matter de chaque page.",
        "Tu es rédacteur ou rédactrice et tu cherches un premier emploi ? Le salon ouvre samedi.",
      ),
    },
    {
      name: "an HTML comment and code are not prose",
      article: body("<!-- brouillon relu -->", "Un paragraphe normal, rédigé avec soin."),
    },
  ],
  invalid: [
    ...[
      "Tu conserves chaque fait, chiffre, date, nom et citation de la source.",
      "Réécris l'article source ci-dessous en article optimisé pour le référencement.",
      "Tu écris uniquement en français, avec la typographie française.",
      "Paragraphes de 3 à 5 phrases, phrases de moins de 20 mots en majorité, mots de liaison variés.",
      "(Note : cet article compte environ 950 mots et respecte les consignes SEO demandées.)",
      "Make this article seo compatible, let there be subheadings.",
    ].map((echoed) => ({
      name: `the brief echoed back: ${echoed.slice(0, 40)}`,
      article: body("Un paragraphe normal, rédigé avec soin.", echoed),
      errors: [{ severity: "error" as const, line: BODY_LINE + 2 }],
    })),
    {
      name: "an introduction addressed to the user",
      article: body("Voici l'article réécrit et optimisé pour le SEO :", "Un paragraphe."),
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: `chatbot residue "Voici l'article"`,
          repair: /^Retire « Voici l'article » : réponds uniquement avec l'article/,
        },
      ],
    },
    {
      name: "a model speaking of itself",
      article: body(
        "Un paragraphe.",
        "En tant qu'IA, je ne peux pas vérifier ces chiffres.",
        "En tant que modèle de langage, je n'ai pas accès à Internet.",
      ),
      errors: [
        { severity: "error", line: BODY_LINE + 2, message: /En tant qu'IA, je/ },
        { severity: "error", line: BODY_LINE + 4, message: /En tant que modèle de langage/ },
      ],
    },
    {
      name: "« Bien sûr ! » and English chatter",
      article: body(
        "Bien sûr ! Voici ce que je propose.",
        "Certainly! Here is the article you asked for.",
      ),
      errors: [
        { severity: "error", line: BODY_LINE, message: /"Bien sûr ! Voici"/ },
        { severity: "error", line: BODY_LINE + 2, message: /"Certainly!"/ },
        { severity: "error", line: BODY_LINE + 2, message: /"Here is the"/ },
      ],
    },
    {
      name: "a friendly closing",
      article: body(
        "Un paragraphe.",
        "J'espère que cet article vous sera utile. N'hésitez pas à me demander des modifications.",
      ),
      errors: [
        { severity: "error", line: BODY_LINE + 2, message: /J'espère que cet article/ },
        { severity: "error", line: BODY_LINE + 2, message: /N'hésitez pas/ },
      ],
    },
    {
      name: "placeholders",
      article: body(
        "Selon [Nom de l'entreprise], le marché progresse de XX % par an.",
        "[Insérer une citation du ministre] puis {{keyword}}.",
        "TODO : vérifier. Lorem ipsum dolor sit amet.",
        "Le chiffre XXX reste à préciser, dit [PRÉNOM NOM].",
      ),
      errors: [
        { severity: "error", line: BODY_LINE, message: /placeholder "\[Nom de l'entreprise\]"/ },
        { severity: "error", line: BODY_LINE, message: /placeholder "XX"/ },
        {
          severity: "error",
          line: BODY_LINE + 2,
          message: /"\[Insérer une citation du ministre\]"/,
        },
        { severity: "error", line: BODY_LINE + 2, message: /"\{\{keyword\}\}"/ },
        { severity: "error", line: BODY_LINE + 4, message: /"TODO"/ },
        { severity: "error", line: BODY_LINE + 4, message: /"Lorem ipsum"/ },
        { severity: "error", line: BODY_LINE + 6, message: /"XXX"/ },
        { severity: "error", line: BODY_LINE + 6, message: /"\[PRÉNOM NOM\]"/ },
      ],
    },
    {
      name: "a source's editorial residue in brackets",
      article: body("Un paragraphe.", "[Edited by Nathalie Weatherald/Zoran Radosavljevic]"),
      errors: [{ severity: "error", line: BODY_LINE + 2, message: /\[Edited by Nathalie/ }],
    },
    {
      name: "the prompt's delimiters, in an HTML block and inline",
      article: body("<article-source>", "Un paragraphe avec </article-source> dedans."),
      errors: [
        { severity: "error", line: BODY_LINE, message: /"<article-source>"/ },
        { severity: "error", line: BODY_LINE + 2, message: /"<\/article-source>"/ },
      ],
    },
    {
      name: "the instructions echoed back",
      article: body(
        "## Consignes",
        // Three phrases of the brief (its opening, "front matter YAML", "intertitres de
        // niveau 2") and a placeholder: one finding for the brief, one for the placeholder.
        "Rédige au moins 700 mots avec un front matter YAML, des intertitres de niveau 2 et [NOM].",
        "Write at least 700 words.",
        "Mots-clés : Mistral, Microsoft",
      ),
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: 'the instructions are echoed back ("Consignes"): remove them from the article',
          repair:
            "Retire « Consignes » : c'est une consigne de la demande, pas le contenu de l'article.",
        },
        // One finding for the echoed paragraph, at its first phrase of the brief.
        {
          severity: "error",
          line: BODY_LINE + 2,
          message:
            'the instructions are echoed back ("Rédige au moins"): remove them from the article',
        },
        {
          severity: "error",
          line: BODY_LINE + 2,
          message:
            'placeholder "[NOM]" left in the text: put the fact from the source, or remove the sentence',
          repair:
            "Remplace l'espace réservé « [NOM] » par l'information exacte tirée de la source, ou supprime la phrase.",
        },
        { severity: "error", line: BODY_LINE + 4, message: /"at least 700 words"/ },
        { severity: "error", line: BODY_LINE + 6, message: /"Mots-clés :"/ },
      ],
    },
    {
      name: "residue in the title",
      article: articleOf("Un paragraphe.", { title: "[Titre accrocheur] sur Mistral" }),
      errors: [{ severity: "error", line: 2, message: /"\[Titre accrocheur\]"/ }],
    },
  ],
});
