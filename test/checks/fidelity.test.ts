import { describe, expect, it } from "vitest";
import { fidelity } from "../../src/checks/fidelity.js";
import {
  articleOf,
  BODY_LINE,
  EURACTIV,
  findingsOf,
  GOOD_ARTICLE,
  REUTERS,
  testRule,
} from "./rule-tester.js";

const reuters = { source: REUTERS };
const euractiv = { source: EURACTIV };

testRule(fidelity, {
  valid: [
    { name: "the good article against its source", article: GOOD_ARTICLE, context: reuters },
    {
      name: 'a faithful rewrite with « » instead of "…" and ’ instead of \'',
      article: articleOf(
        "Un fonctionnaire a déclaré : « Hier, nous avons appris le partenariat technologique entre Mistral et Microsoft. C’est une excellente nouvelle qu’une jeune entreprise française ait rejoint le partenariat précédemment exclusif de Microsoft avec OpenAI sur sa plateforme Azure »",
      ),
      context: reuters,
    },
    {
      name: "figures the source writes in words, written in digits",
      article: articleOf(
        "Les travaux dureront 3 ans, pour 25 élèves et 2 millions d'euros ; la ville compte 21 écoles.",
      ),
      context: {
        source:
          "Les travaux dureront trois ans, pour vingt-cinq élèves et deux millions d'euros. La ville compte vingt et une écoles.",
      },
    },
    {
      name: "a quotation with non-breaking and thin spaces inside the marks",
      article: articleOf(
        "Son verdict : «\u00A0Les régulateurs européens se sont fait avoir\u202F». Et les «\u00A0champions européens\u00A0» ?",
      ),
      context: reuters,
    },
    {
      name: "15 M€ for the source's 15 millions d'euros, 16 M$ for 16 millions de dollars",
      article: articleOf("Microsoft a investi 15 M€ (16 M$) dans Mistral, soit 15 millions."),
      context: reuters,
    },
    {
      name: "28 février 2024 and 15 h 18 for the source's 28/02/2024 à 15:18",
      article: articleOf("La dépêche date du 28 février 2024 à 15 h 18, en 2024 donc."),
      context: reuters,
    },
    {
      name: "40 000 with a normal, a non-breaking or a thin space, or none",
      article: articleOf(
        "Plus de 40 000 produits, 40\u00A0000, 40\u202F000 ou 40000 : à 0 € de frais.",
      ),
      context: reuters,
    },
    {
      name: "2,22 % for the source's +2.22%",
      article: articleOf("Le titre gagnait 2,22 % au Nasdaq."),
      context: reuters,
    },
    {
      name: "ordinals the source gives",
      article: articleOf("Le commentaire figure dans les 10e et 11e parties."),
      context: reuters,
    },
    {
      name: "numbers in words and centuries are no figures",
      article: articleOf(
        "Deux députés et trois ministres en débattent : le XXIe siècle, ce 21e siècle de l'IA.",
      ),
      context: reuters,
    },
    {
      name: "a quotation cut with […], each part in the source in order",
      article: articleOf(
        "« Nous avons conclu un accord de revente avec Microsoft […] cet accord va accélérer notre croissance. »",
      ),
      context: reuters,
    },
    {
      name: "the other seed: days without a year, months with one, GPT-4, 500 M€, nested quotes",
      article: articleOf(
        [
          "Le partenariat, annoncé lundi 26 février et notifié le 27 février, porte sur 15 millions d'euros face à GPT-4.",
          "",
          "Ce n'est qu'« une contribution marginale par rapport aux 500 millions d’euros » levés depuis avril 2023, soit 500 M€.",
          "",
          "« La France ne devrait pas se vanter et brandir le mot “souveraineté” à gauche et à droite. »",
        ].join("\n"),
      ),
      context: euractiv,
    },
    {
      name: "without a source, nothing to compare to",
      article: articleOf("Microsoft a investi 99 millions : « une phrase inventée »."),
    },
  ],
  invalid: [
    {
      name: "a figure the source does not give in digits or in words",
      article: articleOf("Les travaux dureront 4 ans."),
      context: { source: "Les travaux dureront trois ans, dans un quartier neuf de la ville." },
      errors: [{ severity: "error", line: BODY_LINE, message: '"4"' }],
    },
    {
      name: "one figure changed",
      article: articleOf("Microsoft a investi 25 millions d'euros dans Mistral."),
      context: reuters,
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: '"25 millions"',
          repair:
            "Le chiffre « 25 millions » n'apparaît pas dans la source : retire-le ou reprends celui de la source.",
        },
      ],
    },
    {
      name: "an invented quotation",
      article: articleOf(
        "Intro.\n\nArthur Mensch a déclaré : « Nous resterons toujours indépendants de Microsoft ».",
      ),
      context: reuters,
      errors: [
        {
          severity: "error",
          line: BODY_LINE + 2,
          message: /quotation "Nous resterons toujours indépendants de Microsoft"/,
          repair:
            "La citation « Nous resterons toujours indépendants de Microsoft » ne figure pas mot pour mot dans la source : cite exactement la source ou reformule sans guillemets.",
        },
      ],
    },
    {
      name: "a quotation with one word changed",
      article: articleOf(
        '"Hier, nous avons découvert le partenariat technologique entre Mistral et Microsoft."',
      ),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE, message: /découvert/ }],
    },
    {
      name: "a quotation whose case differs: quotations are word for word",
      article: articleOf("« hier, nous avons appris le partenariat technologique »"),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE }],
    },
    {
      name: "a date the source does not give",
      article: articleOf("La dépêche date du 29 février 2024."),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE, message: '"29 février 2024"' }],
    },
    {
      name: "a percentage the source does not give (15 is there, 15 % is not)",
      article: articleOf("Le titre a gagné 15 % en une séance."),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE, message: '"15 %"' }],
    },
    {
      name: "a year added to a day of a source that never names that year",
      article: articleOf("La Commission a été notifiée le 27 février 2024."),
      context: euractiv,
      errors: [{ severity: "error", line: BODY_LINE, message: '"27 février 2024"' }],
    },
    {
      name: "a figure in the title and one in the description",
      article: articleOf("Rien à signaler.", {
        title: "Microsoft met 30 millions dans Mistral",
        description:
          "Microsoft investit dans Mistral AI et promet 12 nouveaux modèles sur Azure, alors que Bercy dit ne rien avoir su de ce partenariat noué en secret.",
      }),
      context: reuters,
      errors: [
        { severity: "error", line: 2, message: '"30 millions"' },
        { severity: "error", line: 3, message: '"12"' },
      ],
    },
    {
      name: "the line of a figure on the second line of a paragraph",
      article: articleOf(
        "Une première ligne sans chiffre\net une seconde qui invente 99 produits.",
      ),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE + 1, message: '"99"' }],
    },
    {
      name: "two source passages glued into one quotation",
      article: articleOf(
        "« Hier, nous avons appris le partenariat technologique entre Mistral et Microsoft, ce qui nous réjouit beaucoup »",
      ),
      context: reuters,
      errors: [{ severity: "error", line: BODY_LINE }],
    },
  ],
});

