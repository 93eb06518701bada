export const POST_KINDS = ["question", "answer"] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const THREAD_EVENT_TYPES = ["asked", "answered", "first_answer", "accepted", "unaccepted", "commented", "edited", "deleted", "restored"] as const;
export type ThreadEventType = (typeof THREAD_EVENT_TYPES)[number];

export const NOTIFICATION_TYPES = ["new_answer", "new_comment", "answer_accepted"] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const TITLE_MIN = 15;
export const TITLE_MAX = 150;
export const BODY_MIN = 1;
export const BODY_MAX = 30_000;
export const TAGS_MIN = 1;
export const TAGS_MAX = 5;
export const TAG_MAX_LENGTH = 30;
export const COMMENT_MIN = 2;
export const COMMENT_MAX = 600;
export const EDIT_REASON_MAX = 200;
