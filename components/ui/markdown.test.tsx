import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(<Markdown>{md}</Markdown>);

describe("Markdown rendering is inert", () => {
  it("renders ordinary Markdown and GitHub tables", () => {
    const html = render("**bold** and [docs](https://example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain("<table>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script/i],
    ["an event handler", '<img src="x" onerror="alert(1)">', /onerror/i],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/i],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD4=)", /href="data:/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["a javascript: image", "![x](javascript:alert(1))", /javascript:/i],
  ])("neutralises %s", (_name, payload, forbidden) => {
    expect(render(payload)).not.toMatch(forbidden);
  });
});
