import type { ComponentPropsWithoutRef, ReactElement } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

// Headings sit under the page's h1 and the section's h2, so a member's "# Title" becomes an h3.
const demoted: Components = {
  h1: (p) => <h3 {...p} />,
  h2: (p) => <h4 {...p} />,
  h3: (p) => <h5 {...p} />,
  h4: (p) => <h6 {...p} />,
  h5: (p) => <h6 {...p} />,
  h6: (p) => <h6 {...p} />,
};

const components: Components = {
  ...demoted,
  a: ({ node: _node, ...props }: ComponentPropsWithoutRef<"a"> & { node?: unknown }) => <a {...props} rel="nofollow ugc noopener noreferrer" />,
  img: ({ node: _node, src, alt }: ComponentPropsWithoutRef<"img"> & { node?: unknown }) =>
    typeof src === "string" && /^https?:\/\//i.test(src) ? (
      // biome-ignore lint/performance/noImgElement: members' images are arbitrary remote URLs, bounded by CSS
      <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" referrerPolicy="no-referrer" className="max-h-96 max-w-full" />
    ) : null,
};

const MAX_CACHED = 2000;
const rendered = new Map<string, ReactElement>();

// Parsing is the costly part (≈7 ms a post); the element tree depends only on the text, so it is kept, least recent dropped first.
function renderMarkdown(source: string, highlight: boolean, remember: boolean): ReactElement {
  const key = `${highlight ? 1 : 0}${source}`;
  const hit = remember ? rendered.get(key) : undefined;
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const tree = ReactMarkdown({
    children: source,
    remarkPlugins: [remarkGfm],
    rehypePlugins: highlight ? [[rehypeHighlight, { detect: false }]] : [],
    components,
  });
  // Very long texts are rare and would crowd the cache: they are rendered each time.
  if (!remember || source.length > 20_000) return tree;
  rendered.set(key, tree);
  if (rendered.size > MAX_CACHED) rendered.delete(rendered.keys().next().value as string);
  return tree;
}

// GitHub-flavoured Markdown with no raw HTML: HTML in the source is shown as text, never run.
// A live preview passes remember={false}: every keystroke is a new text not worth keeping.
export function Markdown({ source, highlight = true, remember = true }: { source: string; highlight?: boolean; remember?: boolean }) {
  return <div className="prose-peerdesk">{renderMarkdown(source, highlight, remember)}</div>;
}
