import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Citations out of Colloquy: a source as CSL-JSON, a post's cited works as
// CSL-JSON, BibTeX, RIS and formatted references, and the post itself cited in
// Chicago, APA and MLA, as a reference manager or a reader would take them.

let server: TestServer;
let token = "";
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await server.db.prisma.site.create({ data: { title: "The Commons Blog", description: "Essays." } });
  await server.db.prisma.author.create({ data: { slug: "ada-reyes", name: "Ada Reyes" } });
  token = (await issueToken(server.db.prisma, "ada-reyes", "AUTHOR")).token;
});
afterAll(() => server.close());

const ExportsWrite = graphql(`
  mutation ExportsWrite($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { slug publishedAt } } }
  }
`);
const ExportsRead = graphql(`
  query ExportsRead($slug: String!) {
    post(slug: $slug) {
      footnotes { source { id csl } }
      citedWorks {
        csl
        bibtex
        ris
        chicago: bibliography(style: CHICAGO)
        apa: bibliography(style: APA)
        mla: bibliography(style: MLA)
        html: bibliography(style: CHICAGO, format: HTML)
      }
      citeAs { chicago apa mla chicagoHtml: chicago(format: HTML) bibtex ris csl }
    }
  }
`);

const NOTES = [
  "Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 58.",
  "Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244, https://doi.org/10.1126/science.162.3859.1243.",
  "Peter Levine, “Collective Action, Civic Engagement, and the Knowledge Commons,” in *Understanding Knowledge as a Commons*, ed. Charlotte Hess and Elinor Ostrom (Cambridge, MA: MIT Press, 2007), 250.",
  "Ibid., 252.",
  "费孝通：《乡土中国》，北京：北京出版社，2005年，第12页。",
  "Frans de Waal, *The Age of Empathy: Nature's Lessons for a Kinder Society* (New York: Harmony Books, 2009), 22.",
  // Another work whose key would be the first's.
  "Elinor Ostrom, *Governing Local Commons: A Working Paper* (Bloomington: Indiana University, 1990), 3.",
];