describe("where fidelity points", () => {
  it("gives the column where the figure starts, as a linter does", () => {
    const line = "Selon le texte, Microsoft a investi 25 millions d'euros dans Mistral.";
    const [finding] = findingsOf(fidelity, articleOf(line), reuters);
    expect(finding).toMatchObject({ line: BODY_LINE, column: line.indexOf("25 millions") + 1 });
  });
});

describe("fidelity findings in full", () => {
  it("reports an invented figure once per paragraph line, with its place, value and both messages", () => {
    const article = articleOf(
      "Le groupe promet 99 postes, puis 99 postes encore.\n\nUn an après, toujours 99 postes.",
    );
    const figure = {
      rule: "fidelity",
      severity: "error",
      message: 'the figure "99" is not in the source: remove it or use the source\'s figure',
      actual: "99",
      repair:
        "Le chiffre « 99 » n'apparaît pas dans la source : retire-le ou reprends celui de la source.",
    };
    expect(findingsOf(fidelity, article, reuters)).toEqual([
      { ...figure, line: BODY_LINE, column: 18 },
      { ...figure, line: BODY_LINE + 2, column: 23 },
    ]);
  });

  it("reports two different invented figures of one line each", () => {
    const findings = findingsOf(fidelity, articleOf("Soit 98 postes et 99 emplois."), reuters);
    expect(findings.map((finding) => [finding.line, finding.column, finding.actual])).toEqual([
      [BODY_LINE, 6, "98"],
      [BODY_LINE, 19, "99"],
    ]);
  });

  it("cuts a long invented quotation in its messages, not in `actual`", () => {
    const quotation =
      "Nous resterons toujours indépendants de Microsoft, de ses investissements, de ses serveurs et de ses clients partout dans le monde";
    const cut =
      "Nous resterons toujours indépendants de Microsoft, de ses investissements, de ses serveurs et de…";
    expect(findingsOf(fidelity, articleOf(`Il a dit : « ${quotation} ».`), reuters)).toEqual([
      {
        rule: "fidelity",
        severity: "error",
        message: `the quotation "${cut}" is not word for word in the source: quote the source exactly or drop the quote marks`,
        line: BODY_LINE,
        column: 14,
        actual: quotation,
        repair: `La citation « ${cut} » ne figure pas mot pour mot dans la source : cite exactement la source ou reformule sans guillemets.`,
      },
    ]);
  });

  it("reads each new source afresh, and the same source again after another", () => {
    const article = articleOf("Les travaux dureront 4 ans.");
    const four = { source: "Les travaux dureront 4 ans." };
    const three = { source: "Les travaux dureront 3 ans." };
    expect(findingsOf(fidelity, article, four)).toEqual([]);
    expect(findingsOf(fidelity, article, three)).toHaveLength(1);
    expect(findingsOf(fidelity, article, three)).toHaveLength(1);
    expect(findingsOf(fidelity, article, four)).toEqual([]);
  });

  it("checks a quotation against the same source's folded text, cached or not", () => {
    const article = articleOf("« Nous avons signé »");
    expect(findingsOf(fidelity, article, { source: "Il dit : Nous avons signé." })).toEqual([]);
    expect(findingsOf(fidelity, article, { source: "Il dit : Nous avons refusé." })).toHaveLength(
      1,
    );
  });
});

