export const QUEUES = {
  welcomeMail: "mail.welcome",
  evaluateBadges: "badges.evaluate",
  searchIndex: "search.index",
} as const;

// Queues whose pg-boss policy is not "standard" (see lib/jobs/schema.ts).
export const QUEUE_POLICIES: Partial<Record<QueueName, "short">> = { "search.index": "short" };

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type JobPayloads = {
  "mail.welcome": { userId: string };
  "badges.evaluate": { userId: string; brandId: string };
  "search.index": { questionId: number };
};
