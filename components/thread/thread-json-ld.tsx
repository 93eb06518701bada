import { siteUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { excerptOf } from "@/lib/posts/excerpt";
import type { Thread } from "@/lib/questions/load-thread";
import { postAnchor, threadPath } from "@/lib/questions/paths";

// schema.org QAPage, so search engines show the accepted and verified answers and the votes.
export function ThreadJsonLd({ thread, locale }: { thread: Thread; locale: Locale }) {
  const url = `${siteUrl()}/${locale}${threadPath(thread.brand.slug, thread.question.id, thread.question.slug)}`;
  const answer = (a: Thread["answers"][number]) => ({
    "@type": "Answer",
    text: excerptOf(a.body, 2000),
    upvoteCount: a.score,
    dateCreated: a.createdAt.toISOString(),
    url: `${url}#${postAnchor(a.id)}`,
    author: { "@type": "Person", name: a.authorName ?? a.authorHandle },
  });
  const live = thread.answers.filter((a) => !a.deletedAt);
  // The asker's accept and the brand's verifications in force are both top answers; Google's QAPage allows several acceptedAnswer.
  const top = live.filter((a) => a.id === thread.question.acceptedAnswerId || a.verification?.state === "verified");
  const data = {
    "@context": "https://schema.org",
    "@type": "QAPage",
    mainEntity: {
      "@type": "Question",
      name: thread.question.title,
      text: excerptOf(thread.questionPost.body, 2000),
      answerCount: thread.totalAnswers,
      upvoteCount: thread.question.score,
      dateCreated: thread.question.createdAt.toISOString(),
      inLanguage: thread.question.locale,
      author: { "@type": "Person", name: thread.questionPost.authorName ?? thread.questionPost.authorHandle },
      ...(top.length ? { acceptedAnswer: top.length === 1 ? answer(top[0]!) : top.map(answer) } : {}),
      suggestedAnswer: live.filter((a) => !top.includes(a)).map(answer),
    },
  };
  // "<" escaped so that no text a member wrote can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw script text; "<" is escaped above
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
