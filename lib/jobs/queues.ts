export const QUEUES = {
  welcomeMail: "mail.welcome",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type JobPayloads = {
  "mail.welcome": { userId: string };
};