describe("a post's cited works and the post itself", () => {
  it("export as CSL-JSON, BibTeX, RIS and formatted references, once per work, in the order first cited", async () => {
    const body = `${NOTES.map((_, i) => `Claim ${i + 1}.[^${i + 1}]`).join(" ")}\n\n${NOTES.map((n, i) => `[^${i + 1}]: ${n}`).join("\n")}\n`;
    const { createPost } = dataOf(await server.execute(ExportsWrite, { input: { title: "On Commons, Cited", body, publish: true } }, { token }));
    if (createPost.__typename !== "PostPayload") throw new Error(createPost.__typename);
    const { post } = dataOf(await server.execute(ExportsRead, { slug: createPost.post.slug }));
    const works = post!.citedWorks;

    expect(works.csl.map((item) => (item as { type: string }).type)).toEqual(["book", "article-journal", "chapter", "book", "book", "book"]);
    expect(works.csl[0]).toMatchObject({
      type: "book",
      title: "Governing the Commons: The Evolution of Institutions for Collective Action",
      author: [{ family: "Ostrom", given: "Elinor" }],
      publisher: "Cambridge University Press",
      "publisher-place": "Cambridge",
      issued: { "date-parts": [[1990]] },
    });
    expect(works.csl[1]).toMatchObject({ "container-title": "Science", volume: "162", issue: "3859", DOI: "10.1126/science.162.3859.1243" });
    expect(works.csl[2]).toMatchObject({ editor: [{ family: "Hess", given: "Charlotte" }, { family: "Ostrom", given: "Elinor" }], "container-title": "Understanding Knowledge as a Commons" });
    expect(works.csl[3]).toMatchObject({ author: [{ literal: "费孝通" }], title: "乡土中国", language: "zh" });
    expect(works.csl[4]).toMatchObject({ author: [{ family: "Waal", given: "Frans", "non-dropping-particle": "de" }] });
    // The same item as Source.csl, its id the source's ID.
    expect(post!.footnotes[0]!.source!.csl).toEqual({ ...(works.csl[0] as object), id: post!.footnotes[0]!.source!.id });

    expect(works.bibtex).toMatch(/@book\{Ostrom1990Governinga,/);
    expect(works.bibtex).toMatch(/@book\{Ostrom1990Governingb,/);
    // UTF-8, not escaped to ASCII: nothing of a Chinese work is lost, and its key is made of what is Latin in it.
    expect(works.bibtex).toMatch(/@book\{work2005,\s*address = \{北京\},\s*author = \{\{费孝通\}\},[\s\S]*publisher = \{北京出版社\},\s*title = \{乡土中国\},/);
    expect(works.bibtex).not.toContain("undefined");
    expect(works.bibtex).toMatch(/@article\{Hardin1968Tragedy,[\s\S]*doi = \{10\.1126\/science\.162\.3859\.1243\}/);
    expect(works.bibtex).toMatch(/@inbook\{Levine2007Collective,[\s\S]*booktitle = \{Understanding/);
    // RIS: one record per work, each tag on one line, however long its value.
    expect(works.ris.match(/^TY {2}- /gm)).toHaveLength(6);
    expect(works.ris).toContain("AU  - 费孝通\r\n");
    expect(works.ris).toContain("TI  - 乡土中国\r\n");
    expect(works.ris).toContain("TI  - Governing the Commons: The Evolution of Institutions for Collective Action\r\n");
    expect(works.ris.split("\r\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);

    expect(works.chicago[0]).toBe("Ostrom, Elinor. Governing the Commons: The Evolution of Institutions for Collective Action. Cambridge: Cambridge University Press, 1990.");
    expect(works.chicago[1]).toMatch(/^Hardin, Garrett\. “The Tragedy of the Commons\.” Science 162, no\. 3859 \(1968\)\. https:\/\/doi\.org\/10\.1126\/science\.162\.3859\.1243\.$/);
    // APA tells one author's two works of 1990 apart by letters, in the order of their titles.
    expect(works.apa[5]).toMatch(/^Ostrom, E\. \(1990a\)\. Governing Local Commons/);
    expect(works.apa[0]).toBe("Ostrom, E. (1990b). Governing the Commons: The Evolution of Institutions for Collective Action. Cambridge University Press.");
    expect(works.mla[0]).toBe("Ostrom, Elinor. Governing the Commons: The Evolution of Institutions for Collective Action. Cambridge University Press, 1990.");
    expect(works.mla[2]).toBe(
      "Levine, Peter. “Collective Action, Civic Engagement, and the Knowledge Commons.” Understanding Knowledge as a Commons, edited by Charlotte Hess and Elinor Ostrom, MIT Press, 2007.",
    );
    expect(works.html[0]).toContain("<i>Governing the Commons: The Evolution of Institutions for Collective Action</i>");

    const cite = post!.citeAs;
    const day = new Date(createPost.post.publishedAt!);
    const long = day.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
    const url = `http://localhost:4000/posts/${createPost.post.slug}`;
    expect(cite.chicago).toBe(`Reyes, Ada. “On Commons, Cited.” The Commons Blog (blog), ${long}. ${url}.`);
    expect(cite.chicagoHtml).toContain("“On Commons, Cited.”");
    expect(cite.apa).toBe(
      `Reyes, A. (${day.getUTCFullYear()}, ${day.toLocaleDateString("en-US", { month: "long", day: "numeric", timeZone: "UTC" })}). On Commons, Cited. The Commons Blog. ${url}`,
    );
    expect(cite.mla).toMatch(new RegExp(`^Reyes, Ada\\. “On Commons, Cited\\.” The Commons Blog, ${day.getUTCDate()} [A-Z][a-z]+\\.? ${day.getUTCFullYear()}, ${url.replace(/[.]/g, "\\.")}\\.$`));
    expect(cite.bibtex).toMatch(/^@misc\{Reyes\d{4}On,[\s\S]*title = \{On \{Commons\}, \{Cited\}\}/);
    expect(cite.ris).toMatch(/^TY {2}- BLOG\r\nAU {2}- Reyes, Ada\r\n/);
    expect(cite.csl).toMatchObject({ type: "post-weblog", title: "On Commons, Cited", "container-title": "The Commons Blog", URL: url });
  });
});
