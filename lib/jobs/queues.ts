export const QUEUES = {
  welcomeMail: "mail.welcome",
  evaluateBadges: "badges.evaluate",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type JobPayloads = {
  "mail.welcome": { userId: string };
  "badges.evaluate": { userId: string; brandId: string };
};
