export function threadPath(brandSlug: string, questionId: number, slug: string): string {
  return `/b/${brandSlug}/q/${questionId}/${slug}`;
}

export function postAnchor(postId: number): string {
  return `post-${postId}`;
}
