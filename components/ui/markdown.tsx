import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Renders user Markdown. Raw HTML is not parsed, and rehype-sanitize (GitHub's
 * schema) strips anything left that could run script: javascript: links,
 * event handlers, iframes.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-kintsugi">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
