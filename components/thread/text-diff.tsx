import { diffWordsWithSpace } from "diff";

// Word-level difference between two texts: removed words struck through in red, added ones in green.
export function TextDiff({ before, after, addedLabel, removedLabel }: { before: string; after: string; addedLabel: string; removedLabel: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md border border-line bg-white p-3 font-mono text-[13px] leading-relaxed">
      {parts.map((part, i) =>
        part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once, in order
          <ins key={i} className="bg-green-100 text-green-900 no-underline" title={addedLabel}>
            {part.value}
          </ins>
        ) : part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once, in order
          <del key={i} className="bg-red-100 text-red-900" title={removedLabel}>
            {part.value}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once, in order
          <span key={i}>{part.value}</span>
        ),
      )}
    </pre>
  );
}
