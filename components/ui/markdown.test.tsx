import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string, compact = false) =>
  renderToStaticMarkup(<Markdown compact={compact}>{md}</Markdown>);

/** Every start tag in the output (attributes included), for checks on markup rather than text. */
const tags = (html: string) => html.match(/<[a-z][^>]*>/gi) ?? [];

describe("Markdown rendering is inert", () => {
  it("renders ordinary Markdown and GitHub tables", () => {
    const html = render("**bold** and [docs](https://example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain("<table>");
    expect(html).toMatch(/^<div class="prose-kintsugi">/);
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script/i],
    ["an event handler", '<img src="x" onerror="alert(1)">', /\son\w+=/i],
    ["a javascript: link", "[click](javascript:alert(1))", /(href|src)="\s*javascript:/i],
    ["a mixed-case javascript: link", "[click](JaVaScRiPt:alert(1))", /(href|src)="\s*javascript:/i],
    [
      "an entity-encoded javascript: link",
      "[click](&#106;avascript:alert(1))",
      /(href|src)="\s*javascript:/i,
    ],
    ["a javascript: autolink", "<javascript:alert(1)>", /(href|src)="\s*javascript:/i],
    ["a vbscript: link", "[click](vbscript:msgbox(1))", /href="\s*vbscript:/i],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD4=)", /href="data:/i],
    ["a data: image", "![x](data:image/png;base64,iVBORw0KGgo=)", /src="data:/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["a javascript: image", "![x](javascript:alert(1))", /src="\s*javascript:/i],
    ["a style attribute", "<p style='position:fixed'>x</p>", /\sstyle=/i],
  ])("neutralises %s", (_name, payload, forbidden) => {
    const html = render(payload);
    for (const tag of tags(html)) expect(tag).not.toMatch(forbidden);
    expect(html).not.toMatch(/<(script|iframe|object|embed|style)/i);
  });

  it("shows raw HTML as the text that was written instead of parsing it", () => {
    expect(render("a <b>bold</b> c")).toContain("a &#x3C;b>bold&#x3C;/b> c");
  });

  it("shows text over the limits as plain text with a note, never throwing", () => {
    const html = render(">".repeat(4000) + " deep");
    expect(html).toContain("Shown as plain text");
    expect(html).toContain("<pre");
    expect(html).not.toContain("<blockquote");
  });

  it("marks the compact variant for one-line places", () => {
    expect(render("`kubectl` *now*", true)).toMatch(/^<div class="prose-kintsugi prose-compact">/);
  });
});
