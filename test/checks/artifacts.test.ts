import { describe, expect, it } from "vitest";
import { artifacts } from "../../src/checks/artifacts.js";
import {
  articleOf,
  BODY_LINE,
  findingsOf,
  GOOD_ARTICLE,
  REUTERS,
  testRule,
} from "./rule-tester.js";

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

/** What each kind of residue says, with the words found in quotes. */
const MESSAGE = {
  chat: (found: string) =>
    `chatbot residue "${found}": remove it; the article holds only the article`,
  placeholder: (found: string) =>
    `placeholder "${found}" left in the text: put the fact from the source, or remove the sentence`,
  prompt: (found: string) =>
    `the instructions are echoed back ("${found}"): remove them from the article`,
} as const;

/** One paragraph per residue pattern: the words it catches, and where they start. */
const ONE_RESIDUE_EACH: readonly [string, keyof typeof MESSAGE, string, number][] = [
  ["VOICI L'ARTICLE RÉÉCRIT.", "chat", "VOICI L'ARTICLE", 1],
  ["Et voici votre proposition.", "chat", "voici votre proposition", 4],
  ["Voici mon contenu, relu.", "chat", "Voici mon contenu", 1],
  ["Ci-dessous, la version corrigée du texte.", "chat", "Ci-dessous, la version", 1],
  ["Ci-dessous l'article demandé.", "chat", "Ci-dessous l'article", 1],
  ["En tant que modèle d'IA, je ne juge pas.", "chat", "En tant que modèle d'IA", 1],
  ["En tant qu'assistant, je précise.", "chat", "En tant qu'assistant, je", 1],
  [
    "En tant qu’intelligence artificielle, j’ignore la suite.",
    "chat",
    "En tant qu’intelligence artificielle, j’",
    1,
  ],
  ["Certainement ! Je vous propose ceci.", "chat", "Certainement ! Je", 1],
  ["D'accord, voici le texte.", "chat", "D'accord, voici", 1],
  ["Parfait : j'ai tout repris.", "chat", "Parfait : j'", 1],
  ["Of course, the text follows.", "chat", "Of course,", 1],
  ["Here's your article.", "chat", "Here's your", 1],
  ["Here are my notes.", "chat", "Here are my", 1],
  ["As an AI, I cannot.", "chat", "As an AI", 1],
  ["As a language model, I cannot.", "chat", "As a language model", 1],
  ["Souhaitez-vous que je raccourcisse ?", "chat", "Souhaitez-vous que je", 1],
  ["Voulez-vous que je continue ?", "chat", "Voulez-vous que je", 1],
  ["Dites-moi si cela convient.", "chat", "Dites-moi si", 1],
  ["Faites-moi savoir si besoin.", "chat", "Faites-moi savoir si", 1],
  ["Je reste à votre entière disposition.", "chat", "Je reste à votre entière disposition", 1],
  ["Je reste à ta disposition.", "chat", "Je reste à ta disposition", 1],
  ["J'ai réécrit l'article pour le SEO.", "chat", "J'ai réécrit l'article", 1],
  ["J’ai optimisé ce texte.", "chat", "J’ai optimisé ce texte", 1],
  ["Selon [Lien vers la source], tout va bien.", "placeholder", "[Lien vers la source]", 7],
  ["Le [DATE] prochain.", "placeholder", "[DATE]", 4],
  ["Reste un FIXME.", "placeholder", "FIXME", 10],
  ["Reste un TBD.", "placeholder", "TBD", 10],
  ["Front matter YAML en tête.", "prompt", "Front matter YAML", 1],
  ["Méta-description : un résumé.", "prompt", "Méta-description :", 1],
  ["Mot-clé principal : Mistral", "prompt", "Mot-clé principal :", 1],
  ["Focus keyphrase: Mistral", "prompt", "Focus keyphrase:", 1],
  ["Instructions :", "prompt", "Instructions :", 1],
  ["Consigne", "prompt", "Consigne", 1],
  ["Tu réponds uniquement avec l'article.", "prompt", "Tu réponds uniquement", 1],
  ["Tu n'inventes aucun fait.", "prompt", "Tu n'inventes aucun", 1],
  ["Tu es rédacteur web expert.", "prompt", "Tu es rédacteur web", 1],
  ["Tu reformules entièrement chaque phrase.", "prompt", "Tu reformules entièrement", 1],
  ["Corrige précisément les erreurs.", "prompt", "Corrige précisément", 1],
  ["Garde tout ce qui était correct.", "prompt", "Garde tout ce qui était correct", 1],
  ["Renvoie l'article complet.", "prompt", "Renvoie l'article complet", 1],
  ["Développe les sections trop courtes.", "prompt", "Développe les sections", 1],
  ["Réponds uniquement en français.", "prompt", "Réponds uniquement", 1],
  ["Rédige un article de 700 mots.", "prompt", "Rédige un article", 1],
  ["Le texte, sans jamais trahir la source, avance.", "prompt", "sans jamais trahir la source", 11],
  [
    "Il contient l'expression clé dans sa première phrase.",
    "prompt",
    "contient l'expression clé dans sa première phrase",
    4,
  ],
  ["Avec des intertitres de niveau 2.", "prompt", "intertitres de niveau 2", 10],
  [
    "Visez des phrases de moins de 20 mots en majorité.",
    "prompt",
    "phrases de moins de 20 mots en majorité",
    11,
  ],
  ["Mon article fait plus de 900 mots.", "prompt", "Mon article fait plus de 900 mots", 1],
  [
    "L'article totalise au moins 1 200 mots.",
    "prompt",
    "L'article totalise au moins 1 200 mots",
    1,
  ],
  ["Rewrite this text please.", "prompt", "Rewrite this text", 1],
  ["Titre : Mistral", "prompt", "Titre :", 1],
  ["Slug: mistral", "prompt", "Slug:", 1],
  ["A minimum of 1,500 words.", "prompt", "A minimum of 1,500 words", 1],
];

