// markdown-it tokens → a hast tree (the HTML syntax tree rehype-sanitize and
// hast-util-to-html work on), shaped like remark-gfm's output so the look
// and the sanitiser's GitHub schema stay as they were: GFM tables (with
// `align`), strikethrough, autolinks and task lists. Iterative (an explicit
// stack), so depth never touches the call stack.
import type { Element, ElementContent, Properties, Root } from "hast";
import type { MarkdownToken } from "./engine";

type Parent = Root | Element;

const TASK = /^\[([ xX])\][ \t]/;

function element(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

function attr(token: MarkdownToken, name: string): string | null {
  return token.attrGet(name);
}

/** Properties for an opening tag, from the token's attributes. */
function openProperties(token: MarkdownToken): Properties {
  switch (token.type) {
    case "ordered_list_open": {
      const start = Number(attr(token, "start") ?? 1);
      return start !== 1 && Number.isFinite(start) ? { start } : {};
    }
    case "th_open":
    case "td_open": {
      const align = /text-align:(left|right|center)/.exec(attr(token, "style") ?? "")?.[1];
      return align ? { align } : {};
    }
    case "link_open": {
      const title = attr(token, "title");
      return { href: attr(token, "href") ?? "", ...(title ? { title } : {}) };
    }
    default:
      return {};
  }
}

/** The plain text of inline tokens (an image's alt text). */
function plainText(tokens: MarkdownToken[] | null): string {
  let out = "";
  for (const t of tokens ?? []) {
    if (t.type === "image") out += plainText(t.children);
    else if (t.type === "softbreak" || t.type === "hardbreak") out += "\n";
    else out += t.content;
  }
  return out;
}

function appendInline(parent: Element | Root, tokens: MarkdownToken[], taskPrefix: boolean): void {
  const stack: Parent[] = [parent];
  let first = taskPrefix;
  for (const t of tokens) {
    const top = stack[stack.length - 1]!;
    if (t.nesting === 1) {
      // GFM strikethrough is <del> (remark-gfm's output), markdown-it says <s>.
      const el = element(t.tag === "s" ? "del" : t.tag, openProperties(t));
      top.children.push(el);
      stack.push(el);
      continue;
    }
    if (t.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    switch (t.type) {
      case "text": {
        let value = t.content;
        if (first) {
          value = value.replace(TASK, "");
          first = false;
        }
        if (value) top.children.push({ type: "text", value });
        break;
      }
      case "code_inline":
        top.children.push(element("code", {}, [{ type: "text", value: t.content }]));
        break;
      case "softbreak":
        top.children.push({ type: "text", value: "\n" });
        break;
      case "hardbreak":
        top.children.push(element("br"), { type: "text", value: "\n" });
        break;
      case "image": {
        const title = attr(t, "title");
        top.children.push(
          element("img", {
            src: attr(t, "src") ?? "",
            alt: plainText(t.children),
            ...(title ? { title } : {}),
          }),
        );
        break;
      }
      default:
        // Anything else (raw HTML is off, so none is expected) stays visible as text.
        if (t.content) top.children.push({ type: "text", value: t.content });
    }
  }
}

/** Converts a block token stream (markdownParser.parse) to a hast root. */
export function tokensToHast(tokens: MarkdownToken[]): Root {
  const root: Root = { type: "root", children: [] };
  const stack: Parent[] = [root];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const top = stack[stack.length - 1]!;
    // Paragraphs of tight list items are hidden: their text sits in the <li>.
    if (t.hidden && (t.type === "paragraph_open" || t.type === "paragraph_close")) continue;
    if (t.nesting === 1) {
      const el = element(t.tag, openProperties(t));
      top.children.push(el as ElementContent);
      stack.push(el);
      continue;
    }
    if (t.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    switch (t.type) {
      case "inline": {
        const task = isTaskItem(tokens, i);
        if (task) markTask(stack, task === "checked");
        appendInline(top, t.children ?? [], task !== null);
        break;
      }
      case "fence":
      case "code_block": {
        const lang = t.type === "fence" ? t.info.trim().split(/\s+/)[0] : "";
        const code = element("code", lang ? { className: [`language-${lang}`] } : {}, [
          { type: "text", value: t.content },
        ]);
        top.children.push(element("pre", {}, [code]));
        break;
      }
      case "hr":
        top.children.push(element("hr"));
        break;
      default:
        if (t.content) top.children.push({ type: "text", value: t.content });
    }
  }
  return root;
}

/** "[ ] " or "[x] " at the start of a list item's first paragraph (GFM task lists). */
function isTaskItem(tokens: MarkdownToken[], i: number): "checked" | "unchecked" | null {
  const inline = tokens[i]!;
  if (tokens[i - 1]?.type !== "paragraph_open" || tokens[i - 2]?.type !== "list_item_open") return null;
  const first = inline.children?.[0];
  if (first?.type !== "text") return null;
  const match = TASK.exec(first.content);
  if (!match) return null;
  return match[1] === " " ? "unchecked" : "checked";
}

/** Turns the open <li> (and its list) into a task item with a disabled checkbox. */
function markTask(stack: Parent[], checked: boolean): void {
  // The paragraph of a tight item is hidden, so the <li> is on top; in a loose one it is below the <p>.
  const at = stack.findLastIndex((p) => p.type === "element" && p.tagName === "li");
  const li = stack[at];
  const list = stack[at - 1];
  if (li?.type !== "element") return;
  li.properties.className = ["task-list-item"];
  if (list?.type === "element") list.properties.className = ["contains-task-list"];
  const box = element("input", { type: "checkbox", disabled: true, checked });
  const top = stack[stack.length - 1]!;
  top.children.push(box, { type: "text", value: " " });
}