describe("fidelity's place for a quotation", () => {
  it("points at the line where a quotation opens when it runs over two lines", () => {
    const findings = findingsOf(
      fidelity,
      articleOf(
        "Une première ligne.\nIl a dit : « Nous resterons toujours indépendants\nde Microsoft » hier.",
      ),
      reuters,
    );
    expect(findings.map((finding) => [finding.line, finding.column])).toEqual([
      [BODY_LINE + 1, 14],
    ]);
  });

  it("describes itself", () => {
    expect(fidelity.description).toBe(
      "Every figure, quotation, link and person of the article is in the source.",
    );
  });
});

describe("fidelity: links the source does not have (issue 15)", () => {
  const linkErrors = (body: string, context: Parameters<typeof findingsOf>[2] = reuters) =>
    findingsOf(fidelity, articleOf(body), context)
      .filter((finding) => finding.message.startsWith("the link"))
      .map((finding) => [finding.line, finding.actual]);

  it("reports a Markdown link, an autolink, a bare URL, an image and an HTML href the source lacks", () => {
    expect(
      linkErrors(
        [
          "Pour en savoir plus, [cliquez ici](https://casino-royal.example/bonus).",
          "",
          "Voir <https://concurrent.example/offre> et https://tracker.example/p?id=1.",
          "",
          '![logo](https://pixel.example/x.gif) et <a href="https://spam.example">ici</a>.',
        ].join("\n"),
      ),
    ).toEqual([
      [BODY_LINE, "https://casino-royal.example/bonus"],
      [BODY_LINE + 2, "https://concurrent.example/offre"],
      [BODY_LINE + 2, "https://tracker.example/p?id=1"],
      [BODY_LINE + 4, "https://pixel.example/x.gif"],
      [BODY_LINE + 4, "https://spam.example"],
    ]);
  });

  it("says which URL and that the source does not have it, in the repair too", () => {
    const [finding] = findingsOf(
      fidelity,
      articleOf("Pour en savoir plus, [cliquez ici](https://casino-royal.example/bonus)."),
      reuters,
    );
    expect(finding).toMatchObject({
      rule: "fidelity",
      severity: "error",
      line: BODY_LINE,
      column: 22,
      message:
        'the link to "https://casino-royal.example/bonus" is not in the source: remove the link (keep its text), or link only to a URL of the source',
      repair:
        "Le lien vers « https://casino-royal.example/bonus » ne figure pas dans la source : retire le lien (garde son texte) ; n'utilise que les liens donnés par la source.",
    });
  });

  it("accepts the source's URLs, normalised: scheme, www, host case, trailing slash, fragment", () => {
    expect(
      linkErrors(
        [
          "La [clause](https://bit.ly/rtrsauto) et [la même](http://WWW.Bit.ly/rtrsauto/#haut).",
          "Aussi [le site](https://mistral.ai/news/) cité en toutes lettres.",
        ].join("\n"),
        { source: `${REUTERS}\nVoir mistral.ai/news pour l'annonce.` },
      ),
    ).toEqual([]);
  });

  it("keeps a path's case and query: another page of the same site is not the source's", () => {
    expect(
      linkErrors(
        "Voir [la clause](https://bit.ly/RTRSAUTO) et [ceci](https://bit.ly/rtrsauto?x=1).",
      ),
    ).toEqual([
      [BODY_LINE, "https://bit.ly/RTRSAUTO"],
      [BODY_LINE, "https://bit.ly/rtrsauto?x=1"],
    ]);
  });

  it("accepts a URL the tool supplied (the cited source), and leaves internal links alone", () => {
    expect(
      linkErrors(
        [
          "D'après [Reuters](https://www.reuters.com/technology/mistral-2024-02-28/).",
          "Voir [notre dossier](/ia/souverainete), [plus haut](#contexte), [la suite](./suite.md) et [avant](../avant/).",
        ].join("\n"),
        { source: REUTERS, suppliedUrls: ["https://reuters.com/technology/mistral-2024-02-28"] },
      ),
    ).toEqual([]);
  });

  it("reports a mailto: whose address the source does not give, not one it gives", () => {
    expect(
      linkErrors(
        "Écrire à [la rédaction](mailto:promo@casino.example) ou [Leigh](mailto:leigh@reuters.com).",
        {
          source: `${REUTERS}\nContact : leigh@reuters.com`,
        },
      ),
    ).toEqual([[BODY_LINE, "mailto:promo@casino.example"]]);
  });

  it("is not fooled by a URL in a code block, nor runs without a source", () => {
    expect(linkErrors("```\ncurl https://api.example/v1\n```")).toEqual([]);
    expect(linkErrors("[cliquez ici](https://casino.example)", {})).toEqual([]);
  });
});