testRule(artifacts, {
  valid: [
    {
      name: "placeholder shapes are case-sensitive: todo, xx, [Ndlr], [Sic] are prose",
      article: body("Sa liste de todo, un xx en marge, [Ndlr : relu] et [SIC] plus loin."),
    },
    {
      name: "a paragraph that merely names the things a brief names",
      article: body(
        "En tant qu'assistante virtuelle, elle répond aux clients.",
        "Il aime le mot voici ; ma version préférée reste la sienne.",
        "Le Parlement a voté le texte. Cet article 12 compte 40 alinéas.",
      ),
    },
  ],
  invalid: ONE_RESIDUE_EACH.map(([paragraph, kind, found]) => ({
    name: `${kind}: ${paragraph}`,
    article: body("Un paragraphe normal, rédigé avec soin.", paragraph),
    errors: [{ severity: "error" as const, line: BODY_LINE + 2, message: MESSAGE[kind](found) }],
  })),
});

describe("where artifacts point", () => {
  it.each(ONE_RESIDUE_EACH)("%j: %s %j at column %d", (paragraph, _kind, found, column) => {
    const [finding] = findingsOf(artifacts, body("Un paragraphe.", paragraph));
    expect(finding).toMatchObject({ line: BODY_LINE + 2, column });
    expect(finding?.message).toContain(`"${found}"`);
  });

  it("counts the lines before a delimiter in a paragraph that spans several", () => {
    const findings = findingsOf(
      artifacts,
      body("Un.\nDeux.", "Trois,\nquatre </article-source>\ncinq <article-source >."),
    );
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [BODY_LINE + 4, MESSAGE.prompt("</article-source>")],
      [BODY_LINE + 5, MESSAGE.prompt("<article-source >")],
    ]);
  });
});

testRule(artifacts, {
  valid: [
    {
      name: "capitals that are words, not placeholders: the LXX, the XXe siècle",
      article: body(
        "La traduction des LXX date du IIIe siècle avant notre ère, bien avant le XXe siècle.",
      ),
    },
  ],
  invalid: [
    {
      name: "residue beside Roman numerals: only the residue is reported",
      article: body("Voici l'article sur le XXe siècle et ses TODOs."),
      errors: [{ severity: "error", line: BODY_LINE, message: MESSAGE.chat("Voici l'article") }],
    },
    {
      name: "two placeholders side by side are two findings",
      article: body("Signé [Nom][DATE]."),
      errors: [
        { severity: "error", line: BODY_LINE, message: MESSAGE.placeholder("[Nom]") },
        { severity: "error", line: BODY_LINE, message: MESSAGE.placeholder("[DATE]") },
      ],
    },
    {
      name: "a chat line does not hide the brief echoed after it in the paragraph",
      article: body("Voici l'article, sans jamais trahir la source."),
      errors: [
        { severity: "error", line: BODY_LINE, message: MESSAGE.chat("Voici l'article") },
        {
          severity: "error",
          line: BODY_LINE,
          message: MESSAGE.prompt("sans jamais trahir la source"),
        },
      ],
    },
  ],
});

it("describes itself", () => {
  expect(artifacts.description).toBe(
    'No chatbot residue ("Voici l\'article…"), placeholder, echoed instruction or unsafe raw HTML.',
  );
});

describe("artifacts: raw HTML that runs or embeds (issue 15)", () => {
  const htmlErrors = (body: string) =>
    findingsOf(artifacts, articleOf(body))
      .filter((finding) => finding.message.startsWith("raw HTML"))
      .map((finding) => [finding.line, finding.actual]);

  it("reports <script>, <iframe>, <object>, <embed>, <style>, an event handler and javascript: links", () => {
    expect(
      htmlErrors(
        [
          '<script src="https://evil.example/x.js"></script>',
          "",
          'Un paragraphe <iframe src="https://evil.example"></iframe> au milieu.',
          "",
          '<object data="x.swf"></object> <embed src="x.swf">',
          "",
          "<style>body { display: none }</style>",
          "",
          'Une image <img src="x.png" onerror="alert(1)"> piégée.',
          "",
          'Un [lien](javascript:alert(1)) et <a href="JavaScript:alert(2)">un autre</a>.',
        ].join("\n"),
      ),
    ).toEqual([
      [BODY_LINE, "<script>"],
      [BODY_LINE + 2, "<iframe>"],
      [BODY_LINE + 4, "<object>"],
      [BODY_LINE + 4, "<embed>"],
      [BODY_LINE + 6, "<style>"],
      [BODY_LINE + 8, "onerror="],
      [BODY_LINE + 10, "javascript:"],
    ]);
  });

  it("says what to remove, in the repair too", () => {
    expect(findingsOf(artifacts, articleOf("<script>alert(1)</script>"))).toEqual([
      {
        rule: "artifacts",
        severity: "error",
        line: BODY_LINE,
        column: 1,
        actual: "<script>",
        message: 'raw HTML "<script>" in the article: remove it; the article is Markdown text only',
        repair:
          "Retire le code HTML « <script> » : l'article est du texte Markdown, sans balise de script, de cadre ni de style, ni lien « javascript: ».",
      },
    ]);
  });

  it("leaves harmless inline HTML and code blocks that show HTML alone", () => {
    expect(
      htmlErrors(
        [
          "Le CO<sub>2</sub> et le 1<sup>er</sup> mars,<br>puis la suite.",
          "",
          "```html",
          "<script>console.log('exemple')</script>",
          "```",
          "",
          "Le code `<iframe>` sert à intégrer une page.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
