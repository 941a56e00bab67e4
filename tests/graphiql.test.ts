/**
 * GraphiQL in a real browser: the page yoga serves at /graphql for a browser
 * navigation must load entirely from this server (render-graphiql inlines the
 * assets; no CDN), open with the example query, and run it against the demo
 * content.
 *
 * Needs a Chromium binary (CHROMIUM_PATH, /usr/bin/chromium or
 * /usr/bin/chromium-browser). Without one the suite is skipped locally with a
 * warning, and fails on CI.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/chromium.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

const TEST_TIMEOUT = 60_000;
const HOST = "127.0.0.1";


const executablePath = findChromium();
const onCI = Boolean(process.env.CI);
const missingChromiumMessage =
  `Chromium not found (looked at ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : "/usr/bin/chromium and /usr/bin/chromium-browser"}). ` +
  "Install it with `apt-get install chromium`, or point CHROMIUM_PATH at a Chromium binary.";

if (!executablePath && !onCI) {
  console.warn(`[graphiql.test.ts] Skipping the GraphiQL browser test: ${missingChromiumMessage}`);
}

/** Collapse all whitespace (Monaco shows spaces as no-break spaces, and soft-wraps long lines). */
const squash = (text: string) => text.replace(/[\s\u00a0]+/g, "");

interface ExampleData {
  post: { title: string; responses: { edges: { node: { title: string; author: { name: string } } }[] } } | null;
}

describe.skipIf(!executablePath && !onCI)("GraphiQL in a browser", () => {
  let server: TestServer | undefined;
  let http: Server | undefined;
  let browser: Browser | undefined;
  let origin = "";

  beforeAll(async () => {
    // Only reachable without Chromium on CI, where a missing browser must not pass silently.
    if (!executablePath) throw new Error(`CI is set but the GraphiQL browser test cannot run: ${missingChromiumMessage}`);

    server = await startTestServer();
    const listening = createServer(server.yoga);
    http = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(0, HOST, () => resolve());
    });
    origin = `http://${HOST}:${(listening.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (http) {
      const listening = http;
      listening.closeAllConnections();
      await new Promise<void>((resolve) => listening.close(() => resolve()));
    }
    await server?.close();
  }, TEST_TIMEOUT);

  it(
    "serves a self-contained GraphiQL that runs the example query",
    async () => {
      if (!browser || !server) throw new Error("setup did not complete");

      // What the example query should find, asked of yoga directly: the post and a response to it.
      const expected = dataOf(
        (await server.executeRaw(
          `{ post(slug: "the-commons-is-a-verb") { title responses(first: 1) { edges { node { title author { name } } } } } }`,
        )) as { status: number; data?: ExampleData | null },
      );
      const expectedTitle = expected.post?.title;
      const expectedResponse = expected.post?.responses.edges[0]?.node;
      expect(expectedTitle, "the demo content has the example's post").toBeTruthy();
      expect(expectedResponse, "the example's post has a response").toBeTruthy();
      if (!expectedTitle || !expectedResponse) return;

      const context = await browser.newContext({ viewport: { width: 1600, height: 1200 } });
      try {
        // Everything the page (and its workers) asks for, plus any websocket it opens.
        const requested: string[] = [];
        context.on("request", (request) => requested.push(request.url()));
        const page = await context.newPage();
        page.on("websocket", (socket) => requested.push(socket.url()));

        const navigation = await page.goto(`${origin}/graphql`, { waitUntil: "load" });
        expect(navigation?.status()).toBe(200);
        expect(await navigation?.request().headerValue("accept")).toContain("text/html");
        expect(await navigation?.headerValue("content-type")).toContain("text/html");

        // The default query editor holds the example query.
        const queryEditor = page.locator(".graphiql-query-editor");
        await queryEditor.waitFor({ state: "visible", timeout: 30_000 });
        await expect
          .poll(async () => squash(await queryEditor.innerText()), { timeout: 30_000 })
          .toContain("responses(first:5)");

        // Run it and catch the response on the wire as well as in the result pane.
        const executed = page.waitForResponse(
          (response) =>
            response.url() === `${origin}/graphql` &&
            response.request().method() === "POST" &&
            (response.request().postData() ?? "").includes("PostConversation"),
          { timeout: 30_000 },
        );
        await page
          .locator('button.graphiql-execute-button, button[aria-label^="Execute query"]')
          .first()
          .click({ timeout: 30_000 });

        const response = await executed;
        const body = (await response.json()) as { data?: ExampleData | null; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data?.post?.title).toBe(expectedTitle);
        // post -> responses -> author: the graph the example is there to show.
        expect(body.data?.post?.responses.edges[0]?.node).toMatchObject(expectedResponse);

        const resultPane = page.locator(".graphiql-response");
        await expect
          .poll(async () => squash(await resultPane.innerText()), { timeout: 30_000 })
          .toContain(squash(expectedTitle));
        const shown = await resultPane.innerText();
        expect(shown).toContain('"data"');
        expect(shown).not.toContain('"errors"');

        // GraphiQL must work offline: nothing but this server (and the page's own data:/blob: URLs).
        const external = requested.filter((url) => {
          const { protocol, hostname } = new URL(url);
          return protocol !== "data:" && protocol !== "blob:" && hostname !== HOST;
        });
        expect(external, "requests to hosts other than the test server").toEqual([]);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