describe("fidelity: people and sources the source does not name (issue 15)", () => {
  const nameFindings = (body: string, context: Parameters<typeof findingsOf>[2] = reuters) =>
    findingsOf(fidelity, articleOf(body), context)
      .filter((finding) => /^the person|is not in the source: check that/u.test(finding.message))
      .map((finding) => [finding.severity, finding.actual, finding.line]);

  it("reports an invented person (error) and an invented interview's newspaper (warning)", () => {
    const findings = findingsOf(
      fidelity,
      articleOf(
        "Son patron, Satya Nadella, avait pourtant salué l'accord lors d'un entretien accordé au Financial Times.",
      ),
      reuters,
    );
    expect(findings).toEqual([
      {
        rule: "fidelity",
        severity: "error",
        line: BODY_LINE,
        column: 13,
        actual: "Satya Nadella",
        message:
          'the person "Satya Nadella" is not in the source: remove what the article says of them, or name only the source\'s people',
        repair:
          "La personne « Satya Nadella » n'apparaît pas dans la source : retire ce que l'article lui attribue ; ne cite que les personnes nommées par la source.",
      },
      {
        rule: "fidelity",
        severity: "warning",
        line: BODY_LINE,
        column: 89,
        actual: "Financial Times",
        message:
          '"Financial Times" is not in the source: check that the article does not invent an organisation, a publication or a place',
        repair:
          "« Financial Times » n'apparaît pas dans la source : retire-le s'il s'agit d'une organisation, d'une publication ou d'un lieu que la source ne cite pas.",
      },
    ]);
  });

  it("tells a person by a title, a role or a first name, at a sentence start too", () => {
    expect(
      nameFindings(
        [
          "Pour M. Dupont, l'accord est bon. La ministre Agnès Durand l'a signé.",
          "Emmanuel Girard a réagi. Le patron de Microsoft, Brad Smith, s'est tu.",
        ].join("\n"),
      ),
    ).toEqual([
      ["error", "Dupont", BODY_LINE],
      ["error", "Agnès Durand", BODY_LINE],
      ["error", "Emmanuel Girard", BODY_LINE + 1],
      ["error", "Brad Smith", BODY_LINE + 1],
    ]);
  });

  it("finds the source's people folded: case, accents, the surname alone, an elision, M.", () => {
    const source = `${REUTERS}\nLe président Emmanuel Macron et Éric Bothorel ont réagi.`;
    expect(
      nameFindings(
        [
          "Selon Mensch, la start-up reste indépendante ; M. Mensch l'a redit.",
          "L'avis d'Emmanuel Macron compte, comme celui d'Eric Bothorel et de Kim Van Sparrentak.",
          "Arthur Mensch dirige la société. Pour Macron, c'est une réussite.",
        ].join("\n"),
        { source },
      ),
    ).toEqual([]);
  });

  it("leaves world knowledge, sentence openings, months and acronyms alone", () => {
    expect(
      nameFindings(
        [
          "Pourtant Bercy se tait. Selon l'Élysée et Matignon, l'Union européenne décidera.",
          "Dès Mars, la Commission européenne et le Parlement européen trancheront à Bruxelles.",
          "L'IA, le PDG et l'UE au XXIe siècle : Lundi, la France et les États-Unis.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("warns once per name and checks only the body, not the front-matter's restatement", () => {
    expect(
      nameFindings("Redmond s'en félicite. Le siège de Contoso et Contoso encore.", {
        source: "Un article sans nom propre.",
      }),
    ).toEqual([["warning", "Contoso", BODY_LINE]]);
  });
});
