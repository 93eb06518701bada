import { getFormatter } from "next-intl/server";
import { linkifyPlainText } from "@/lib/posts/linkify";

type CommentRow = { id: number; body: string; createdAt: Date; authorName: string | null; authorHandle: string };

// Comments are plain text; bare http(s) links become links, everything else stays text.
export async function CommentList({ comments }: { comments: CommentRow[] }) {
  if (comments.length === 0) return null;
  const format = await getFormatter();
  return (
    <ul className="mt-3 divide-y divide-line border-t border-line text-sm">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="py-1.5 text-gray-700">
          {linkifyPlainText(c.body).map((part, i) =>
            part.href ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
              <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer" className="text-[var(--brand)] underline">
                {part.text}
              </a>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
              <span key={i}>{part.text}</span>
            ),
          )}{" "}
          <span className="text-xs text-muted">
            — {c.authorName ?? c.authorHandle}, <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
