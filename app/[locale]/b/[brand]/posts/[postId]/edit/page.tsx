import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditPostForm } from "@/components/thread/edit-post-form";
import { getDb } from "@/db/client";
import { localeFromParams } from "@/lib/i18n/params";
import { currentTags } from "@/lib/questions/current-tags";
import { threadPath } from "@/lib/questions/paths";
import { editAction } from "../../../q/actions";
import { loadVisiblePost } from "../load-editable-post";

type Props = { params: Promise<{ locale: string; brand: string; postId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { brand: brandSlug, postId } = await params;
  const { post } = await loadVisiblePost(brandSlug, postId);
  const t = await getTranslations({ locale, namespace: "edit" });
  return { title: t(post.kind === "question" ? "titleQuestion" : "titleAnswer"), robots: { index: false } };
}

export default async function EditPostPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { brand: brandSlug, postId } = await params;
  const { brand, question, post, guardian } = await loadVisiblePost(brandSlug, postId);
  if (!guardian.canEditPost(brand, question, post)) notFound();
  const t = await getTranslations({ locale, namespace: "edit" });
  const isQuestion = post.kind === "question";
  const tags = isQuestion ? await currentTags(getDb(), question.id) : [];
  return (
    <div className="mx-auto max-w-5xl" style={{ "--brand": brand.color } as React.CSSProperties}>
      <h1 className="text-2xl font-semibold tracking-tight">{t(isQuestion ? "titleQuestion" : "titleAnswer")}</h1>
      <p className="mt-1 text-sm text-muted">{question.title}</p>
      <div className="mt-5 rounded-lg border border-line bg-white p-4 shadow-xs sm:p-5">
        <EditPostForm
          action={editAction}
          postId={post.id}
          isQuestion={isQuestion}
          title={question.title}
          body={post.body}
          tags={tags.join(", ")}
          cancelHref={`${threadPath(brand.slug, question.id, question.slug)}#post-${post.id}`}
        />
      </div>
    </div>
  );
}
